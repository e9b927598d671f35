import { describe, expect, it } from "vitest";
import { fieldChanges } from "./changes";

describe("fieldChanges", () => {
  it("lists only the nested fields that changed", () => {
    expect(
      fieldChanges(
        { name: "A", message: { title: "Hi", body: "x" }, updatedAt: "1" },
        { name: "A", message: { title: "Hello", body: "x" }, updatedAt: "2" },
      ),
    ).toEqual([{ path: "message.title", before: '"Hi"', after: '"Hello"' }]);
  });

  it("shows created and deleted objects field by field", () => {
    expect(fieldChanges(null, { status: "draft" })).toEqual([{ path: "status", before: "", after: '"draft"' }]);
    expect(fieldChanges({ status: "archived" }, null)).toEqual([{ path: "status", before: '"archived"', after: "" }]);
  });
});
