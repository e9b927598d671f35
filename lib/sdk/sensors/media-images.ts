// Images that loaded but are unusable: far smaller than the space they fill on screen.
import type { Safe } from "./context";

/** Images no one can judge by size: inline (placeholders, icons) and vector (any size is sharp). */
const UNJUDGED = /^data:|\.svg([?#]|$)/i;
/** Small by design: pixel art and QR codes drawn with hard edges on purpose */
const CRISP = /pixel|crisp/;

/**
 * Reports `image` with natural ÷ displayed size in % (the smaller of width and height, displayed
 * size in device pixels) for an image that has shown the same source for 1 s in the viewport:
 * a lazy loader swaps its placeholder before then. Boxes under 24 CSS px (tracking pixels, icons)
 * never count, nor images small by design (srcset and <picture> candidates the browser chose,
 * image-rendering: pixelated or crisp-edges). Sizes come from an IntersectionObserver, so no layout
 * is forced (a style read only for an image already found too small).
 */
export function watchImages(report: (el: Element, cause: "image", pct: number) => void, safe: Safe) {
  const timers = new WeakMap<Element, ReturnType<typeof setTimeout>>();
  const io = new IntersectionObserver(
    safe((entries: IntersectionObserverEntry[]) => {
      for (const e of entries) {
        const img = e.target as HTMLImageElement;
        const { width, height } = e.boundingClientRect;
        const src = img.currentSrc;
        clearTimeout(timers.get(img));
        if (e.isIntersecting && width >= 24 && height >= 24)
          timers.set(
            img,
            setTimeout(
              safe(() => {
                if (img.currentSrc !== src || !img.naturalWidth) return;
                io.unobserve(img);
                const pct = (100 * Math.min(img.naturalWidth / width, img.naturalHeight / height)) / devicePixelRatio;
                // a candidate the browser chose from srcset or <picture> (data saver, sizes) is small on purpose
                if (pct < 100 && !img.srcset && img.parentElement?.tagName != "PICTURE" && !CRISP.test(getComputedStyle(img).imageRendering)) report(img, "image", pct);
              }),
              1000,
            ),
          );
      }
    }),
  );
  const judge = (img: EventTarget | null) => {
    if (img instanceof HTMLImageElement && img.naturalWidth && !UNJUDGED.test(img.currentSrc)) {
      io.unobserve(img); // a new source: judge it afresh
      io.observe(img);
    }
  };
  // on the document: a "load" event never reaches window (DOM standard, "get the parent"), so
  // images that loaded after this file arrived went unjudged
  document.addEventListener("load", safe((e: Event) => judge(e.target)), true);
  for (const img of Array.from(document.images)) if (img.complete) judge(img);
}
