// Plyr's HTML5 video player as its demo sets it up (large play button, progress, time, mute,
// volume, captions, settings menu for speed and captions, picture-in-picture, fullscreen), on a
// short local clip with a caption track. Its icon sprite and blank video are served locally: by
// default Plyr fetches them from its CDN, which this offline machine cannot reach.
import type { WildApp } from "../types";
import { html } from "./html";

const body = `
<main style="max-width:960px;margin:16px auto;font:14px system-ui">
  <h1 style="font-size:20px">Test pattern</h1>
  <video id="player" playsinline controls poster="/offline/poster.jpg">
    <source src="/offline/clip.webm" type="video/webm">
    <track kind="captions" label="English" srclang="en" src="/offline/captions.vtt" default>
  </video>
</main>
<script src="/plyr/plyr.min.js"></script>
<script>
  window.player = new Plyr('#player', {
    iconUrl: '/plyr/plyr.svg',
    blankVideo: '/offline/clip.webm',
    controls: ['play-large', 'play', 'progress', 'current-time', 'mute', 'volume', 'captions', 'settings', 'pip', 'fullscreen'],
    settings: ['captions', 'speed'],
    keyboard: { focused: true, global: true },
    captions: { active: true, language: 'en' }
  });
</script>`;

export const plyrPlayer: WildApp = {
  id: "plyr",
  description: "Plyr's video player on a local 8 s clip with captions: play, pause, seek, volume, mute, speed and captions menus, fullscreen",
  packages: ["plyr"],
  pages: { "/": html({ title: "Plyr", head: `<link rel="stylesheet" href="/plyr/plyr.css">`, body }) },
  mounts: { "/plyr/": "node_modules/plyr/dist/" },
  steps: async (d) => {
    await d.click(".plyr__control--overlaid", "the large play button");
    await d.watch(3_000);
    // the controls hide while the video plays: the pointer over the player brings them back
    await d.hover(".plyr", "the player (show the controls)", { x: 300, y: 200 });
    await d.click(".plyr__controls [data-plyr='play']", "Pause");
    // seeking: a click halfway along the progress bar, then play from there
    await d.click(".plyr__progress input[type=range]", "the progress bar (seek to the middle)");
    await d.click(".plyr__controls [data-plyr='play']", "Play");
    await d.watch(2_000);
    await d.hover(".plyr", "the player (show the controls)", { x: 320, y: 220 });
    await d.press("ArrowLeft", "(back 10 s)");
    await d.press("ArrowRight", "(forward 10 s)");
    await d.click("[data-plyr='mute']", "Mute");
    await d.click("[data-plyr='mute']", "Unmute");
    await d.drag(".plyr__volume input[type=range]", -30, 0, "the volume slider", { x: 0.9, y: 0.5 });
    await d.click("[data-plyr='settings']", "Settings");
    await d.click(".plyr__menu__container [data-plyr='settings'] >> text=Speed", "Speed");
    await d.click(".plyr__menu__container [data-plyr='speed'][value='1.5']", "1.5×");
    await d.click("[data-plyr='captions']", "Captions off");
    await d.press("k", "(pause)");
    await d.click("[data-plyr='fullscreen']", "Fullscreen");
    await d.press("Escape", "(leave fullscreen)");
  },
  realFailures: [],
};
