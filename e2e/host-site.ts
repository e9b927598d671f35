// A customer's site on another origin (its own port) that embeds the SDK exactly as the install
// docs say, with its own endpoints that fail in every way the SDK senses.
import { createServer, type Server } from "node:http";

export function hostPage(opts: { sdkOrigin: string; publicKey: string; user: Record<string, unknown> | null }): string {
  const identify = opts.user ? `MeaCulpa.identify(${JSON.stringify(opts.user).replace(/</g, "\\u003c")});` : "";
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host shop</title>
<style>button{margin:4px}</style>
<script>window.MeaCulpa=window.MeaCulpa||{q:[]};["identify","report","on","debug"].forEach(function(m){window.MeaCulpa[m]=window.MeaCulpa[m]||function(){window.MeaCulpa.q.push([m,[].slice.call(arguments)])}});${identify}
MeaCulpa.on("apology", function (a) { window.apologies = (window.apologies || []).concat([a]); });</script>
<script src="${opts.sdkOrigin}/sdk/v1.js" data-key="${opts.publicKey}" async></script>
</head><body>
<h1>Host shop</h1>
<p id="out"></p>
<button id="search" onclick="fetch('/api/search?q=x').then(function(r){document.getElementById('out').textContent='search '+r.status})">Search</button>
<button id="checkout" onclick="fetch('/api/checkout',{method:'POST'}).then(function(r){document.getElementById('out').textContent='checkout '+r.status})">Checkout</button>
<button id="legacy" onclick="var x=new XMLHttpRequest();x.open('GET','/api/legacy');x.onload=function(){document.getElementById('out').textContent='legacy '+x.status};x.send()">Legacy</button>
<button id="photo" onclick="var i=document.createElement('img');i.src='/images/missing.png';i.alt='photo';document.body.appendChild(i)">Photo</button>
<button id="crash" onclick="setTimeout(function(){throw new Error('host widget crashed')})">Crash</button>
<button id="stall" onclick="var v=document.getElementById('video');v.dispatchEvent(new Event('waiting'));v.dispatchEvent(new Event('playing'));v.dispatchEvent(new Event('waiting'))">Stall</button>
<button id="rage">Broken button</button>
<button id="report" onclick="MeaCulpa.report('payment_failed',{amount:250})">Pay</button>
<video id="video" muted></video>
</body></html>`;
}

export async function startHostSite(port: number, page: () => string): Promise<Server> {
  const server = createServer((req, res) => {
    const url = req.url ?? "/";
    if (url === "/" || url.startsWith("/?")) return void res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(page());
    if (url.startsWith("/api/search")) return void res.writeHead(500, { "Content-Type": "application/json" }).end('{"error":"down"}');
    if (url.startsWith("/api/legacy")) return void res.writeHead(503).end("unavailable");
    if (url.startsWith("/api/checkout")) return void setTimeout(() => res.writeHead(200).end("ok"), 2500);
    res.writeHead(404).end("not found");
  });
  await new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
  return server;
}
