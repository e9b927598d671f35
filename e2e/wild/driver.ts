// Ordinary use of a page, scripted: the helpers an app's own steps call (click, type, press, drag),
// and a generic explorer that acts once on everything a person could reach (every visible button,
// link that stays in the app, tab, menu item, summary, checkbox, select, field, slider, canvas,
// video), in document order, then presses common keys. Deterministic: no randomness, fixed order.
// Every action is logged with its start time so an apology can be traced to what preceded it.
import type { Locator, Page } from "@playwright/test";
import { probeScript, rangeFractionScript, scanScript, type Candidate } from "./page-scan";
import type { ActionEntry } from "./types";

export interface DriverOptions {
  /** the app's origin: anything else is leaving the app, and is undone */
  origin: string;
  start: string;
  /** how long to look at the page after a click or Enter before the next action */
  settleMs: number;
  /** when the visit ends (ms since epoch) */
  deadline: number;
  /** waits until the SDK runs again after the page was loaded anew */
  sdkReady(page: Page): Promise<boolean>;
}

/** Keys a person presses on any page: close what is open, move focus, move within a widget. */
const COMMON_KEYS = ["Escape", "Tab", "Tab", "ArrowRight", "ArrowLeft", "ArrowDown", "ArrowUp"];
/** What is typed into a field of each input type. */
const SAMPLE_TEXT: Record<string, string> = { email: "jackie@example.com", url: "https://example.com", tel: "5551234", number: "42", password: "hunter22" };
const KEY_SETTLE_MS = 350;

function short(e: unknown): string {
  return String((e as Error)?.message ?? e).split("\n")[0].slice(0, 120);
}

export class Driver {
  readonly actions: ActionEntry[] = [];
  interactions = 0;
  readonly leftOrigin: string[] = [];
  private navigated = false;
  /** a page of the app's origin that does not exist, navigated to */
  private missing: string | undefined;

  constructor(
    readonly page: Page,
    private readonly opts: DriverOptions,
  ) {
    page.on("framenavigated", (f) => {
      if (f === page.mainFrame()) this.navigated = true;
    });
    page.on("response", (r) => {
      if (r.request().isNavigationRequest() && r.frame() === page.mainFrame() && r.status() >= 400) this.missing = r.url();
    });
  }

  get timeLeft(): number {
    return this.opts.deadline - Date.now();
  }

  /**
   * Logs an action, runs it, then waits as a person does before the next: `settleMs` after its last
   * click or Enter (the unresponsive window, so one check is never cut short by the next
   * interaction), less after other keys. An action whose input never reached the page counts nothing;
   * none starts once the visit's time is up.
   */
  private async act(what: string, counted: number, run: () => Promise<void>, opts: { selector?: string; settleMs?: number } = {}): Promise<boolean> {
    if (this.timeLeft <= 0) return false; // the visit is over, an app's own steps included
    const entry: ActionEntry = { n: this.actions.length + 1, at: Date.now(), what, selector: opts.selector, counted };
    this.actions.push(entry);
    this.interactions += counted;
    let ok = true;
    try {
      await run();
    } catch (e) {
      ok = false;
      entry.what += ` (did not happen: ${short(e)})`;
      this.interactions -= counted;
      entry.counted = 0;
    }
    await this.page.waitForTimeout(opts.settleMs ?? this.opts.settleMs);
    await this.stayInApp();
    return ok;
  }

  /** Back to the app when an action left it (another origin, or a page it does not have). */
  private async stayInApp(): Promise<void> {
    const url = this.page.url();
    const inApp = url.startsWith(this.opts.origin + "/") && !this.missing;
    if (!inApp) {
      this.missing = undefined;
      this.leftOrigin.push(url);
      this.actions.push({ n: this.actions.length + 1, at: Date.now(), what: `went back (the page left the app for ${url.slice(0, 80)})`, counted: 0 });
      await this.page.goBack({ timeout: 5_000 }).catch(() => undefined);
      if (!this.page.url().startsWith(this.opts.origin + "/")) await this.page.goto(this.opts.origin + this.opts.start).catch(() => undefined);
    }
    if (this.navigated) {
      this.navigated = false;
      await this.opts.sdkReady(this.page);
    }
  }

  private target(t: string | Locator): Locator {
    return typeof t === "string" ? this.page.locator(t).first() : t;
  }

  // ---- for an app's own steps

  async click(t: string | Locator, what?: string, opts: { position?: { x: number; y: number }; settleMs?: number } = {}): Promise<boolean> {
    const sel = typeof t === "string" ? t : undefined;
    return this.act(`click ${what ?? sel ?? "element"}`, 1, () => this.target(t).click({ timeout: 3_000, position: opts.position }), { selector: sel, settleMs: opts.settleMs });
  }

