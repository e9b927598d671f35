import { describe, expect, it } from "vitest";
import { eventBatch } from "./schemas";

const event = { id: "0b6c1f0e-3c1d-4a53-9f4e-2d1f7a1b9c10", type: "session", ts: 1 };

describe("the batch's sdk field (Install page: which SDK sends)", () => {
  it("keeps a version the SDKs send", () => {
    expect(eventBatch.parse({ events: [event], sdk: "js/0.1.0" }).sdk).toBe("js/0.1.0");
    expect(eventBatch.parse({ events: [event], sdk: "npm/1.2.0-beta.1+b7" }).sdk).toBe("npm/1.2.0-beta.1+b7");
  });

  it("ignores a value it cannot show, keeping the events (a client of our own must not lose its batch over it)", () => {
    for (const sdk of ["<script>", "x".repeat(41), 12, { v: 1 }, ""]) {
      const r = eventBatch.safeParse({ events: [event], sdk });
      expect(r.success, String(sdk)).toBe(true);
      expect(r.data?.sdk).toBeUndefined();
      expect(r.data?.events).toHaveLength(1);
    }
  });
});
