// Loaded by the core once the first rules are known, on every page: the rules stream
// (stream-leader.ts), so an open page hears of a publish (a kill switch too) within seconds and
// refetches its rules; and the identified visitor's profile (profile.ts), for segment estimates.
import { startStreamLeader } from "../stream-leader";
import { startProfile } from "../profile";
import type { StartSensors } from "./context";

const start: StartSensors = (ctx) => {
  startStreamLeader({ url: ctx.events.replace("/events/", "/rules/") + "/stream", safe: ctx.safe, announced: ctx.announced });
  startProfile(ctx);
};
export default start;
