// An app that really fails, to show the suite can see a failure at all: the same runner, the same
// SDK and rules, and a button whose request the server answers 500. The spec expects that click's
// apology to come back traced to it; if it did not, 0 false apologies on the real apps would prove
// nothing.
import { html } from "./apps/html";
import type { WildApp } from "./types";

export const CANARY_BUTTON = "#place-order";

export const canaryApp: WildApp = {
  id: "canary",
  description: "a shop page whose order button's request fails with 500 (a real failure, not listed: it must come back as a false apology)",
  packages: [],
  pages: {
    "/": html({
      title: "Canary shop",
      body: `<h1>Checkout</h1><button id="place-order" type="button" onclick="fetch('/api/order',{method:'POST'}).then(function(r){document.title='order '+r.status})">Place order</button>`,
    }),
  },
  files: { "/api/order": { type: "application/json", status: 500, body: () => '{"error":"the order service is down"}' } },
  mounts: {},
  visitMs: 4_000,
  steps: async (d) => {
    await d.click(CANARY_BUTTON, "Place order");
  },
  // left empty on purpose: the failure must be reported as not listed
  realFailures: [],
};