  async dblclick(t: string | Locator, what?: string, position?: { x: number; y: number }): Promise<boolean> {
    const sel = typeof t === "string" ? t : undefined;
    return this.act(`double-click ${what ?? sel ?? "element"}`, 1, () => this.target(t).dblclick({ timeout: 3_000, position }), { selector: sel });
  }

  /**
   * Several quick clicks on one control, as a person steps through a carousel or a calendar; with
   * `positions`, each click at its own point of the element (objects picked one after another).
   */
  async clicks(t: string | Locator, n: number, gapMs: number, what?: string, positions?: { x: number; y: number }[]): Promise<boolean> {
    const sel = typeof t === "string" ? t : undefined;
    return this.act(
      `click ${what ?? sel ?? "element"} ${n}× (${gapMs} ms apart)`,
      n,
      async () => {
        for (let i = 0; i < n; i++) {
          await this.target(t).click({ timeout: 3_000, position: positions?.[i % positions.length] });
          if (i < n - 1) await this.page.waitForTimeout(gapMs);
        }
      },
      { selector: sel },
    );
  }

  /** A key or chord ("Control+z") to whatever has focus (`selector`: the element that has it, when known). */
  async press(key: string, what?: string, selector?: string): Promise<boolean> {
    const settleMs = key === "Enter" ? this.opts.settleMs : KEY_SETTLE_MS;
    return this.act(`press ${key}${what ? ` ${what}` : ""}`, 1, () => this.page.keyboard.press(key), { settleMs, selector });
  }

  /** Text typed key by key into whatever has focus (counted as one interaction: one thing typed). */
  async type(text: string, what?: string): Promise<boolean> {
    return this.act(`type "${text}"${what ? ` ${what}` : ""}`, 1, () => this.page.keyboard.type(text, { delay: 25 }), { settleMs: KEY_SETTLE_MS });
  }

  /** A drag with the mouse from a point of the element (fractions of its box) by dx, dy pixels. */
  async drag(t: string | Locator, dx: number, dy: number, what?: string, from = { x: 0.5, y: 0.5 }): Promise<boolean> {
    const sel = typeof t === "string" ? t : undefined;
    return this.act(
      `drag ${what ?? sel ?? "element"} by (${dx}, ${dy})`,
      1,
      async () => {
        const box = await this.target(t).boundingBox({ timeout: 3_000 });
        if (!box) throw new Error("not visible");
        const x = box.x + box.width * from.x;
        const y = box.y + box.height * from.y;
        await this.page.mouse.move(x, y);
        await this.page.mouse.down();
        await this.page.mouse.move(x + dx, y + dy, { steps: 12 });
        await this.page.mouse.up();
      },
      { selector: sel },
    );
  }

  /** The mouse wheel over an element (zooming a map or a chart, scrolling a list). */
  async wheel(t: string | Locator, deltaY: number, what?: string): Promise<boolean> {
    const sel = typeof t === "string" ? t : undefined;
    return this.act(
      `scroll the wheel by ${deltaY} over ${what ?? sel ?? "element"}`,
      1,
      async () => {
        const box = await this.target(t).boundingBox({ timeout: 3_000 });
        if (!box) throw new Error("not visible");
        await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await this.page.mouse.wheel(0, deltaY);
      },
      { selector: sel, settleMs: KEY_SETTLE_MS * 2 },
    );
  }

  /** An option chosen in a native select (its menu is the browser's, not the page's). */
  async choose(t: string | Locator, value: string, what?: string): Promise<boolean> {
    const sel = typeof t === "string" ? t : undefined;
    return this.act(`choose "${value}" in ${what ?? sel ?? "select"}`, 1, async () => void (await this.target(t).selectOption(value, { timeout: 3_000, force: true })), { selector: sel });
  }

  /** The pointer moved over an element (tooltips): logged, but not an interaction. */
  async hover(t: string | Locator, what?: string, position?: { x: number; y: number }): Promise<boolean> {
    const sel = typeof t === "string" ? t : undefined;
    return this.act(`point at ${what ?? sel ?? "element"}`, 0, () => this.target(t).hover({ timeout: 3_000, position }), { selector: sel, settleMs: KEY_SETTLE_MS * 2 });
  }

  /** Lets a video play, or an animation run, with nothing done meanwhile. */
  async watch(ms: number): Promise<void> {
    await this.page.waitForTimeout(Math.max(0, Math.min(ms, this.timeLeft)));
  }

  // ---- the generic explorer

  private async scan(): Promise<Candidate[]> {
    return (await this.page.evaluate(scanScript()).catch(() => [])) as Candidate[];
  }

