import { describe, expect, it } from "vitest";
import { messageInput } from "./schemas";
import { apologyTemplates, TEMPLATE_LANGUAGES, TONES, type TemplateLanguage } from "./apology-templates";
import { compileCopy, renderCopy } from "@/lib/rules/copy";
import { TRIGGER_TYPES } from "@/lib/triggers/registry";

const LANGS = Object.keys(TEMPLATE_LANGUAGES) as TemplateLanguage[];

describe("apology templates", () => {
  it("offer four tones for every trigger type in every language, each greeting by name with a fallback", () => {
    for (const type of TRIGGER_TYPES)
      for (const lang of LANGS) {
        const ts = apologyTemplates(type, lang);
        expect(ts.map((t) => t.tone)).toEqual([...TONES]);
        for (const t of ts) {
          const title = compileCopy(t.title, {});
          expect(title.problems, `${type} ${lang} ${t.tone}`).toEqual([]);
          expect(compileCopy(t.body, {}).problems).toEqual([]);
          // the name token has a fallback: a visitor without a name reads a whole sentence
          expect(title.parts).toContainEqual(expect.objectContaining({ attr: "name", fallback: expect.stringMatching(/\S/) }));
          expect(renderCopy(title.parts, {})).not.toMatch(/<<|>>|\{what\}|\{What\}/i);
          expect(renderCopy(title.parts, { name: "Jackie" })).toContain("Jackie");
        }
      }
  });

  it("fit the campaign's limits: a template saves as it is", () => {
    for (const type of TRIGGER_TYPES)
      for (const lang of LANGS)
        for (const t of apologyTemplates(type, lang)) {
          const parsed = messageInput.pick({ title: true, body: true }).safeParse({ title: t.title, body: t.body });
          expect(parsed.success, t.title).toBe(true);
        }
  });

  it("read as written: what went wrong inside the tone's frame, capitalised where a sentence starts", () => {
    const [plain, , playful] = apologyTemplates("unresponsive", "en");
    expect(plain.title).toBe("<<name|Hi there>>, nothing happened when you tried that.");
    expect(playful.title).toBe("Oops, <<name|there>>! Nothing happened when you tried that.");
    expect(apologyTemplates("media_stall", "fr")[0].title).toBe("<<name|Bonjour>>, la vidéo est bloquée.");
    expect(apologyTemplates("rage_click", "es")[2].title).toBe("¡Ups, <<name|hola>>! Ese botón no responde.");
  });
});
