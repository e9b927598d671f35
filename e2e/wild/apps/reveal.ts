// reveal.js's own demo deck (demo.html as the package ships it), with its plugins (zoom, notes,
// search, markdown, highlight). What the deck loads from the internet (images, a video, a GIF,
// framed pages, theme fonts) is pointed at local stand-ins, so the deck works offline.
import type { WildApp } from "../types";

/** Each internet address in the deck or its themes, and the local file that stands in for it. */
const OFFLINE: [RegExp, string][] = [
  [/https:\/\/static\.slid\.es\/reveal\/(image-placeholder|arrow)\.png/g, "/offline/placeholder.png"],
  [/https:\/\/static\.slid\.es\/reveal\/logo-v1\/reveal-white-text\.svg/g, "/offline/logo.svg"],
  [/https:\/\/static\.slid\.es\/logo\/v2\/slides-symbol-1024x1024\.png/g, "/offline/square.jpg"],
  [/https:\/\/static\.slid\.es\/site\/homepage\/v1\/homepage-video-editor\.png/g, "/offline/poster.jpg"],
  [/https:\/\/static\.slid\.es\/site\/homepage\/v1\/homepage-video-editor\.mp4/g, "/offline/clip.webm"],
  [/http:\/\/i\.giphy\.com\/90F8aUepslB84\.gif/g, "/offline/animation.gif"],
  [/data-background-iframe="https:\/\/hakim\.se"/g, 'data-background-iframe="/offline/elsewhere.html"'],
  [/data-src="https:\/\/www\.slideshare\.net\/slideshow\/embed_code\/42840540"/g, 'data-src="/offline/elsewhere.html"'],
  [/https:\/\/fonts\.googleapis\.com\/css\?family=[^"')]+/g, "/offline/fonts.css"],
];

export const revealDeck: WildApp = {
  id: "reveal.js",
  description: "reveal.js's demo deck (demo.html): slides, vertical slides, fragments, backgrounds, lightbox, themes, overview",
  packages: ["reveal.js"],
  pages: {},
  start: "/demo.html",
  mounts: { "/": "node_modules/reveal.js/" },
  rewrite: (_path, text) => OFFLINE.reduce((t, [from, to]) => t.replace(from, to), text),
  steps: async (d) => {
    // a talk: forward through the slides with the keyboard, into the vertical stack and back
    for (let i = 0; i < 3; i++) await d.press("ArrowRight", "(next slide)");
    await d.press("ArrowDown", "(down into the vertical slides)");
    await d.press("ArrowDown");
    await d.press("ArrowUp");
    await d.press("Space", "(next)");
    await d.click(".controls .navigate-right", "the next-slide arrow");
    // quickly on through a few slides with the arrow, as a presenter running late does
    await d.clicks(".controls .navigate-right", 4, 300, "the next-slide arrow");
    await d.press("Escape", "(slide overview)");
    await d.press("ArrowRight", "(move in the overview)");
    await d.press("Enter", "(open the slide)");
    await d.click(".progress", "the progress bar");
    await d.click(".controls .navigate-left", "the previous-slide arrow");
    await d.press("b", "(pause: black screen)");
    await d.press("b", "(resume)");
  },
  // (the deck's links to its docs are on other origins: the driver never follows those)
  realFailures: [],
};
