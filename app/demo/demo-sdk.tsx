import { headers } from "next/headers";
import { DEMO_USER_KEY } from "./demo-visitor";

// Queues calls made before the SDK loads, exactly as the install snippet in the docs does; the
// visitor is the demo user as last edited in this tab (demo-user.tsx).
const SNIPPET = `window.MeaCulpa=window.MeaCulpa||{q:[]};["identify","report","on","debug"].forEach(function(m){window.MeaCulpa[m]=window.MeaCulpa[m]||function(){window.MeaCulpa.q.push([m,[].slice.call(arguments)])}});
var u={id:"user_jackie",name:"Jackie",plan:"pro",locale:"en"};try{Object.assign(u,JSON.parse(sessionStorage.getItem("${DEMO_USER_KEY}")||"{}"))}catch(e){}if(!u.name)delete u.name;MeaCulpa.identify(u);`;

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
