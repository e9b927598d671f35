// Who was seen: the attributes of the identified visitor (MeaCulpa.identify) and the page's device
// and locale, sent once per session and per change, so a segment can say how many recent users it
// matches and which attributes exist (#27). Loaded with the rules stream (sensors/live.ts), never
// in v1.js. Anonymous visitors send nothing. Bounds match the server's (lib/events/seen-users.ts).
import { encode } from "./encode";
import type { SensorContext } from "./sensors/context";

const MAX_ATTRS = 30;
const KEY = "mc_profile";

/** The profile body for `user` (null when the visitor is not identified): scalars only, bounded. */
export function profileBody(user: Record<string, unknown>, page: { device?: string; locale?: string }): string | null {
  if (user.id == null || user.id === "") return null;
  const attrs: Record<string, unknown> = {};
  let n = 0;
  for (const k in user) {
    const v = user[k];
    if (k != "id" && n < MAX_ATTRS && /^[A-Za-z_][\w.-]{0,63}$/.test(k) && ((typeof v == "number" && isFinite(v)) || typeof v == "boolean" || typeof v == "string")) {
      attrs[k] = typeof v == "string" ? v.slice(0, 200) : v;
      n++;
    }
  }
  if (page.device) attrs.$device = page.device;
  if (page.locale) attrs.$locale = page.locale.slice(0, 35);
  // our own encoder: a host's JSON.stringify may be replaced, or Array#toJSON added (Prototype.js)
  return encode({ events: [], user: { id: String(user.id).slice(0, 256), attrs } });
}

/** Sends the profile now and whenever identify() changes it (checked every 5 s), once per session per profile. */
export function startProfile(ctx: Pick<SensorContext, "user" | "events" | "safe">): void {
  // what was last sent, per public key: in sessionStorage (once per session across pages), or in
  // memory where storage is blocked or full (then once per page)
  const key = KEY + ":" + ctx.events;
  let last: string | null = null;
  const read = () => {
    try {
      return sessionStorage.getItem(key);
    } catch {
      return last;
    }
  };
  const send = ctx.safe(() => {
    const user = ctx.user();
    // as the core's page() reads them (lib/sdk/core.ts), kept here so v1.js does not grow
    const touch = navigator.maxTouchPoints > 0;
    const device = touch && innerWidth < 768 ? "mobile" : touch && innerWidth < 1100 ? "tablet" : "desktop";
    const body = profileBody(user, { device, locale: String(user.locale || navigator.language || "") });
    if (!body || body == last || read() == body) return;
    // a beacon: no response to read, and the page's own fetch (which the SDK watches) is not used
    if (navigator.sendBeacon && navigator.sendBeacon(ctx.events, body)) {
      last = body;
      try {
        sessionStorage.setItem(key, body);
      } catch {
        /* blocked or full: remembered in memory */
      }
    }
  });
  send();
  setInterval(send, 5000);
}
