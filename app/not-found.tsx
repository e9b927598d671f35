import Link from "next/link";

export default function NotFound() {
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="max-w-md rounded-xl bg-white p-8 shadow-sm ring-1 ring-slate-200">
        <h1 className="text-xl font-semibold">Not found</h1>
        <p className="mt-2 text-sm text-slate-600">There is nothing at this address, or it was deleted.</p>
        <Link href="/dashboard" className="mt-4 inline-block text-sm font-medium text-indigo-600">
          Back to the dashboard
        </Link>
      </div>
    </main>
  );
}
