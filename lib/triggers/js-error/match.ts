import type { JsErrorTrigger } from "./definition";

/** An uncaught error or unhandled rejection; `sameOrigin` when it came from the page's own scripts. */
export interface JsErrorSignal {
  type: "js_error";
  message: string;
  sameOrigin: boolean;
}

export const matchJsError = (t: JsErrorTrigger, s: JsErrorSignal) =>
  (!t.sameOriginOnly || s.sameOrigin) && (!t.messageContains || s.message.includes(t.messageContains));
