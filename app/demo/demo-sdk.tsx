import { headers } from "next/headers";

// Queues calls made before the SDK loads, exactly as the install snippet in the docs does.
const SNIPPET = `window.MeaCulpa=window.MeaCulpa||{q:[]};["identify","report","on","debug"].forEach(function(m){window.MeaCulpa[m]=window.MeaCulpa[m]||function(){window.MeaCulpa.q.push([m,[].slice.call(arguments)])}});
MeaCulpa.identify({id:"user_jackie",name:"Jackie",plan:"pro"});`;

/** The install snippet and script tag of the demo store's pages, with this request's CSP nonce. */
export async function DemoSdk({ publicKey }: { publicKey: string }) {
  // the page's Content-Security-Policy (proxy.ts) only runs scripts carrying this request's nonce
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <>
      <script nonce={nonce} dangerouslySetInnerHTML={{ __html: SNIPPET }} />
      <script nonce={nonce} src="/sdk/v1.js" data-key={publicKey} async />
    </>
  );
}
