import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { findDemoEnvironment } from "@/lib/demo/seed";
import { DemoStore } from "./demo-store";

export const metadata: Metadata = { title: "Tiny Shop (demo)" };
export const dynamic = "force-dynamic";

// Queues calls made before the SDK loads, exactly as the install snippet in the docs does.
const SNIPPET = `window.MeaCulpa=window.MeaCulpa||{q:[]};["identify","report","on","debug"].forEach(function(m){window.MeaCulpa[m]=window.MeaCulpa[m]||function(){window.MeaCulpa.q.push([m,[].slice.call(arguments)])}});
MeaCulpa.identify({id:"user_jackie",name:"Jackie",plan:"pro"});`;

export default async function DemoPage() {
  const env = await findDemoEnvironment();
  if (!env) notFound();
  // the page's Content-Security-Policy (proxy.ts) only runs scripts carrying this request's nonce
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <>
      <script nonce={nonce} dangerouslySetInnerHTML={{ __html: SNIPPET }} />
      <script nonce={nonce} src="/sdk/v1.js" data-key={env.publicKey} async />
      <DemoStore />
    </>
  );
}
