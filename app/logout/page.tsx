import type { Metadata } from "next";
import { SignOutButton } from "./sign-out-button";

export const metadata: Metadata = { title: "Sign out" };
// rendered per request: the page's scripts carry that request's CSP nonce (a prerendered page's
// scripts were blocked, so the Sign out button never worked)
export const dynamic = "force-dynamic";

export default function LogoutPage() {
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-sm rounded-xl bg-white p-8 text-center shadow-sm ring-1 ring-slate-200">
        <h1 className="text-xl font-semibold">Sign out of Mea Culpa?</h1>
        <div className="mt-6">
          <SignOutButton />
        </div>
      </div>
    </main>
  );
}
