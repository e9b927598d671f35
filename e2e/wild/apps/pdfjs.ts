// PDF.js's viewer components (web/pdf_viewer.mjs: PDFViewer, link service, find controller), set up
// as its "simple viewer" example does, with a toolbar that behaves like its full viewer's: previous
// and next page, a page number field, zoom in, out and presets, rotate, and find. The document is a
// small PDF written by the suite (sample-pdf.ts), with an in-document link.
import type { WildApp } from "../types";
import { html } from "./html";
import { samplePdf } from "./sample-pdf";

const body = `
<div id="toolbar" style="position:absolute;top:0;left:0;right:0;height:40px;display:flex;gap:6px;align-items:center;padding:0 8px;background:#f0f0f4;font:14px system-ui">
  <button id="prev" type="button">Previous</button>
  <button id="next" type="button">Next</button>
  <label>Page <input id="page" type="number" min="1" value="1" style="width:4em"></label> <span id="count"></span>
  <button id="zoomOut" type="button" title="Zoom out">−</button>
  <button id="zoomIn" type="button" title="Zoom in">+</button>
  <select id="scale" aria-label="Zoom"><option value="auto">Automatic zoom</option><option value="page-fit">Page fit</option><option value="page-width">Page width</option><option value="0.5">50%</option><option value="1">100%</option><option value="1.5">150%</option></select>
  <button id="rotate" type="button">Rotate</button>
  <input id="find" type="search" placeholder="Find in document" aria-label="Find">
  <button id="findNext" type="button">Find next</button>
  <span id="findResult"></span>
</div>
<div id="viewerContainer" style="position:absolute;top:40px;bottom:0;left:0;right:0;overflow:auto;background:#808080">
  <div id="viewer" class="pdfViewer"></div>
</div>
<script type="module">
  import * as pdfjsLib from '/pdfjs/build/pdf.mjs';
  globalThis.pdfjsLib = pdfjsLib;
  pdfjsLib.GlobalWorkerOptions.workerSrc = '/pdfjs/build/pdf.worker.mjs';
  const { EventBus, PDFLinkService, PDFFindController, PDFViewer } = await import('/pdfjs/web/pdf_viewer.mjs');
  const eventBus = new EventBus();
  const linkService = new PDFLinkService({ eventBus });
  const findController = new PDFFindController({ eventBus, linkService });
  const viewer = new PDFViewer({ container: document.getElementById('viewerContainer'), eventBus, linkService, findController });
  linkService.setViewer(viewer);
  const $ = (id) => document.getElementById(id);
  eventBus.on('pagesinit', () => { viewer.currentScaleValue = 'page-width' });
  eventBus.on('pagechanging', (e) => { $('page').value = e.pageNumber });
  eventBus.on('updatefindmatchescount', (e) => { $('findResult').textContent = e.matchesCount.total + ' matches' });
  eventBus.on('updatefindcontrolstate', (e) => { if (e.matchesCount) $('findResult').textContent = (e.matchesCount.current || 0) + ' of ' + e.matchesCount.total });
  const doc = await pdfjsLib.getDocument({ url: '/sample.pdf', cMapUrl: '/pdfjs/cmaps/', cMapPacked: true, standardFontDataUrl: '/pdfjs/standard_fonts/', wasmUrl: '/pdfjs/wasm/', iccUrl: '/pdfjs/iccs/' }).promise;
  viewer.setDocument(doc);
  linkService.setDocument(doc, null);
  $('count').textContent = 'of ' + doc.numPages;
  $('prev').onclick = () => viewer.previousPage();
  $('next').onclick = () => viewer.nextPage();
  // as the full viewer does: a page number that does not exist puts the current one back
  $('page').onchange = function () { const n = Number(this.value); if (n >= 1 && n <= doc.numPages) viewer.currentPageNumber = n; else this.value = viewer.currentPageNumber };
  $('zoomIn').onclick = () => viewer.increaseScale();
  $('zoomOut').onclick = () => viewer.decreaseScale();
  $('scale').onchange = function () { viewer.currentScaleValue = this.value };
  $('rotate').onclick = () => { viewer.pagesRotation = (viewer.pagesRotation + 90) % 360 };
  const find = (again) => eventBus.dispatch('find', { source: null, type: again ? 'again' : '', query: $('find').value, caseSensitive: false, entireWord: false, highlightAll: true, findPrevious: false, matchDiacritics: false });
  $('find').addEventListener('keydown', (e) => { if (e.key === 'Enter') find(false) });
  $('findNext').onclick = () => find(true);
</script>`;

export const pdfViewer: WildApp = {
  id: "pdfjs",
  description: "PDF.js viewer components (PDFViewer, link service, find controller) with a toolbar like its full viewer's, on a 3-page PDF with an in-document link",
  packages: ["pdfjs-dist"],
  pages: { "/": html({ title: "PDF viewer", head: `<link rel="stylesheet" href="/pdfjs/web/pdf_viewer.css"><style>body{margin:0}</style>`, body }) },
  mounts: { "/pdfjs/": "node_modules/pdfjs-dist/" },
  files: { "/sample.pdf": { type: "application/pdf", body: samplePdf } },
  steps: async (d) => {
    await d.click("#next", "Next page");
    await d.click("#next", "Next page");
    await d.click("#prev", "Previous page");
    await d.click("#page", "the page number");
    await d.press("Control+a", "(select the number)");
    await d.type("1", "page 1");
    await d.press("Enter", "(go to the page)");
    await d.click(".linkAnnotation a", "the link to the summary page");
    // zooming in a few steps, quickly, to read the small print
    await d.clicks("#zoomIn", 4, 300, "Zoom in");
    await d.click("#zoomOut", "Zoom out");
    await d.choose("#scale", "page-fit", "the zoom presets");
    await d.click("#find", "the find field");
    await d.type("quarter", "a word to find");
    await d.press("Enter", "(find it)");
    await d.click("#findNext", "Find next");
    await d.wheel("#viewerContainer", 600, "the document (scroll)");
    await d.click("#rotate", "Rotate");
  },
  realFailures: [],
};
