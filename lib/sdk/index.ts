// Mea Culpa browser SDK v1, the script tag: finds its <script data-key> tag and starts the core
// (lib/sdk/core.ts) with that key. Sensor files load from next to this script. Rule zero: never
// break the host page.
import type { Api } from "./api";
import { start } from "./core";

(function () {
  const w = window as unknown as { MeaCulpa?: Api; fetch: typeof fetch };
  if (!w.fetch || (w.MeaCulpa && w.MeaCulpa.__v)) return;
  // a copy imported by the one below (see there; a module has no currentScript) is handed the
  // original tag; a second classic copy of the tag is not that copy
  const reloaded = !document.currentScript && w.MeaCulpa && w.MeaCulpa.__m;
  const script = (reloaded ||
    document.currentScript ||
    document.querySelector("script[data-key][src*='/sdk/v1']")) as HTMLScriptElement | null;
  const key = script && script.getAttribute("data-key");
  if (!script || !key) return;
  // A script from another origin loaded without CORS is "muted": the browser then withholds
  // unhandledrejection for every promise it rejects, so the promise our fetch wrapper hands back
  // would hide the host's unhandled fetch failures. Load ourselves again in CORS mode with
  // import() (the same URL, so the same CSP source and, with ACAO on the response, the HTTP cache;
  // no element is added to the page, and import() is no Trusted Types sink); if that fails, run
  // without the fetch wrapper rather than change what the host observes.
  if (!reloaded && script.crossOrigin == null && new URL(script.src, location.href).origin !== location.origin) {
    (w.MeaCulpa = w.MeaCulpa || ({ q: [] } as unknown as Api)).__m = script;
    return void import(script.src).catch(() => go(true));
  }
  go(false);

  /** `muted`: this copy could not be loaded with CORS (see above). */
  function go(muted: boolean) {
    start(key!, script!.getAttribute("data-endpoint") || new URL(script!.src, location.href).origin, muted, (file) => import(new URL("v1/" + file, script!.src).href));
  }
})();
