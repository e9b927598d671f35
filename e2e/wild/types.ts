// The shapes of the wild suite: an app (what is served, its own steps, its known real failures),
// the driver's action log, and what a run reports per app.
import type { Driver } from "./driver";

/** A failure the app really has here, so an apology for it is deserved (not a false apology). */
export interface RealFailure {
  trigger: string;
  /** the failing URL as the apology event names it; absent = any */
  url?: RegExp;
  reason: string;
}

export interface WildApp {
  /** short name, also the test title ("leaflet") */
  id: string;
  /** what the page is, for the report */
  description: string;
  /** the npm packages the page is made of (versions are read from node_modules when it runs) */
  packages: string[];
  /** pages by path, as HTML; the server adds the install snippet at the top of <head> */
  pages: Record<string, string>;
  /** files made when asked for (a PDF written by the suite), by path */
  files?: Record<string, { type: string; body: () => string | Buffer; status?: number }>;
  /** URL prefix → folder, relative to the project root ("/leaflet/" → "node_modules/leaflet/dist/") */
  mounts: Record<string, string>;
  /** how long the app is used, when not the run's (a canary needs seconds) */
  visitMs?: number;
  /** where the visit starts (default "/") */
  start?: string;
  /**
   * Rewrites a text file before it is served: links to the internet (CDN fonts, demo images) are
   * pointed at local stand-ins, so the app works offline instead of failing for want of a network.
   */
  rewrite?: (path: string, text: string) => string;
  /** the app's main use, where the generic driver cannot reach it (typing in the editor, panning) */
  steps?: (d: Driver) => Promise<void>;
  realFailures: RealFailure[];
}

export interface ActionEntry {
  /** 1-based, in the order done */
  n: number;
  /** ms since epoch when the action started (same clock as the SDK's event ts here) */
  at: number;
  /** what was done, in words: click button "Save" */
  what: string;
  /** the CSS path of the element acted on, when there was one */
  selector?: string;
  /** interactions it counted (a click, a key press, a drag, a typed text = 1) */
  counted: number;
}

export interface Apology {
  trigger: string;
  campaignId?: string;
  /** the URL the event names (the failing request or resource, or the page) */
  url?: string;
  /** a `shown` event followed (else it was detected and not shown: a toast was already up) */
  shown: boolean;
  /** ms since epoch (SDK clock) */
  ts: number;
  /** the action before the event, in words, with how long before */
  when: string;
  /** the element of that action, when it had one */
  selector?: string;
  /** the failure as the SDK sensed it (from its debug log), when it said */
  signal?: string;
  /** for real failures: why it is one */
  reason?: string;
}

export interface AppResult {
  app: string;
  description: string;
  /** package@version */
  packages: string[];
  interactions: number;
  durationMs: number;
  apologies: Apology[];
  real: Apology[];
  false: Apology[];
  actions: ActionEntry[];
  /** what the run saw besides apologies: the SDK running, errors of the app, requests that failed */
  checks: {
    sdkStarted: boolean;
    sessions: number;
    rulesFetched: number;
    refusedBatches: string[];
    pageErrors: string[];
    failedRequests: string[];
    notFound: string[];
    leftOrigin: string[];
    dialogs: number;
  };
}
