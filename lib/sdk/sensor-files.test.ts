import { describe, expect, it } from "vitest";
import { TRIGGER_TYPES } from "@/lib/triggers/registry";
import { CORE_MATCHED_TYPES } from "./core-matchers";
import { LIVE, SENSOR_FILES } from "./sensor-files";

describe("SDK matchers and sensor files", () => {
  it("every trigger type is matched by v1.js itself or brought by exactly one sensor file", () => {
    const inFiles = Object.values(SENSOR_FILES).flatMap((f) => f.types).filter((t) => t !== LIVE);
    expect(new Set(inFiles).size, "a type in two files").toBe(inFiles.length);
    expect(inFiles.filter((t) => CORE_MATCHED_TYPES.includes(t)), "a type both in v1.js and a file").toEqual([]);
    expect([...CORE_MATCHED_TYPES, ...inFiles].sort()).toEqual([...TRIGGER_TYPES].sort());
  });
});
