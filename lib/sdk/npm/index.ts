// @mea-culpa/sdk: the browser SDK as an npm package. The same core as /sdk/v1.js (lib/sdk/core.ts);
// this file only replaces the script tag: init() takes the key and endpoint instead of reading
// them from a <script data-key>. Importing it does nothing (package.json: "sideEffects": false);
// on the server (SSR) every function is a harmless no-op.
import type { Api } from "../api";
import { start } from "../core";
import { SENSOR_MODULES } from "./sensors";

export interface InitOptions {
  /** the environment's public key, `pk_…` (Install page or Settings) */
  key: string;
  /** where Mea Culpa runs, e.g. "https://apologies.example.com" (the origin that serves /sdk/v1.js) */
  endpoint: string;
  /** log decisions to the console, as MeaCulpa.debug(true) */
  debug?: boolean;
}

/** Who the visitor is: `id` for caps and rollout, `name` for `<<name|there>>`, any attribute audiences use. */
export interface User {
  id?: string | number;
  name?: string;
  [attribute: string]: unknown;
}

/** An apology as it was shown. */
export interface Apology {
  campaignId: string;
  /** the trigger type that fired, e.g. "http_error" */
  trigger: string;
  title: string;
  body: string;
}

export interface MeaCulpaClient {
  identify(user: User): void;
  report(name: string, props?: Record<string, unknown>): void;
  /** Calls `listener` for every apology shown; returns a function that stops it. */
  on(event: "apology", listener: (apology: Apology) => void): () => void;
  debug(on?: boolean): void;
}

let api: Api | undefined;
let startedWith = "";
const queued: ["identify" | "report" | "debug", unknown[]][] = [];
const listeners = new Set<(apology: Apology) => void>();

const browser = () => typeof window !== "undefined" && typeof document !== "undefined" && typeof window.fetch === "function";

/**
 * Starts sensing on this page (once: later calls, React strict mode's second effect included, do
 * nothing). Returns false on the server or in a browser without fetch. Throws a TypeError naming
 * the option when `key` is not a public key or `endpoint` not an http(s) URL: a typo should fail
 * in development, not silently apologize to nobody.
 */
export function init(options: InitOptions): boolean {
  if (!options || typeof options.key !== "string" || !/^pk_\w+$/.test(options.key)) {
    throw new TypeError("MeaCulpa.init: `key` must be the environment's public key (pk_…), from the Install page");
  }
  let endpoint: URL;
  try {
    endpoint = new URL(options.endpoint);
  } catch {
    throw new TypeError("MeaCulpa.init: `endpoint` must be an absolute URL such as https://apologies.example.com");
  }
  if (endpoint.protocol !== "https:" && endpoint.protocol !== "http:") throw new TypeError("MeaCulpa.init: `endpoint` must be an http(s) URL");
  if (!browser()) return false;
  const id = options.key + " " + endpoint.href;
  if (api) {
    if (id !== startedWith) console.warn("[MeaCulpa] init() was already called with another key or endpoint; the first one stays in use");
    return true;
  }
  startedWith = id;
  // "/sdk/v1" paths are the script's; the endpoint is the server itself
  api = start(options.key, endpoint.href.replace(/\/$/, ""), false, (name) => SENSOR_MODULES[name]());
  api.on("apology", (a) => {
    for (const l of [...listeners]) l(a as unknown as Apology);
  });
  if (options.debug) api.debug(true);
  for (const [method, args] of queued.splice(0)) (api[method] as (...a: unknown[]) => void)(...args);
  return true;
}

function call(method: "identify" | "report" | "debug", args: unknown[]) {
  if (api) (api[method] as (...a: unknown[]) => void)(...args);
  else if (browser() && queued.length < 100) queued.push([method, args]); // replayed by init()
}

/** Tells Mea Culpa who the visitor is (before or after init). */
export function identify(user: User): void {
  call("identify", [user]);
}

/** Reports a failure no code throws, for `custom` triggers: `report("payment_failed", { amount: 64 })`. */
export function report(name: string, props?: Record<string, unknown>): void {
  call("report", [name, props]);
}

/** Listens to apologies shown on this page; returns a function that stops listening. */
export function on(event: "apology", listener: (apology: Apology) => void): () => void {
  if (event !== "apology" || typeof listener !== "function") return () => {};
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** Logs decisions to the console (`debug(false)` stops). */
export function debug(on?: boolean): void {
  call("debug", [on]);
}

/** The same functions as one object (what useMeaCulpa() returns). */
export const meaCulpa: MeaCulpaClient = { identify, report, on, debug };
