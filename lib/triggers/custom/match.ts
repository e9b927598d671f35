import { audienceMatches } from "../../rules/audience";
import type { CustomTrigger } from "./definition";

/** The page called `MeaCulpa.report(name, props)`. */
export interface CustomSignal {
  type: "custom";
  name: string;
  props?: Record<string, unknown>;
}

export const matchCustom = (t: CustomTrigger, s: CustomSignal) => s.name === t.name && audienceMatches(t.props, s.props ?? {}, {});