  /**
   * Acts once on each element a person could reach, in document order, re-reading the page after
   * every action (a dialog that opened is used before what it covers). What stays covered after
   * Escape is left, as a person would. Then the common keys; repeated while time is left (a second
   * pass clicks the same things again: tabs already open, toggles back). A pass that reached
   * nothing reloads the page once.
   */
  async explore(): Promise<void> {
    let reloaded = false;
    while (this.timeLeft > 0) {
      const done = new Set<string>();
      const looks = new Set<string>();
      let acted = 0;
      let escaped = false;
      for (;;) {
        if (this.timeLeft <= 0) return;
        const all = (await this.scan()).filter((c) => !done.has(keyOf(c)));
        // one of each kind of control first (the visit is short), then their look-alikes; while
        // something covers part of the page (a dialog, a menu), what is on top comes before scrolling
        const fresh = all.filter((c) => !looks.has(c.sig));
        const covered = all.some((c) => c.hit === "no");
        const next =
          fresh.find((c) => c.hit === "yes") ??
          (covered ? all.find((c) => c.hit === "yes") : undefined) ??
          fresh.find((c) => c.hit === "offscreen") ??
          all.find((c) => c.hit === "yes") ??
          all.find((c) => c.hit === "offscreen");
        if (!next) {
          // what is left is covered: by a dialog or a menu a person would close first
          if (all.length && !escaped) {
            escaped = true;
            await this.press("Escape", "(something covers the page)");
            continue;
          }
          break;
        }
        done.add(keyOf(next));
        looks.add(next.sig);
        if (await this.actOn(next)) {
          acted++;
          escaped = false;
        }
      }
      for (const key of COMMON_KEYS) {
        if (this.timeLeft <= 0) return;
        await this.press(key);
      }
      if (!acted) {
        // nothing left to reach (a player whose controls hid, a widget that took the page): a
        // person reloads once, and leaves if that does not help
        if (reloaded) return;
        reloaded = true;
        await this.act("reload the page", 1, async () => void (await this.page.reload()));
      }
    }
  }

  /** One element, by kind. False when it was not there or not reachable after all. */
  private async actOn(c: Candidate): Promise<boolean> {
    const el = this.page.locator(c.path).first();
    if (c.hit === "offscreen") await el.scrollIntoViewIfNeeded({ timeout: 1_000 }).catch(() => undefined);
    const probe = (await this.page.evaluate(probeScript(c.path)).catch(() => ({ hit: "gone" }))) as { hit: string; label?: string; tag?: string };
    if (probe.hit !== "yes" || probe.tag !== c.tag) return false;
    const name = `${c.tag} "${c.label}"`;
    const opts = { selector: c.path };
    switch (c.kind) {
      case "click":
      case "check":
      case "picker":
        return this.act(`click ${name}`, 1, () => el.click({ timeout: 2_000 }), opts);
      case "select":
        return this.act(`choose the next option of ${name}`, 1, async () => {
          const n = await el.evaluate((s) => (s as HTMLSelectElement).options.length);
          const i = await el.evaluate((s) => (s as HTMLSelectElement).selectedIndex);
          if (n) await el.selectOption({ index: (i + 1) % n }, { timeout: 2_000 });
        }, opts);
      case "text": {
        if (!(await this.act(`click ${name}`, 1, () => el.click({ timeout: 2_000 }), { ...opts, settleMs: KEY_SETTLE_MS }))) return false;
        const type = /\[type=(\w+)\]/.exec(c.tag)?.[1] ?? "text";
        await this.type(SAMPLE_TEXT[type] ?? "hello", `into ${name}`);
        await this.press("Enter", `in ${name}`, c.path);
        return true;
      }
      case "textarea":
      case "editable": {
        if (!(await this.act(`click ${name}`, 1, () => el.click({ timeout: 2_000 }), { ...opts, settleMs: KEY_SETTLE_MS }))) return false;
        await this.type("Hello from the wild suite", `into ${name}`);
        await this.press("Enter", `in ${name}`, c.path);
        await this.press("Control+b", `in ${name}`, c.path);
        await this.press("Control+z", `in ${name}`, c.path);
        return true;
      }
      case "range": {
        const f = (await this.page.evaluate(rangeFractionScript(c.path)).catch(() => 0.5)) as number;
        const box = await el.boundingBox();
        const dx = box ? Math.round(box.width * (f < 0.7 ? 0.25 : -0.25)) : 40;
        return this.drag(el, dx, 0, name, { x: Math.min(0.98, Math.max(0.02, f)), y: 0.5 });
      }
      case "canvas":
        if (!(await this.drag(el, 80, 40, name))) return false;
        return this.click(el, name);
      case "media":
        // play, watch a little, pause: clicks on the picture, as on most players
        if (!(await this.click(el, `${name} (play)`))) return false;
        await this.watch(2_500);
        return this.click(el, `${name} (pause)`);
    }
  }
}

const keyOf = (c: Candidate) => `${c.path}|${c.tag}|${c.label}`;
