import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { findDemoEnvironment } from "@/lib/demo/seed";
import { DemoSdk } from "./demo-sdk";
import { DemoStore } from "./demo-store";

export const metadata: Metadata = { title: "Tiny Shop (demo)" };
export const dynamic = "force-dynamic";

export default async function DemoPage() {
  const env = await findDemoEnvironment();
  if (!env) notFound();
  return (
    <>
      <DemoSdk publicKey={env.publicKey} />
      <DemoStore />
    </>
  );
}
