import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { demoEnvironmentName, findDemoEnvironment } from "@/lib/demo/seed";
import { DemoSdk } from "../demo-sdk";
import { SlowOrders } from "./slow-orders";

export const metadata: Metadata = { title: "Your orders (demo)" };
export const dynamic = "force-dynamic";

/** A page of the demo store that takes forever: its content appears only after 6 s. */
export default async function DemoOrdersPage({ searchParams }: { searchParams: Promise<{ env?: string | string[] }> }) {
  const name = demoEnvironmentName((await searchParams).env);
  const env = await findDemoEnvironment(name);
  if (!env) notFound();
  return (
    <>
      <DemoSdk publicKey={env.publicKey} />
      <SlowOrders />
    </>
  );
}
