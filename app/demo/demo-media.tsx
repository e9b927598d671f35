"use client";
// The demo store's video and banner, made locally (no outside media): a canvas animation streamed
// into a <video>, so its resolution can really fall (as an adaptive stream switching rungs does),
// a real stall (the same picture recorded, then played through Media Source Extensions with the
// rest of its data held back, as a slow connection does), and a thumbnail stretched over a banner.
import { useEffect, useRef, useState } from "react";

const SHARP = [640, 360] as const;
const BLURRY = [80, 45] as const;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Records `ms` of the canvas as WebM chunks of 250 ms (MediaRecorder), for Media Source playback. */
async function record(canvas: HTMLCanvasElement, ms: number): Promise<Blob[]> {
  const rec = new MediaRecorder(canvas.captureStream(30), { mimeType: "video/webm;codecs=vp8" });
  const chunks: Blob[] = [];
  rec.ondataavailable = (e) => e.data.size && chunks.push(e.data);
  const stopped = new Promise((r) => (rec.onstop = r));
  rec.start(250);
  await sleep(ms);
  rec.stop();
  await stopped;
  return chunks;
}

export function DemoMedia({ onStatus }: { onStatus: (s: string) => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [busy, setBusy] = useState(false);
  const [banner, setBanner] = useState(false);

  const live = () => {
    const v = video.current!;
    v.removeAttribute("src");
    v.srcObject = canvas.current!.captureStream(30);
    void v.play().catch(() => {});
  };
  useEffect(() => {
    const c = canvas.current!;
    const g = c.getContext("2d")!;
    let n = 0;
    const draw = setInterval(() => {
      n++;
      g.fillStyle = "#1e293b";
      g.fillRect(0, 0, c.width, c.height);
      g.fillStyle = "#f59e0b";
      g.fillRect(((n * 8) % (c.width + 80)) - 80, c.height / 3, c.width / 8, c.height / 3);
      g.fillStyle = "#fff";
      g.font = `${Math.round(c.height / 8)}px sans-serif`;
      g.fillText("Tiny Shop TV", c.width / 20, c.height / 5);
    }, 33);
    live();
    return () => clearInterval(draw);
  }, []);

  function setResolution([w, h]: readonly [number, number]) {
    canvas.current!.width = w;
    canvas.current!.height = h;
    onStatus(w < SHARP[0] ? "The video dropped to 45p." : "The video is sharp again.");
  }

  async function slowConnection() {
    setBusy(true);
    onStatus("Buffering the video on a slow connection…");
    try {
      const chunks = await record(canvas.current!, 2000);
      const ms = new MediaSource();
      const v = video.current!;
      v.srcObject = null;
      v.src = URL.createObjectURL(ms);
      await new Promise((r) => ms.addEventListener("sourceopen", r, { once: true }));
      const sb = ms.addSourceBuffer("video/webm;codecs=vp8");
      const append = async (b: Blob) => {
        sb.appendBuffer(await b.arrayBuffer());
        await new Promise((r) => sb.addEventListener("updateend", r, { once: true }));
      };
      // about the first second plays, then the data stops coming for 5 s: the player stalls. At
      // least one chunk is always held back (a busy machine's recorder may deliver few, big ones).
      const head = Math.max(1, Math.min(4, chunks.length - 1));
      for (const b of chunks.slice(0, head)) await append(b);
      void v.play().catch(() => {});
      await sleep(6000);
      for (const b of chunks.slice(head)) await append(b);
      ms.endOfStream();
      await new Promise((r) => v.addEventListener("ended", r, { once: true }));
      onStatus("The video caught up.");
    } finally {
      live();
      setBusy(false);
    }
  }

  return (
    <section className="mt-8" aria-label="Tiny Shop TV">
      <canvas ref={canvas} width={SHARP[0]} height={SHARP[1]} hidden />
      <video ref={video} data-demo="video" muted playsInline className="h-[180px] w-[320px] rounded-lg bg-slate-900" aria-label="Tiny Shop TV video" />
      <div className="mt-2 flex flex-wrap gap-3">
        <button onClick={() => setResolution(BLURRY)} className="rounded-md border border-slate-300 px-4 py-2 text-sm">
          Lower video quality (360p → 45p)
        </button>
        <button onClick={() => setResolution(SHARP)} className="rounded-md border border-slate-300 px-4 py-2 text-sm">
          Restore video quality
        </button>
        <button onClick={slowConnection} disabled={busy} className="rounded-md border border-slate-300 px-4 py-2 text-sm disabled:opacity-60">
          Play on a slow connection (stalls 5 s)
        </button>
        <button onClick={() => setBanner(true)} className="rounded-md border border-slate-300 px-4 py-2 text-sm">
          Show sale banner (blurry: a 32 px thumbnail)
        </button>
      </div>
      {banner && (
        // eslint-disable-next-line @next/next/no-img-element -- a real <img> far smaller than its box is the point
        <img src="/demo-media/banner-thumb.png" alt="Winter sale banner" data-demo="banner" className="mt-4 h-[150px] w-[480px] rounded-lg" />
      )}
    </section>
  );
}
