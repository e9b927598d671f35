// Sensing corpus, kinds found on real sites and in other SDKs' bug reports (issue #25): what a
// response means, which URL was requested, seen or it did not happen, answers the DOM never
// shows, input methods, answers elsewhere or earlier, the device not the site, late images,
// geometry, and images small by design. Each kind has failures and look-alikes.
import type { Page } from "@playwright/test";
import { clicks, go, wait } from "./corpus-helpers";
import type { Scenario } from "./sensing-corpus";

/** Headless Chromium reports every tab visible: the page's visibility is set the way the browser
 * reports it (visibilityState, hidden, a visibilitychange event) by window.__setHidden(bool). */
const HIDDEN_TAB = `(function(){var h=${"%START%"};Object.defineProperty(Document.prototype,"visibilityState",{configurable:true,get:function(){return h?"hidden":"visible"}});Object.defineProperty(Document.prototype,"hidden",{configurable:true,get:function(){return h}});window.__setHidden=function(v){h=v;document.dispatchEvent(new Event("visibilitychange"))}})();`;
const hiddenTab = (startHidden = false) => HIDDEN_TAB.replace("%START%", String(startHidden));
const setHidden = (p: Page, v: boolean) => p.evaluate((h) => (window as unknown as { __setHidden(v: boolean): void }).__setHidden(h), v);
/** the unresponsive campaign of the corpus watches [data-dead] only */
const dead = (html: string) => `<div data-dead>${html}</div>`;
/** clicks #go, and answers the native dialog it opens after `ms`, as a person reading it would */
const answerDialog = (ms: number, accept: boolean) => async (p: Page) => {
  p.once("dialog", (d) => void setTimeout(() => void (accept ? d.accept() : d.dismiss()), ms));
  await p.click("#go");
  await p.waitForTimeout(ms + 200);
};

