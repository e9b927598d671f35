// The rules stream (stream-leader.ts), loaded by the core once the first rules are known: an open
// page hears of a publish (a kill switch too) within seconds and refetches its rules.
import { startStreamLeader } from "../stream-leader";
import type { StartSensors } from "./context";

const start: StartSensors = (ctx) => startStreamLeader({ url: ctx.stream, safe: ctx.safe, announced: ctx.announced });
export default start;
