// What the Install page shows per environment: the snippet's inputs and the live check's facts.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { EnvName } from "@/lib/environments";
import pkg from "@/package.json";
import type { SiteArrival } from "./site-arrivals";

export interface InstallStatus {
  environment: EnvName;
  publicKey: string;
  allowedOrigins: string[];
  /** each site events were accepted from: its first and latest arrival, the most recent site first */
  sites: SiteArrival[];
  refusedEvents: number;
  lastRefusedOrigin: string | null;
}

/** Both environments of the workspace, staging first. */
export async function installStatus(workspaceId: string): Promise<InstallStatus[]> {
  const envs = await db().environment.findMany({
    where: { workspaceId },
    orderBy: { name: "desc" },
    include: { siteArrivals: { orderBy: { lastAt: "desc" } } },
  });
  if (!envs.length) throw new AppError("Workspace has no environments", 404);
  return envs.map((e) => ({
    environment: e.name as EnvName,
    publicKey: e.publicKey,
    allowedOrigins: e.allowedOrigins,
    sites: e.siteArrivals.map((a) => ({
      origin: a.origin,
      firstAt: a.firstAt.toISOString(),
      firstSdk: a.firstSdk,
      lastAt: a.lastAt.toISOString(),
      lastSdk: a.lastSdk,
    })),
    refusedEvents: e.refusedEvents,
    lastRefusedOrigin: e.lastRefusedOrigin,
  }));
}

/**
 * The install snippet for a page: the queue stub, an identify call as a commented example (#27:
 * pasted as it was, every visitor was "Jackie" and shared one user's caps), and the script tag.
 */
export function installSnippet(sdkOrigin: string, publicKey: string): string {
  return `<script>
  window.MeaCulpa=window.MeaCulpa||{q:[]};["identify","report","on","debug"].forEach(function(m){window.MeaCulpa[m]=window.MeaCulpa[m]||function(){window.MeaCulpa.q.push([m,[].slice.call(arguments)])}});
  // Who is signed in, so apologies say their name and caps count per person. Fill in from your own
  // user and uncomment; leave it out for visitors who are not signed in:
  // MeaCulpa.identify({ id: currentUser.id, name: currentUser.firstName });
</script>
<script src="${sdkOrigin}/sdk/v1.js" data-key="${publicKey}" crossorigin="anonymous" async></script>`;
}

/**
 * The npm way: the command that installs the package this server offers (packed by the build into
 * public/sdk/npm, served at /sdk/npm/…) and the code that starts it for the environment.
 */
export function installNpm(sdkOrigin: string, publicKey: string): { command: string; code: string } {
  return {
    command: `npm install ${sdkOrigin}/sdk/npm/mea-culpa-sdk-${pkg.version}.tgz`,
    code: `import { init, identify, report } from "@mea-culpa/sdk";

init({ key: "${publicKey}", endpoint: "${sdkOrigin}" });
// Who is signed in, so apologies say their name and caps count per person (leave it out for visitors):
// identify({ id: currentUser.id, name: currentUser.firstName });

// React: import { MeaCulpaProvider, useMeaCulpa } from "@mea-culpa/sdk/react";
// <MeaCulpaProvider publicKey="${publicKey}" endpoint="${sdkOrigin}" user={user}>…</MeaCulpaProvider>`,
  };
}
