// The second half of the save-time proof (pattern-safety.ts): recheck's analysis can call a
// pattern linear that V8's backtracking engine still runs in quadratic time on long URLs (found by
// the property test: `((a*?|(\w*?[^/]*)?a)a*)?` took 255 ms on 8,192 digits, while recheck said
// "linear"). So a pattern recheck passes is also timed with the browser's own kind of engine (V8)
// on pumped URLs of the longest length the SDK matches, in a worker thread that is terminated if it
// runs past its budget: a catastrophic pattern cannot hold this process either.
import { Worker } from "node:worker_threads";
import pLimit from "p-limit";
import { MAX_URL_CHARS } from "@/lib/rules/url-match";
import { pumpedSubjects } from "./redos-corpus";

/** A match of one pumped URL slower than this (ms) refuses the pattern; a linear one takes well under 1 ms. */
export const SLOW_MATCH_MS = 25;
/** The whole timing's budget (ms, worker start included) before the pattern is refused as too slow. */
const BUDGET_MS = 3000;

const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const { source, flags, subjects } = workerData;
const re = new RegExp(source, flags);
let worst = 0, on = "";
// each subject's best of two runs: a pause of the machine's (GC, another process) is not the pattern's
const time = (s) => { const t = performance.now(); re.test(s); return performance.now() - t; };
for (const s of subjects) {
  const first = time(s);
  const ms = first > ${SLOW_MATCH_MS} ? Math.min(first, time(s)) : first;
  if (ms > worst) { worst = ms; on = s; }
}
parentPort.postMessage({ worst, on: on.slice(0, 24) });
`;

// one timing at a time: a burst of saves queues here instead of starting a thread each, and each
// budget starts when its own timing does
const one = pLimit(1);

/** The slowest pumped URL's match time and the URL's start, or `timeout` when the budget ran out. */
export function slowestMatch(source: string, flags: string): Promise<{ worst: number; on: string } | "timeout"> {
  return one(() => timeInWorker(source, flags));
}

function timeInWorker(source: string, flags: string): Promise<{ worst: number; on: string } | "timeout"> {
  return new Promise((resolve) => {
    const w = new Worker(WORKER, { eval: true, workerData: { source, flags, subjects: pumpedSubjects(MAX_URL_CHARS) } });
    const timer = setTimeout(() => {
      void w.terminate();
      resolve("timeout");
    }, BUDGET_MS);
    w.once("message", (m: { worst: number; on: string }) => {
      clearTimeout(timer);
      void w.terminate();
      resolve(m);
    });
    w.once("error", () => {
      clearTimeout(timer);
      resolve("timeout");
    });
  });
}
