// npm run bench — every figure is printed next to a baseline measured in the same run.
import { benchPublish } from "./bench/publish";
import { benchRules } from "./bench/rules";

const sections = (process.argv[2] ?? "all").split(",");
const out: string[] = [];
if (sections.includes("all") || sections.includes("rules")) out.push(...(await benchRules()));
if (sections.includes("all") || sections.includes("publish")) out.push(...(await benchPublish()));
console.log(out.join("\n"));
process.exit(0);
