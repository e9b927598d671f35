import { matchUrl } from "../../rules/url-match";
import { elementMatches } from "../request-match";
import type { ResourceErrorTrigger } from "./definition";

/** An img, script, link or media element that failed to load; `matches` tests the element. */
export interface ResourceErrorSignal {
  type: "resource_error";
  url: string;
  matches?: (selector: string) => boolean;
}

export const matchResourceError = (t: ResourceErrorTrigger, s: ResourceErrorSignal) =>
  elementMatches(t.selector, s.matches) && matchUrl(t.url, s.url);
