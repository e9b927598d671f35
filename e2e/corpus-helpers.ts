// Building blocks of the sensing corpus's scenario pages and visitors' actions.
import type { Page } from "@playwright/test";

/** A button #go running `code` on click, and an output line #out. */
export const go = (code: string, label = "Go") => `<button id="go" onclick="${code.replace(/"/g, "&quot;")}">${label}</button><p id="out"></p>`;
/** A playing, muted video fed by a canvas of w×h (a live picture: no media file), shown at 640×360;
 * `window.res(w, h)` changes the picture's resolution as an adaptive stream switching rungs does. */
export const video = (w: number, h: number, then = "") =>
  `<video id="v" muted autoplay playsinline style="width:640px;height:360px;display:block"></video><canvas id="c" width="${w}" height="${h}" hidden></canvas>` +
  `<script>var c=document.getElementById('c'),x=c.getContext('2d'),v=document.getElementById('v'),n=0;` +
  `setInterval(function(){x.fillStyle=n++%2?'#246':'#e84';x.fillRect(0,0,c.width,c.height)},33);v.srcObject=c.captureStream(30);` +
  `window.res=function(w,h){c.width=w;c.height=h};${then}</script>`;
export const wait = (ms: number) => async (p: Page) => void (await p.waitForTimeout(ms));

export const clicks = (n: number, selector = "#go", gapMs = 120) => async (p: Page) => {
  for (let i = 0; i < n; i++) {
    await p.click(selector);
    await p.waitForTimeout(gapMs);
  }
};

