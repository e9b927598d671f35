// Precision and recall of sensing over the corpus (e2e/sensing-corpus.ts), measured by running its
// Playwright spec against a real server: a failure scenario that passes is a true positive (it
// apologized with its trigger type), one that fails a false negative; a "not a failure" scenario
// that fails is a false positive. Goal: 100 % and 100 %. Needs `npm run build` first.
import { spawnSync } from "node:child_process";
import { SCENARIOS } from "../../e2e/sensing-corpus";

interface JsonSpec {
  title: string;
  tests: { results: { status: string }[] }[];
}
interface JsonSuite {
  specs?: JsonSpec[];
  suites?: JsonSuite[];
}

function specs(s: JsonSuite): JsonSpec[] {
  return [...(s.specs ?? []), ...(s.suites ?? []).flatMap(specs)];
}

export async function benchCorpus(): Promise<string[]> {
  const run = spawnSync("npx", ["playwright", "test", "e2e/sensing-corpus.spec.ts", "--reporter=json", "-g", "corpus: (failure|not a failure): "], {
    encoding: "utf8",
    env: { ...process.env, CI: "true" },
    maxBuffer: 64 * 1024 * 1024,
  });
  const report = JSON.parse(run.stdout) as { suites: JsonSuite[] };
  const passed = new Map(report.suites.flatMap(specs).map((s) => [s.title, s.tests.every((t) => t.results.every((r) => r.status === "passed"))]));
  let tp = 0;
  let fn = 0;
  let fp = 0;
  let tn = 0;
  for (const s of SCENARIOS) {
    const ok = passed.get(`corpus: ${s.label}: ${s.name}`);
    if (ok === undefined) continue;
    if (s.label === "failure") {
      if (ok) tp++;
      else fn++;
    } else if (ok) tn++;
    else fp++;
  }
  const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) + " %" : "n/a");
  return [
    `sensing corpus: ${tp + fn} failures, ${tn + fp} look-alikes that are not failures (${SCENARIOS.length} scenarios)`,
    `sensing precision: ${pct(tp, tp + fp)} (${fp} false apologies) | recall: ${pct(tp, tp + fn)} (${fn} missed) | goal 100 % / 100 %`,
  ];
}
