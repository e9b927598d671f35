// The sensing corpus: things real sites do, each labelled a failure (with the trigger type that
// must apologize) or not a failure (nothing may apologize or be counted as detected). Pages are
// served by a host site on its own origin; the SDK comes from the real server; its rules come from
// a stand-in endpoint (data-endpoint) with one campaign per trigger type, so every type is armed.
// Used by e2e/sensing-corpus.spec.ts and by `npm run bench -- corpus` (precision and recall).
import type { Page } from "@playwright/test";
import { clicks, go, video, wait } from "./corpus-helpers";
import { REAL_SITE_SCENARIOS } from "./sensing-corpus-real-sites";

export type Label = "failure" | "not a failure";

export interface Scenario {
  name: string;
  label: Label;
  /** the trigger type that must apologize (failures only) */
  trigger?: string;
  /** page body (the SDK tag is added in <head>); may use the host's /api/* endpoints, and
   * OTHER_ORIGIN for another origin's (the stand-in's) /js/throws.js */
  body: string;
  /** a Content-Security-Policy header for the page */
  csp?: string;
  /** what the visitor does; default: click #go once */
  act?: (page: Page) => Promise<void>;
  /** script run before any of the page's (addInitScript): a wrong clock, changed built-ins */
  init?: string;
  /** how long a failure may take to apologize after the act (default 10 s) */
  decideMs?: number;
  /** the page itself throws or rejects uncaught (what the scenario is about), so page errors are expected */
  pageThrows?: true;
  /** not a failure, but sensed and counted apart: detected, then suppressed for this reason (an
   * offline visitor, an apology the visitor never saw), never shown */
  countedAs?: "offline" | "unseen";
}

