import Link from "next/link";

export default async function Forbidden({ searchParams }: { searchParams: Promise<{ need?: string }> }) {
  const { need } = await searchParams;
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="max-w-md rounded-xl bg-white p-8 shadow-sm ring-1 ring-slate-200">
        <h1 className="text-xl font-semibold">You don&apos;t have access to this</h1>
        <p className="mt-2 text-sm text-slate-600">
          Your role does not allow {need ? <code className="rounded bg-slate-100 px-1">{need}</code> : "this page"}. Ask
          a workspace admin for a different role.
        </p>
        <Link href="/dashboard" className="mt-4 inline-block text-sm font-medium text-indigo-600">
          Back to the dashboard
        </Link>
      </div>
    </main>
  );
}