export const REAL_SITE_SCENARIOS: Scenario[] = [
  // ---- 1. what a response means
  { name: "a no-cors request to another origin (an opaque answer, status 0)", label: "not a failure", body: go("fetch('OTHER_ORIGIN/api/v1/rules/pk_none',{mode:'no-cors'})") },
  { name: "a fetch with redirect: manual (an opaqueredirect answer, status 0)", label: "not a failure", body: go("fetch('/api/redirect',{redirect:'manual'})") },
  {
    name: "a visitor who went offline: the request fails, counted apart as offline",
    label: "not a failure",
    countedAs: "offline",
    body: go("fetch('/api/ok').catch(function(){document.getElementById('out').textContent='offline'})"),
    act: async (p) => {
      await p.context().setOffline(true);
      await p.click("#go");
      await p.waitForTimeout(1_000);
      await p.context().setOffline(false);
    },
  },
  // ---- 2. which URL was requested: resolved as the browser does, against <base href>
  { name: "a relative fetch under <base href> answered 500", label: "failure", trigger: "http_error", body: `<base href="/api/">` + go("fetch('500')") },
  { name: "a relative XMLHttpRequest under <base href> answered 503", label: "failure", trigger: "http_error", body: `<base href="/api/">` + go("var x=new XMLHttpRequest();x.open('GET','503');x.send()") },
  { name: "a fetch of a URL object answered 500", label: "failure", trigger: "http_error", body: go("fetch(new window.URL('/api/500', location.href))") },
  // ---- 3. seen, or it did not happen
  {
    name: "a poll fails in a hidden tab: the apology waits until the visitor is back",
    label: "failure",
    trigger: "http_error",
    init: hiddenTab(),
    body: `<h1>Orders</h1>`,
    act: async (p) => {
      await setHidden(p, true);
      await p.evaluate(() => fetch("/api/500"));
      await p.waitForTimeout(1_000);
      if (await p.locator("[data-mea-culpa]").count()) throw new Error("an apology was shown into a hidden tab");
      await setHidden(p, false);
    },
  },
  {
    name: "a poll fails in a hidden tab the visitor never comes back to: counted as unseen",
    label: "not a failure",
    countedAs: "unseen",
    init: hiddenTab(),
    body: `<h1>Orders</h1>`,
    act: async (p) => {
      await setHidden(p, true);
      await p.evaluate(() => fetch("/api/500"));
    },
  },
  {
    name: "a request pending past the threshold while the tab was hidden",
    label: "not a failure",
    init: hiddenTab(),
    body: `<h1>Orders</h1>`,
    act: async (p) => {
      await setHidden(p, true);
      void p.evaluate(() => fetch("/api/slow?ms=2500"));
      await p.waitForTimeout(1_500);
      await setHidden(p, false);
      await p.waitForTimeout(1_500);
    },
  },
  {
    name: "a page opened in a background tab, its content shown after 5 s",
    label: "not a failure",
    init: hiddenTab(true),
    body: `<main id="m"></main><script>setTimeout(function(){document.getElementById('m').textContent='Your orders'},5000)</script>`,
    act: async (p) => {
      await p.waitForTimeout(3_000);
      await setHidden(p, false);
      await p.waitForTimeout(2_500);
    },
  },
  // ---- 4. answers the DOM never shows (click sensors: unresponsive in [data-dead], rage anywhere)
  { name: "Delete asks confirm() and the visitor cancels", label: "not a failure", body: dead(go("if(confirm('Delete this item?'))this.remove()", "Delete")), act: answerDialog(1_500, false) },
  { name: "a button that shows alert() the visitor reads", label: "not a failure", body: dead(go("alert('Saved')", "Save")), act: answerDialog(1_300, true) },
  { name: "a button that opens a popover (top layer, no DOM change)", label: "not a failure", body: dead(`<button id="go" popovertarget="pop">Help</button><div id="pop" popover>Help text</div>`) },
  { name: "a button that opens a file picker", label: "not a failure", body: dead(`<input type="file" id="f" hidden>` + go("document.getElementById('f').click()", "Upload")) },
  {
    name: "a button that downloads a file made in the page",
    label: "not a failure",
    body: dead(go("var a=document.createElement('a');a.href=window.URL.createObjectURL(new Blob(['id,total']));a.download='orders.csv';a.click()", "Export")),
  },
  { name: "a Copy button (clipboard write)", label: "not a failure", body: dead(go("navigator.clipboard&&navigator.clipboard.writeText('CODE10').catch(function(){})", "Copy code")) },
  { name: "a button that opens a new window", label: "not a failure", body: dead(go("window.open('/api/ok','_blank')", "Receipt")) },
  { name: "a Play button that starts a video", label: "not a failure", body: dead(`<video id="v" muted playsinline width="320" height="180"></video><canvas id="c" width="64" height="36" hidden></canvas><script>var c=document.getElementById('c'),x=c.getContext('2d');setInterval(function(){x.fillRect(0,0,64,36)},33);document.getElementById('v').srcObject=c.captureStream(30)</script>` + go("document.getElementById('v').play().catch(function(){})", "Play")) },
  { name: "a button that redraws a canvas scene", label: "not a failure", body: dead(`<canvas id="c" width="200" height="100"></canvas>` + go("requestAnimationFrame(function(){var x=document.getElementById('c').getContext('2d');x.fillStyle='#e84';x.fillRect(0,0,200,100)})", "Redraw")) },
  { name: "five clicks drawing on a canvas (a drawing tool, a game)", label: "not a failure", body: `<canvas id="go" width="300" height="200" style="border:1px solid"></canvas>`, act: clicks(5, "#go", 80) },
  { name: "a select menu clicked five times", label: "not a failure", body: `<select id="go"><option>S</option><option>M</option></select>`, act: clicks(5, "#go", 80) },
  // ---- 5. input methods and keyboards
  {
    name: "Enter that confirms an IME conversion (keyCode 229 after compositionend)",
    label: "not a failure",
    body: dead(`<input id="q" type="search"><script>document.getElementById('q').addEventListener('keydown',function(e){if(e.key==='Enter')e.preventDefault()})</script>`),
    act: async (p) => {
      await p.focus("#q");
      const cdp = await p.context().newCDPSession(p);
      await cdp.send("Input.imeSetComposition", { text: "とうきょう", selectionStart: 5, selectionEnd: 5 });
      await cdp.send("Input.insertText", { text: "東京" });
      await cdp.send("Input.dispatchKeyEvent", { type: "rawKeyDown", key: "Enter", code: "Enter", windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
      await cdp.send("Input.dispatchKeyEvent", { type: "keyUp", key: "Enter", code: "Enter", windowsVirtualKeyCode: 13, nativeVirtualKeyCode: 13 });
    },
  },
  {
    name: "Shift+Enter in a message field (a new line, not a send)",
    label: "not a failure",
    body: dead(`<input id="q" type="text"><script>document.getElementById('q').addEventListener('keydown',function(e){if(e.key==='Enter')e.preventDefault()})</script>`),
    act: async (p) => {
      await p.fill("#q", "hello");
      await p.press("#q", "Shift+Enter");
    },
  },
  // ---- 6. the answer is elsewhere or earlier
  { name: "a spinner that answers on mousedown, before the click", label: "not a failure", body: dead(`<button id="go" onmousedown="document.getElementById('n').textContent=+document.getElementById('n').textContent+1">+</button>`) + `<p>Qty <b id="n">1</b></p>` },
  {
    name: "a modal closed by a class change on an ancestor",
    label: "not a failure",
    body: `<div id="m" class="open"><div data-dead><p>Newsletter</p><button id="go" onclick="document.getElementById('m').className='closed'">Close</button></div></div><style>.closed [data-dead]{visibility:hidden}</style>`,
  },
  { name: "a Save button whose toast appears far away by a class change", label: "not a failure", body: dead(go("document.getElementById('t').className='show'", "Save")) + `<div style="height:600px"></div><div id="t" class="hide">Saved</div>` },
  { name: "a tab clicked while already open", label: "not a failure", body: dead(`<div role="tablist"><button id="go" role="tab" aria-selected="true">Details</button><button role="tab" aria-selected="false">Reviews</button></div>`), act: clicks(5, "#go", 120) },
  // found by the wild suite (Swiper): the current slide's bullet, its state named by a class only
  { name: "a carousel's bullet for the slide already shown", label: "not a failure", body: dead(`<div class="pagination"><span id="go" role="button" class="bullet bullet-active" aria-label="Go to slide 1"></span><span role="button" class="bullet" aria-label="Go to slide 2"></span></div>`) + `<style>.bullet{display:inline-block;width:12px;height:12px;border-radius:6px;background:#999;margin:4px}</style>` },
  // found by the wild suite (Tom Select): "No results" shown while typing; Enter has nothing to pick
  {
    name: "Enter in a combobox whose typed text matches nothing",
    label: "not a failure",
    body: dead(`<input id="q" type="text" role="combobox" aria-expanded="false" aria-autocomplete="list"><div id="l" role="listbox"></div><script>var q=document.getElementById('q');q.oninput=function(){document.getElementById('l').textContent='No results found'};q.onkeydown=function(e){if(e.key==='Enter')e.preventDefault()}</script>`),
    act: async (p) => {
      await p.fill("#q", "hello");
      await p.waitForTimeout(300);
      await p.press("#q", "Enter");
    },
  },
  { name: "an accordion header clicked while already open", label: "not a failure", body: dead(`<button id="go" aria-expanded="true">Shipping</button><div>Ships in 2 days</div>`) },
  // ---- 7. the device, not the site
  {
    // Event Timing measures ~1 s from input to frame here, of which the handler took ~0 ms: the
    // time is the frame being drawn, which a weak device spends on any page
    name: "a click whose handler takes 1 ms and whose frame takes long to draw",
    label: "not a failure",
    body: `<h1>All products</h1>` + go("document.body.className='big'", "Show all") + `<div id="t"></div><style>.c{display:none;padding:1px;border:1px solid #ccc;float:left;width:3px}.big .c{display:block}</style><script>document.getElementById('t').innerHTML='<span class=c>x</span>'.repeat(60000)</script>`,
  },
  {
    name: "content shown at 2 s after the visitor clicked at 1 s (LCP stops at the first input)",
    label: "not a failure",
    body: `<main id="m"></main><script>setTimeout(function(){document.getElementById('m').textContent='Your orders, all of them'},2000)</script>`,
    act: async (p) => {
      await p.waitForTimeout(1_000);
      await p.mouse.click(5, 5);
      await p.waitForTimeout(4_000);
    },
  },
  {
    name: "the visitor seeks twice (waiting while seeking is the seek, not a stall)",
    label: "not a failure",
    body: `<video id="v" muted></video>` + go("var v=document.getElementById('v');Object.defineProperty(v,'seeking',{configurable:true,value:true});v.dispatchEvent(new Event('seeking'));v.dispatchEvent(new Event('waiting'));v.dispatchEvent(new Event('playing'));v.dispatchEvent(new Event('seeking'));v.dispatchEvent(new Event('waiting'))", "Seek"),
    act: async (p) => {
      await p.click("#go");
      await p.waitForTimeout(1_500);
    },
  },
  // ---- 8. images that finish loading after the media sensor started
  { name: "a 1×1 image stretched over a 300×200 slot, loaded after a click", label: "failure", trigger: "media_quality", body: go("var i=new Image();i.src='/img/ok.png?late';i.width=300;i.height=200;i.alt='Banner';document.body.appendChild(i)", "Show banner") },
  // ---- 9. geometry: a burst is clicks on one spot
  {
    name: "four clicks across a wide button, 150 px apart",
    label: "not a failure",
    body: `<button id="go" style="width:600px;height:40px">Pick a seat</button>`,
    act: async (p) => {
      const b = (await p.locator("#go").boundingBox())!;
      for (let i = 0; i < 4; i++) {
        await p.mouse.click(b.x + 20 + i * 150, b.y + 20);
        await p.waitForTimeout(100);
      }
    },
  },
  // ---- 10. small by design
  { name: "a 25×25 QR code shown at 250 px with image-rendering: pixelated", label: "not a failure", body: `<img src="/img/25x25.bmp" width="250" height="250" style="image-rendering:pixelated" alt="QR code">`, act: wait(0) },
  { name: "a srcset candidate the browser chose", label: "not a failure", body: `<img srcset="/img/40x25.bmp 1x" width="600" height="375" alt="Sale">`, act: wait(0) },
];
