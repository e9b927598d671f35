// False apologies per 1,000 interactions on real apps (the wild suite, e2e/wild.spec.ts): runs the
// spec against a real server, as the corpus bench does, and reads each app's result from the JSON
// report (each test attaches it). Goal: 0 false apologies. Needs `npm run build` first. Not part of
// "all": about nine minutes of driving browsers; run it with `npm run bench -- wild`.
import { spawnSync } from "node:child_process";
import { formatApology, perThousand } from "../../e2e/wild/report";
import type { AppResult } from "../../e2e/wild/types";

interface JsonResult {
  status: string;
  attachments?: { name: string; body?: string }[];
}
interface JsonSpec {
  title: string;
  tests: { results: JsonResult[] }[];
}
interface JsonSuite {
  specs?: JsonSpec[];
  suites?: JsonSuite[];
}

const specs = (s: JsonSuite): JsonSpec[] => [...(s.specs ?? []), ...(s.suites ?? []).flatMap(specs)];

/** Each app's result as its test attached it (the canary, a failure on purpose, is not an app). */
function results(report: { suites: JsonSuite[] }): AppResult[] {
  return report.suites
    .flatMap(specs)
    .filter((s) => !s.title.startsWith("wild: canary"))
    .flatMap((s) => s.tests.flatMap((t) => t.results.flatMap((r) => r.attachments ?? [])))
    .filter((a) => a.name === "wild-result" && a.body)
    .map((a) => JSON.parse(Buffer.from(a.body!, "base64").toString("utf8")) as AppResult);
}

export async function benchWild(): Promise<string[]> {
  const run = spawnSync("npx", ["playwright", "test", "e2e/wild.spec.ts", "--reporter=json"], {
    encoding: "utf8",
    env: { ...process.env, CI: "true" },
    maxBuffer: 256 * 1024 * 1024,
  });
  try {
    return summarizeWild(JSON.parse(run.stdout) as { suites: JsonSuite[] });
  } catch {
    return [`wild: the spec did not report (exit ${run.status}): ${run.stderr.slice(-500)}`];
  }
}

/** The bench's lines from the spec's JSON report: per app, then in total. */
export function summarizeWild(report: { suites: JsonSuite[] }): string[] {
  const apps = results(report);
  const rate = (n: number, of: number) => perThousand(n, of).toFixed(1);
  const lines = apps.map(
    (r) =>
      `wild ${r.app.padEnd(10)} ${String(r.interactions).padStart(4)} interactions | real ${r.real.length} (${rate(r.real.length, r.interactions)}/1k) | false ${r.false.length} (${rate(r.false.length, r.interactions)}/1k) | ${r.packages.join(", ")}`,
  );
  const interactions = apps.reduce((n, r) => n + r.interactions, 0);
  const real = apps.reduce((n, r) => n + r.real.length, 0);
  const falseOnes = apps.flatMap((r) => r.false.map((a) => `  ${r.app}: ${formatApology(a)}`));
  return [
    ...lines,
    `wild total: ${apps.length} apps, ${interactions} interactions | real apologies ${real} (${rate(real, interactions)} per 1,000) | false apologies ${falseOnes.length} (${rate(falseOnes.length, interactions)} per 1,000) | goal 0`,
    ...(falseOnes.length ? ["wild false apologies:", ...falseOnes] : []),
  ];
}
