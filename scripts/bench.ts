// npm run bench — every figure is printed next to a baseline measured in the same run.
import { benchCharts } from "./bench/charts";
import { benchCorpus } from "./bench/corpus";
import { benchIngest } from "./bench/ingest";
import { benchPatterns } from "./bench/patterns";
import { benchPublish } from "./bench/publish";
import { benchRules } from "./bench/rules";
import { benchScale } from "./bench/scale";
import { benchSdkLatency } from "./bench/sdk-latency";
import { benchSdkSize } from "./bench/sdk-size";
import { benchSensorCost } from "./bench/sensor-cost";
import { benchSoak } from "./bench/soak";
import { benchWild } from "./bench/wild";

const sections = (process.argv[2] ?? "all").split(",");
const out: string[] = [];
if (sections.includes("all") || sections.includes("rules")) out.push(...(await benchRules()));
if (sections.includes("all") || sections.includes("publish")) out.push(...(await benchPublish()));
if (sections.includes("all") || sections.includes("ingest")) out.push(...(await benchIngest()));
if (sections.includes("all") || sections.includes("charts")) out.push(...(await benchCharts()));
if (sections.includes("all") || sections.includes("sdk")) out.push(...(await benchSdkSize()), ...(await benchSdkLatency()), ...(await benchSensorCost()));
if (sections.includes("all") || sections.includes("corpus")) out.push(...(await benchCorpus()));
if (sections.includes("all") || sections.includes("patterns")) out.push(...(await benchPatterns()));
// not part of "all": two minutes of load, run on its own with `npm run bench -- soak`
if (sections.includes("soak")) out.push(...(await benchSoak()));
// not part of "all": several minutes on a throwaway PostgreSQL (docs/scaling.md), `npm run bench -- scale`
if (sections.includes("scale")) out.push(...(await benchScale()));
// not part of "all": about nine minutes of real apps in a browser, run with `npm run bench -- wild`
if (sections.includes("wild")) out.push(...(await benchWild()));
console.log(out.join("\n"));
process.exit(0);
