import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { requirePage } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { installNpm, installSnippet, installStatus } from "@/lib/settings/install";
import { PageHeader } from "@/components/ui/page-header";
import { CopyableCode } from "@/components/ui/copy-button";
import { LiveCheck } from "./live-check";

export const metadata: Metadata = { title: "Install" };

/** Where browsers load the SDK from: PUBLIC_URL when set, else the address this page was asked at. */
async function sdkOrigin(): Promise<string> {
  const configured = env().PUBLIC_URL;
  if (configured) return new URL(configured).origin;
  const h = await headers();
  return `${h.get("x-forwarded-proto") === "https" ? "https" : "http"}://${h.get("host")}`;
}

export default async function InstallPage() {
  const member = await requirePage("campaigns:view");
  const [status, origin] = await Promise.all([installStatus(member.workspaceId), sdkOrigin()]);
  return (
    <div className="space-y-6">
      <PageHeader title="Install">
        Put the snippet in every page&apos;s <code>&lt;head&gt;</code>. The check below turns green as soon as your site sends its first event.
      </PageHeader>
      {status.map((s) => {
        const snippet = installSnippet(origin, s.publicKey);
        const npm = installNpm(origin, s.publicKey);
        return (
          <section key={s.environment} aria-label={`Install ${s.environment}`} className="space-y-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <h2 className="text-lg font-semibold capitalize">{s.environment}</h2>
            <CopyableCode code={snippet} label={`Copy the ${s.environment} snippet`} testId={`snippet-${s.environment}`} />
            <details className="text-sm">
              <summary className="cursor-pointer font-medium text-slate-700">Or install the npm package (ESM, CommonJS, TypeScript, React)</summary>
              <div className="mt-2 space-y-2">
                <CopyableCode code={npm.command} label={`Copy the ${s.environment} npm command`} testId={`npm-command-${s.environment}`} />
                <CopyableCode code={npm.code} label={`Copy the ${s.environment} npm code`} testId={`npm-code-${s.environment}`} />
                <p className="text-slate-600">
                  The same SDK as the script tag, at this server&apos;s version. Use one or the other; on a page with both, only one runs. With the package,{" "}
                  <code>identify</code> and <code>report</code> below are the functions you import; the React provider takes the key as <code>publicKey</code> (React keeps{" "}
                  <code>key</code> for itself).
                </p>
              </div>
            </details>
            <p className="text-sm text-slate-600">
              Tell Mea Culpa who the visitor is with <code>MeaCulpa.identify(&#123; id, name, plan &#125;)</code> (from npm: <code>identify(…)</code>), report failures no code throws with{" "}
              <code>MeaCulpa.report(&quot;payment_failed&quot;, &#123; amount: 64 &#125;)</code>, and see the{" "}
              <Link href="/docs/api" className="text-indigo-700 underline underline-offset-2 hover:decoration-2">
                API reference
              </Link>{" "}
              and the{" "}
              <Link href="/docs/rules" className="text-indigo-700 underline underline-offset-2 hover:decoration-2">
                rules format
              </Link>{" "}
              for clients of your own.
            </p>
            <LiveCheck environment={s.environment} initial={s} />
            <p className="text-sm text-slate-600">
              {s.allowedOrigins.length ? (
                <>Only {s.allowedOrigins.join(", ")} may send {s.environment} events. </>
              ) : (
                <>Any site may send {s.environment} events with this key. </>
              )}
              <Link href="/settings" className="text-indigo-700 underline underline-offset-2 hover:decoration-2">
                Allowed origins are in Settings
              </Link>
              .
            </p>
          </section>
        );
      })}
    </div>
  );
}
