import { afterEach, describe, expect, it } from "vitest";
import { encode } from "./encode";

const sample = {
  events: [{ id: "a", type: "shown", ts: 1_700_000_000_000, url: 'https://x.test/"quoted"\\\n\u2028é😀', userId: undefined }],
  sentAt: 1_700_000_000_123,
  flags: [true, false, null, Number.NaN],
};

describe("encode", () => {
  afterEach(() => {
    delete (Array.prototype as { toJSON?: unknown }).toJSON;
    delete (Object.prototype as { extra?: unknown }).extra;
  });

  it("writes what JSON.parse reads back as JSON.stringify would have written it", () => {
    expect(JSON.parse(encode(sample))).toEqual(JSON.parse(JSON.stringify(sample)));
  });

  it("ignores a host's Array.prototype.toJSON and enumerable prototype additions", () => {
    (Array.prototype as { toJSON?: unknown }).toJSON = function () {
      return "broken by the host";
    };
    (Object.prototype as { extra?: unknown }).extra = 1;
    const parsed = JSON.parse(encode(sample));
    expect(Array.isArray(parsed.events)).toBe(true);
    expect(Object.keys(parsed.events[0])).toEqual(["id", "type", "ts", "url"]);
  });
});
