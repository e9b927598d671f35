// Apology copy to start from: for each trigger type, four tones in each language, every one with a
// `<<name|…>>` token and a fallback, so a growth person never begins from a blank box. Written as
// what went wrong (per type and language) inside a tone's frame (per tone and language), so a new
// trigger type needs one phrase per language, not sixteen sentences. Pure data; the builder shows
// them rendered for its sample users (app/(admin)/campaigns/apology-templates.tsx).
import type { TriggerType } from "@/lib/triggers/registry";

export const TONES = ["plain", "warm", "playful", "formal"] as const;
export type Tone = (typeof TONES)[number];
export const TEMPLATE_LANGUAGES = { en: "English", fr: "Français", es: "Español" } as const;
export type TemplateLanguage = keyof typeof TEMPLATE_LANGUAGES;

/** What went wrong, said to the visitor, lower-case, no final stop. */
const WHAT: Record<TemplateLanguage, Record<TriggerType, string>> = {
  en: {
    http_error: "something went wrong on our side",
    slow_request: "this is taking longer than it should",
    slow_page: "this page is taking far too long",
    js_error: "part of this page broke",
    error_click: "that didn't work",
    resource_error: "part of this page didn't load",
    media_stall: "the video got stuck",
    media_quality: "this doesn't look as sharp as it should",
    rage_click: "that button isn't responding",
    unresponsive: "nothing happened when you tried that",
    custom: "something went wrong",
  },
  fr: {
    http_error: "un problème est survenu de notre côté",
    slow_request: "cela prend plus de temps que prévu",
    slow_page: "cette page met beaucoup trop de temps à s’afficher",
    js_error: "une partie de cette page ne fonctionne plus",
    error_click: "cela n’a pas fonctionné",
    resource_error: "une partie de cette page ne s’est pas chargée",
    media_stall: "la vidéo est bloquée",
    media_quality: "l’image n’est pas aussi nette qu’elle devrait l’être",
    rage_click: "ce bouton ne répond pas",
    unresponsive: "rien ne s’est passé quand vous avez essayé",
    custom: "un problème est survenu",
  },
  es: {
    http_error: "algo falló de nuestro lado",
    slow_request: "esto está tardando más de lo debido",
    slow_page: "esta página está tardando demasiado",
    js_error: "una parte de esta página dejó de funcionar",
    error_click: "eso no funcionó",
    resource_error: "una parte de esta página no se cargó",
    media_stall: "el vídeo se ha detenido",
    media_quality: "la imagen no se ve tan nítida como debería",
    rage_click: "ese botón no responde",
    unresponsive: "no pasó nada al intentarlo",
    custom: "algo salió mal",
  },
};

// French puts a narrow no-break space before ":" and "!" (Imprimerie nationale's rules).
const NNBSP = "\u202f";
/** Each tone's frame: `{what}` as is, `{What}` capitalised. */
const FRAMES: Record<TemplateLanguage, Record<Tone, { title: string; body: string }>> = {
  en: {
    plain: { title: "<<name|Hi there>>, {what}.", body: "Sorry about that. We're taking a look." },
    warm: { title: "We're so sorry, <<name|friend>>: {what}.", body: "That's on us, not you, and we're already on it." },
    playful: { title: "Oops, <<name|there>>! {What}.", body: "Our team is chasing the gremlins out right now." },
    formal: { title: "Please accept our apologies, <<name|dear customer>>: {what}.", body: "Our team has been notified and is working on a fix." },
  },
  fr: {
    plain: { title: "<<name|Bonjour>>, {what}.", body: "Désolés pour ce problème. Nous nous en occupons." },
    warm: { title: `Toutes nos excuses, <<name|cher client>>${NNBSP}: {what}.`, body: "Ce n’est pas de votre faute, et nous y travaillons déjà." },
    playful: { title: `Oups, <<name|vous>>${NNBSP}! {What}.`, body: "Notre équipe chasse les petits lutins en ce moment même." },
    formal: { title: `Veuillez nous excuser, <<name|Madame, Monsieur>>${NNBSP}: {what}.`, body: "Notre équipe a été prévenue et travaille à une solution." },
  },
  es: {
    plain: { title: "<<name|Hola>>, {what}.", body: "Perdona las molestias. Ya lo estamos revisando." },
    warm: { title: "Lo sentimos mucho, <<name|amigo>>: {what}.", body: "No es culpa tuya, y ya estamos en ello." },
    playful: { title: "¡Ups, <<name|hola>>! {What}.", body: "Nuestro equipo está persiguiendo a los duendes ahora mismo." },
    formal: { title: "Le pedimos disculpas, <<name|estimado cliente>>: {what}.", body: "Nuestro equipo ha sido notificado y trabaja en una solución." },
  },
};

export interface ApologyTemplate {
  tone: Tone;
  title: string;
  body: string;
}

/** The four tones' apologies for failures of `type`, in `lang`, as editable copy with tokens. */
export function apologyTemplates(type: TriggerType, lang: TemplateLanguage): ApologyTemplate[] {
  const what = WHAT[lang][type];
  return TONES.map((tone) => {
    const f = FRAMES[lang][tone];
    return { tone, title: f.title.replace("{what}", what).replace("{What}", what[0].toLocaleUpperCase(lang) + what.slice(1)), body: f.body };
  });
}
