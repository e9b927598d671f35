import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { demoEnvironmentName, findDemoEnvironment } from "@/lib/demo/seed";
import { DemoSdk } from "./demo-sdk";
import { DemoStore } from "./demo-store";

export const metadata: Metadata = { title: "Tiny Shop (demo)" };
export const dynamic = "force-dynamic";

export default async function DemoPage({ searchParams }: { searchParams: Promise<{ env?: string | string[] }> }) {
  const name = demoEnvironmentName((await searchParams).env);
  const env = await findDemoEnvironment(name);
  if (!env) notFound();
  return (
    <>
      <DemoSdk publicKey={env.publicKey} />
      <DemoStore env={name} />
    </>
  );
}
