// One app's own origin: an http server on 127.0.0.1 (random port) serving its pages with the
// install snippet in <head>, the package files it is made of straight from node_modules, and the
// local stand-ins (e2e/wild/assets) for what its demo would load from the internet. Byte ranges
// are answered, as a real static host does, so a video can seek.
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import type { WildApp } from "./types";

const ROOT = process.cwd();

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".gif": "image/gif",
  ".webm": "video/webm",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".wasm": "application/wasm",
  ".pdf": "application/pdf",
  ".vtt": "text/vtt",
};
const TEXT = new Set([".html", ".js", ".mjs", ".css", ".json", ".svg"]);

/** A page that leaves the app without the SDK on it: navigating here makes the SDK send what it queued. */
export const LEAVE_PATH = "/__leave";

export interface AppServer {
  origin: string;
  /** paths asked for that do not exist (a missing file is a real failure of the app) */
  notFound: string[];
  close(): Promise<void>;
}

/** The snippet at the top of <head>, where the install docs put it. */
function withSnippet(html: string, snippet: string): string {
  const head = /<head[^>]*>/i.exec(html);
  return head ? html.slice(0, head.index + head[0].length) + snippet + html.slice(head.index + head[0].length) : snippet + html;
}

/** The file a request maps to: a mount of node_modules or an asset; never outside its folder. */
function resolveFile(app: WildApp, pathname: string): string | undefined {
  const mounts: [string, string][] = [...Object.entries(app.mounts), ["/offline/", "e2e/wild/assets/"]];
  const hit = mounts.filter(([prefix]) => pathname.startsWith(prefix)).sort((a, b) => b[0].length - a[0].length)[0];
  if (!hit) return undefined;
  const folder = path.join(ROOT, hit[1]);
  const file = path.normalize(path.join(folder, decodeURIComponent(pathname.slice(hit[0].length))));
  if (!file.startsWith(folder)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

export async function serveApp(app: WildApp, snippet: string): Promise<AppServer> {
  const notFound: string[] = [];
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? "/", "http://x");
    if (pathname === LEAVE_PATH) return void res.writeHead(200, { "Content-Type": "text/plain" }).end("left the app");
    if (pathname === "/favicon.ico") return void res.writeHead(204).end(); // browsers ask; no app ships one here
    const page = app.pages[pathname];
    if (page !== undefined) return void res.writeHead(200, { "Content-Type": TYPES[".html"], "Cache-Control": "no-cache" }).end(withSnippet(page, snippet));
    const made = app.files?.[pathname];
    if (made) return void res.writeHead(made.status ?? 200, { "Content-Type": made.type }).end(made.body());
    const file = resolveFile(app, pathname);
    if (!file) {
      notFound.push(pathname);
      return void res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
    }
    const ext = path.extname(file);
    const type = TYPES[ext] ?? "application/octet-stream";
    if (TEXT.has(ext)) {
      let text = readFileSync(file, "utf8");
      if (app.rewrite) text = app.rewrite(pathname, text);
      // the stand-ins for other sites (a frame's page) are not the customer's: no SDK on them
      if (ext === ".html" && !pathname.startsWith("/offline/")) text = withSnippet(text, snippet);
      return void res.writeHead(200, { "Content-Type": type, "Cache-Control": "no-cache" }).end(text);
    }
    const size = statSync(file).size;
    const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? "");
    if (range && (range[1] || range[2])) {
      const start = range[1] ? Number(range[1]) : size - Number(range[2]);
      const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
      if (start >= size || start > end) return void res.writeHead(416, { "Content-Range": `bytes */${size}` }).end();
      res.writeHead(206, { "Content-Type": type, "Accept-Ranges": "bytes", "Content-Range": `bytes ${start}-${end}/${size}`, "Content-Length": end - start + 1 });
      return void createReadStream(file, { start, end }).pipe(res);
    }
    res.writeHead(200, { "Content-Type": type, "Accept-Ranges": "bytes", "Content-Length": size });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    origin: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    notFound,
    close: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}
