// Swiper carousels as its demos show them (swiper-bundle): one with navigation arrows, clickable
// pagination bullets, a draggable scrollbar, keyboard and mouse-wheel control; and a thumbnail
// gallery that drives a main slider.
import type { WildApp } from "../types";
import { html } from "./html";

const slide = (i: number) => `<div class="swiper-slide"><img src="/offline/poster.jpg" alt="Slide ${i}" style="width:100%;display:block;filter:hue-rotate(${i * 45}deg)"><p>Slide ${i}</p></div>`;
const slides = (n: number) => Array.from({ length: n }, (_, i) => slide(i + 1)).join("");

const body = `
<main style="max-width:760px;margin:16px auto;font:14px system-ui">
  <h1 style="font-size:20px">Holiday photos</h1>
  <div class="swiper main">
    <div class="swiper-wrapper">${slides(6)}</div>
    <div class="swiper-pagination"></div>
    <div class="swiper-button-prev"></div>
    <div class="swiper-button-next"></div>
    <div class="swiper-scrollbar"></div>
  </div>
  <h2 style="font-size:16px">Gallery</h2>
  <div class="swiper gallery">
    <div class="swiper-wrapper">${slides(5)}</div>
  </div>
  <div class="swiper thumbs" style="margin-top:8px">
    <div class="swiper-wrapper">${slides(5)}</div>
  </div>
</main>
<script src="/swiper/swiper-bundle.min.js"></script>
<script>
  new Swiper('.main', {
    loop: true,
    pagination: { el: '.swiper-pagination', clickable: true },
    navigation: { nextEl: '.swiper-button-next', prevEl: '.swiper-button-prev' },
    scrollbar: { el: '.swiper-scrollbar', draggable: true },
    keyboard: { enabled: true },
    mousewheel: true
  });
  var thumbs = new Swiper('.thumbs', { spaceBetween: 8, slidesPerView: 4, freeMode: true, watchSlidesProgress: true });
  new Swiper('.gallery', { spaceBetween: 8, thumbs: { swiper: thumbs } });
</script>`;

export const swiperCarousel: WildApp = {
  id: "swiper",
  description: "Swiper carousels: arrows, clickable bullets, draggable scrollbar, keyboard and wheel control, a thumbnail gallery",
  packages: ["swiper"],
  pages: { "/": html({ title: "Swiper", head: `<link rel="stylesheet" href="/swiper/swiper-bundle.min.css"><style>.thumbs .swiper-slide{opacity:.5;cursor:pointer}.thumbs .swiper-slide-thumb-active{opacity:1}</style>`, body }) },
  mounts: { "/swiper/": "node_modules/swiper/" },
  steps: async (d) => {
    await d.drag(".main", -300, 0, "the carousel (swipe to the next photo)");
    await d.drag(".main", 300, 0, "the carousel (swipe back)");
    // flicking through with the arrow, quickly
    await d.clicks(".main .swiper-button-next", 4, 300, "the Next arrow");
    await d.click(".main .swiper-button-prev", "the Previous arrow");
    // after the steps above the fourth photo is the one shown: its bullet is clicked all the same
    await d.click(".main .swiper-pagination-bullet >> nth=3", "the fourth bullet (its photo is the one shown)");
    await d.press("ArrowRight", "(next photo)");
    await d.press("ArrowLeft", "(previous photo)");
    await d.wheel(".main", 200, "the carousel");
    await d.drag(".main .swiper-scrollbar-drag", 200, 0, "the scrollbar");
    await d.click(".thumbs .swiper-slide >> nth=2", "the third thumbnail");
    await d.click(".thumbs .swiper-slide >> nth=2", "the third thumbnail again (already shown)");
  },
  realFailures: [],
};