export const SCENARIOS: Scenario[] = [
  // ---- failures: requests
  { name: "fetch answered 500", label: "failure", trigger: "http_error", body: go("fetch('/api/500')") },
  { name: "fetch answered 404", label: "failure", trigger: "http_error", body: go("fetch('/api/404')") },
  { name: "fetch of a Request object, POST, answered 502", label: "failure", trigger: "http_error", body: go("fetch(new Request('/api/502', { method: 'POST' }))") },
  { name: "fetch that fails at the network", label: "failure", trigger: "http_error", body: go("fetch('http://127.0.0.1:9/refused').catch(function(){})") },
  { name: "XMLHttpRequest answered 503", label: "failure", trigger: "http_error", body: go("var x=new XMLHttpRequest();x.open('GET','/api/503');x.send()") },
  { name: "XMLHttpRequest that fails at the network", label: "failure", trigger: "http_error", body: go("var x=new XMLHttpRequest();x.open('GET','http://127.0.0.1:9/refused');x.send()") },
  { name: "XMLHttpRequest that hits the page's own timeout", label: "failure", trigger: "http_error", body: go("var x=new XMLHttpRequest();x.open('GET','/api/slow?ms=3000');x.timeout=200;x.send()") },
  { name: "fetch with AbortSignal.timeout() that runs out", label: "failure", trigger: "http_error", body: go("fetch('/api/slow?ms=3000',{signal:AbortSignal.timeout(200)}).catch(function(){})") },
  { name: "fetch still pending after the threshold", label: "failure", trigger: "slow_request", body: go("fetch('/api/slow?ms=2500')") },
  { name: "XMLHttpRequest still pending after the threshold", label: "failure", trigger: "slow_request", body: go("var x=new XMLHttpRequest();x.open('GET','/api/slow?ms=2500');x.send()") },
  // ---- failures: scripts, resources, media, clicks, custom
  { name: "uncaught error in the page's own script", pageThrows: true, label: "failure", trigger: "js_error", body: go("setTimeout(function(){ throw new TypeError('cart is undefined') })") },
  { name: "unhandled rejection in the page's own script", pageThrows: true, label: "failure", trigger: "js_error", body: go("Promise.reject(new Error('checkout failed'))") },
  { name: "image that fails to load", label: "failure", trigger: "resource_error", body: go("var i=new Image();i.src='/img/missing.png';document.body.appendChild(i)") },
  { name: "script that fails to load", label: "failure", trigger: "resource_error", body: go("var s=document.createElement('script');s.src='/js/missing.js';document.head.appendChild(s)") },
  { name: "stylesheet that fails to load", label: "failure", trigger: "resource_error", body: go("var l=document.createElement('link');l.rel='stylesheet';l.href='/css/missing.css';document.head.appendChild(l)") },
  {
    name: "video that stalls twice",
    label: "failure",
    trigger: "media_stall",
    body: `<video id="v" muted></video>` + go("var v=document.getElementById('v');v.dispatchEvent(new Event('waiting'));v.dispatchEvent(new Event('playing'));v.dispatchEvent(new Event('waiting'))"),
  },
  {
    name: "a video whose picture falls to an eighth (an adaptive stream dropping rungs)",
    label: "failure",
    trigger: "media_quality",
    body: video(640, 360) + go("res(80,45)", "Worse network"),
  },
  {
    name: "a video dropping a fifth of its frames",
    label: "failure",
    trigger: "media_quality",
    // the browser's counts, as a struggling decoder reports them
    init: "(function(){var t0=Date.now();HTMLVideoElement.prototype.getVideoPlaybackQuality=function(){var f=Math.floor((Date.now()-t0)/33);return {totalVideoFrames:f,droppedVideoFrames:Math.floor(f/5),creationTime:performance.now()}}})();",
    body: video(640, 360),
    act: wait(0),
  },
  {
    // 0.7 s: short enough that no single stall is a media_stall (1 s in these rules)
    name: "a video rebuffering 0.7 s in its first 10 s (7 %)",
    label: "failure",
    trigger: "media_quality",
    decideMs: 20_000,
    body: video(640, 360) + go("var v=document.getElementById('v');v.dispatchEvent(new Event('waiting'));setTimeout(function(){v.dispatchEvent(new Event('playing'))},700)", "Poor network"),
  },
  { name: "a 1×1 image stretched over a 300×200 photo slot", label: "failure", trigger: "media_quality", body: `<img src="/img/ok.png?slot" width="300" height="200" alt="Product">`, act: wait(0) },
  { name: "a 40×25 thumbnail served for a 600×375 banner", label: "failure", trigger: "media_quality", body: `<img src="/img/40x25.bmp" width="600" height="375" alt="Sale">`, act: wait(0) },
  // the scroll into view comes first; its scroll event arrives a frame after the first click
  { name: "rage clicks on a button below the fold, scrolled to first", label: "failure", trigger: "rage_click", body: `<h1>Store</h1><div style="height:2000px"></div><button id="go">Apply coupon</button>`, act: clicks(5) },
  { name: "rage clicks on a button that does nothing", label: "failure", trigger: "rage_click", body: `<button id="go">Add to cart</button>`, act: clicks(5) },
  { name: "rage clicks on a link that goes nowhere", label: "failure", trigger: "rage_click", body: `<a id="go" href="#" onclick="return false">Next page</a>`, act: clicks(5) },
  { name: "the page reports a custom failure", label: "failure", trigger: "custom", body: go("MeaCulpa.report('payment_failed', { amount: 250 })") },
  // ---- slow_page (the corpus campaign: content not shown after 4 s, input answered after 500 ms)
  {
    name: "a page whose content appears only after 6 s",
    label: "failure",
    trigger: "slow_page",
    body: `<main id="m"></main><script>setTimeout(function(){document.getElementById('m').textContent='Your orders'},6000)</script>`,
    act: async () => {},
  },
  { name: "a click the page takes 800 ms to answer (main thread blocked)", label: "failure", trigger: "slow_page", body: go("var t=Date.now();while(Date.now()-t<800){}this.textContent='Done'") },
  // ---- unresponsive and error_click: their campaigns here watch [data-dead] / [data-errclick]
  // containers only, so the other scenarios' clicks stay about their own trigger types
  {
    // the founding example: Enter in the search box does nothing, the magnifier button works
    name: "Enter in a search box does nothing (the magnifier works)",
    label: "failure",
    trigger: "unresponsive",
    body: `<form data-dead onsubmit="return false"><input id="q" type="search" onkeydown="if(event.key==='Enter')event.preventDefault()"><button id="mag" type="button" onclick="fetch('/api/ok')">Search</button></form>`,
    act: async (p) => {
      await p.fill("#q", "red shoes");
      await p.press("#q", "Enter");
    },
  },
  { name: "a Save button that does nothing", label: "failure", trigger: "unresponsive", body: `<div data-dead>${go("void 0", "Save")}</div>` },
  { name: "a button whose handler throws", label: "failure", trigger: "error_click", pageThrows: true, body: `<div data-errclick>${go("throw new Error('add to cart failed')", "Add to cart")}</div>` },
  { name: "a button whose request fails", label: "failure", trigger: "error_click", body: `<div data-errclick>${go("fetch('/api/500')", "Pay")}</div>` },
  {
    name: "an error 3.5 s after the click is a background error (js_error)",
    label: "failure",
    trigger: "js_error",
    pageThrows: true,
    body: `<div data-errclick>${go("setTimeout(function(){throw new Error('late')},3500)", "Later")}</div>`,
  },
  // ---- failures, with a hostile host
  {
    name: "fetch 500 under a strict CSP (style-src 'self', no inline script)",
    label: "failure",
    trigger: "http_error",
    csp: "default-src 'self'; script-src 'self' http://127.0.0.1:* http://localhost:*; style-src 'self'; connect-src *; img-src *",
    body: `<button id="go">Go</button><script src="/corpus.js"></script>`,
  },
  {
    // the click sensors are a separate file the SDK imports: import() is no Trusted Types sink,
    // and the CSP that lets v1.js in lets its sensor files in
    name: "rage clicks under a strict CSP with Trusted Types required",
    label: "failure",
    trigger: "rage_click",
    csp: "default-src 'self'; script-src 'self' http://127.0.0.1:* http://localhost:*; style-src 'self'; connect-src *; img-src *; require-trusted-types-for 'script'; trusted-types 'none'",
    body: `<button id="go">Add to cart</button>`,
    act: clicks(5),
  },
  { name: "fetch 500 with Array.prototype.toJSON added (Prototype.js)", label: "failure", trigger: "http_error", init: "Array.prototype.toJSON = function () { return 'broken'; };", body: go("fetch('/api/500')") },
  { name: "fetch 500 with JSON.stringify replaced", label: "failure", trigger: "http_error", init: "JSON.stringify = function () { return 'not json'; };", body: go("fetch('/api/500')") },
  { name: "fetch 500 through a wrapper the host installs after the SDK", label: "failure", trigger: "http_error", body: go("var f=window.fetch;window.fetch=function(){return f.apply(this,arguments)};fetch('/api/500')") },
  { name: "fetch 500 with storage disabled", label: "failure", trigger: "http_error", init: "Object.defineProperty(window,'localStorage',{get:function(){throw new DOMException('denied','SecurityError')}});Object.defineProperty(window,'sessionStorage',{get:function(){throw new DOMException('denied','SecurityError')}});", body: go("fetch('/api/500')") },
  { name: "fetch 500 with a clock 10 minutes fast", label: "failure", trigger: "http_error", init: "(function(){var n=Date.now;Date.now=function(){return n()+600000}})();", body: go("fetch('/api/500')") },

  // ---- not failures: the page's own cancellations
  {
    name: "a page that shows its heading at once and the rest after 3 s",
    label: "not a failure",
    body: `<h1>Your orders</h1><ul id="l"></ul><script>setTimeout(function(){document.getElementById('l').innerHTML='<li>Order 1</li>'},3000)</script>`,
    act: (p) => p.waitForTimeout(2_500),
  },
  { name: "a click answered in 100 ms", label: "not a failure", body: go("var t=Date.now();while(Date.now()-t<100){}this.textContent='Done'") },
  {
    name: "the magnifier button of that search box",
    label: "not a failure",
    body: `<form data-dead onsubmit="return false"><input id="q" type="search"><button id="go" type="button" onclick="fetch('/api/ok')">Search</button></form>`,
  },
  {
    name: "Enter in a search box that submits (the page navigates)",
    label: "not a failure",
    body: `<form data-dead action="/api/ok"><input id="q" type="search" name="q"></form>`,
    act: async (p) => {
      await p.fill("#q", "red shoes");
      await Promise.all([p.waitForURL(/\/api\/ok/), p.press("#q", "Enter")]);
    },
  },
  {
    name: "a click that shows a spinner at once and a dialog after 1.5 s",
    label: "not a failure",
    body: `<div data-dead>${go("this.after(Object.assign(document.createElement('span'),{textContent:'Loading…'}));setTimeout(function(){var d=document.createElement('dialog');d.open=true;d.textContent='Done';document.body.append(d)},1500)", "Open")}</div>`,
  },
  {
    name: "a slow but responsive SPA navigation (progress bar at once, view after 1.5 s)",
    label: "not a failure",
    body: `<div data-dead><a id="go" href="/next" onclick="event.preventDefault();history.pushState({},'','/next');document.getElementById('bar').hidden=false;setTimeout(function(){document.getElementById('view').textContent='Next page'},1500)">Next</a></div><div id="bar" hidden>Loading</div><main id="view">Home</main>`,
  },
  { name: "typing in a search box without pressing Enter", label: "not a failure", body: `<div data-dead><input id="q" type="search"></div>`, act: (p) => p.fill("#q", "red shoes") },
  {
    name: "Enter in a textarea (a new line)",
    label: "not a failure",
    body: `<div data-dead><textarea id="q"></textarea></div>`,
    act: async (p) => {
      await p.fill("#q", "line one");
      await p.press("#q", "Enter");
    },
  },
  // Playwright waits for an aria-disabled element to be enabled: the visitor's click is forced
  {
    name: "a 'back to top' button that scrolls the page",
    label: "not a failure",
    body: `<h1>Store</h1><div style="height:2000px"></div><div data-dead><button id="go" onclick="window.scrollTo(0,0)">Back to top</button></div>`,
  },
  { name: "a click on an aria-disabled button", label: "not a failure", body: `<div data-dead><button id="go" aria-disabled="true">Pay</button></div>`, act: (p) => p.click("#go", { force: true }) },
  { name: "a link to another site in a new tab", label: "not a failure", body: `<div data-dead><a id="go" href="OTHER_ORIGIN/elsewhere" target="_blank">Docs</a></div>` },
  { name: "a click whose request succeeds", label: "not a failure", body: `<div data-errclick>${go("fetch('/api/ok')", "Save")}</div>` },
  { name: "the page aborts its own XMLHttpRequest (typeahead)", label: "not a failure", body: go("var x=new XMLHttpRequest();x.open('GET','/api/slow?ms=2000');x.send();setTimeout(function(){x.abort()},50)") },
  { name: "the page aborts its own fetch (AbortController)", label: "not a failure", body: go("var c=new AbortController();fetch('/api/slow?ms=2000',{signal:c.signal}).catch(function(){});setTimeout(function(){c.abort()},50)") },
  { name: "the page aborts its fetch with a reason of its own", label: "not a failure", body: go("var c=new AbortController();fetch('/api/slow?ms=2000',{signal:c.signal}).catch(function(){});setTimeout(function(){c.abort(new Error('superseded'))},50)") },
  { name: "the page aborts its fetch and never catches it", pageThrows: true, label: "not a failure", body: go("var c=new AbortController();fetch('/api/slow?ms=2000',{signal:c.signal});setTimeout(function(){c.abort()},50)") },
  { name: "an aborted fetch of a Request carrying the signal", label: "not a failure", body: go("var c=new AbortController();fetch(new Request('/api/slow?ms=2000',{signal:c.signal})).catch(function(){});setTimeout(function(){c.abort('stale')},50)") },
  // ---- not failures: requests that worked
  { name: "a fetch answered 200", label: "not a failure", body: go("fetch('/api/ok')") },
  { name: "a fetch redirected to a 200", label: "not a failure", body: go("fetch('/api/redirect')") },
  { name: "a request a little slow but under the threshold", label: "not a failure", body: go("fetch('/api/slow?ms=300')") },
  // ---- not failures: clicks that visibly work
  { name: "a quantity stepper clicked five times (1 → 6)", label: "not a failure", body: `<div class="qty"><button id="go">+</button> <output id="n">1</output></div><script>var n=1;document.getElementById('go').onclick=function(){document.getElementById('n').textContent=++n}</script>`, act: clicks(5) },
  { name: "a stepper that sets an input's value (no DOM change)", label: "not a failure", body: `<div><input id="q" value="1"><button id="go">+</button></div><script>document.getElementById('go').onclick=function(){var q=document.getElementById('q');q.value=+q.value+1}</script>`, act: clicks(5) },
  { name: "'load more' clicked five times, each adding items", label: "not a failure", body: `<section><ul id="l"></ul><button id="go">Load more</button></section><script>document.getElementById('go').onclick=function(){var li=document.createElement('li');li.textContent='item';document.getElementById('l').appendChild(li)}</script>`, act: clicks(5) },
  { name: "a button clicked five times, each starting a request", label: "not a failure", body: go("fetch('/api/ok')", "Refresh"), act: clicks(5) },
  { name: "a checkbox toggled five times", label: "not a failure", body: `<label><input id="go" type="checkbox"> Gift wrap</label>`, act: clicks(5) },
  { name: "a carousel 'next' that scrolls its track", label: "not a failure", body: `<div><div id="t" style="width:200px;overflow:auto;white-space:nowrap"><span style="display:inline-block;width:2000px">slides</span></div><button id="go">Next</button></div><script>document.getElementById('go').onclick=function(){document.getElementById('t').scrollLeft+=100}</script>`, act: clicks(5) },
  { name: "a button that moves focus to a field", label: "not a failure", body: `<div><input id="f"><button id="go">Search</button></div><script>document.getElementById('go').onclick=function(){document.getElementById('f').focus();document.getElementById('f').blur()}</script>`, act: clicks(5) },
  { name: "only two clicks on a button that does nothing", label: "not a failure", body: `<button id="go">Add</button>`, act: clicks(2) },
  // ---- not failures: noise
  { name: "an error from a cross-origin script without details", pageThrows: true, label: "not a failure", body: go("var s=document.createElement('script');s.src='OTHER_ORIGIN/js/throws.js';document.head.appendChild(s)") },
  { name: "an error thrown by a browser extension", pageThrows: true, label: "not a failure", body: go("dispatchEvent(new ErrorEvent('error',{message:'Cannot read properties of null',filename:'chrome-extension://abcdefghijklmnop/content.js',error:new Error('x')}))") },
  { name: "the ResizeObserver loop notice", pageThrows: true, label: "not a failure", body: go("dispatchEvent(new ErrorEvent('error',{message:'ResizeObserver loop completed with undelivered notifications.',filename:location.href}))") },
  { name: "a lazy image still loading below the fold", label: "not a failure", body: `<div style="height:3000px"></div><img loading="lazy" src="/img/slow.png" alt="later">`, act: async () => {} },
  // past slow_page's 4 s: content Largest Contentful Paint never reports
  { name: "a page whose content is a drawn canvas (no LCP candidate)", label: "not a failure", body: `<canvas id="c" width="600" height="400"></canvas><script>document.getElementById('c').getContext('2d').fillRect(0,0,600,400)</script>`, act: wait(3500) },
  { name: "a page whose content is an embedded document", label: "not a failure", body: `<iframe srcdoc="<h1>Store map</h1>" width="600" height="400" title="map"></iframe>`, act: wait(3500) },
  { name: "a video small by design (160×90 shown at 640×360, never sharper)", label: "not a failure", body: video(160, 90), act: wait(500) },
  { name: "a stream that starts at 90p and rises to 360p", label: "not a failure", body: video(160, 90, "setTimeout(function(){res(640,360)},800)"), act: wait(500) },
  { name: "a video that waits for its first frame (startup, not rebuffering)", label: "not a failure", body: `<video id="v" muted style="width:320px;height:180px"></video>` + go("var v=document.getElementById('v');v.dispatchEvent(new Event('waiting'));setTimeout(function(){v.dispatchEvent(new Event('playing'))},800)") },
  {
    name: "a lazy image whose 1×1 placeholder is swapped at once",
    label: "not a failure",
    body: `<img id="l" src="/img/ok.png?lazy" data-src="/img/600x400.bmp" width="300" height="200" alt="Shoe"><script>setTimeout(function(){var i=document.getElementById('l');i.src=i.dataset.src},400)</script>`,
    act: wait(0),
  },
  { name: "a 1×1 tracking pixel", label: "not a failure", body: `<img src="/img/ok.png?px" width="1" height="1" alt="">`, act: wait(0) },
  { name: "a 16 px SVG icon shown at 200 px", label: "not a failure", body: `<img src="/img/icon.svg" width="200" height="200" alt="">`, act: wait(0) },
  { name: "a photo shown at its own size", label: "not a failure", body: `<img src="/img/600x400.bmp" width="300" height="200" alt="Shoe">`, act: wait(0) },
  { name: "an image that loads", label: "not a failure", body: go("var i=new Image();i.src='/img/ok.png';document.body.appendChild(i)") },
  ...REAL_SITE_SCENARIOS,
];
