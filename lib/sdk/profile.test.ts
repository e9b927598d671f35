import { describe, expect, it } from "vitest";
import { seenUser } from "@/lib/events/seen-users";
import { profileBody } from "./profile";

describe("the identified visitor's profile (segment estimates)", () => {
  it("sends nothing for an anonymous visitor", () => {
    expect(profileBody({}, {})).toBeNull();
    expect(profileBody({ name: "Jackie" }, { device: "desktop" })).toBeNull();
  });

  it("sends scalar attributes, bounded, that the server accepts", () => {
    const user: Record<string, unknown> = { id: 42, name: "Jackie", plan: "pro", seats: 3, beta: true, nested: { a: 1 }, "bad key": "x", long: "y".repeat(500) };
    for (let i = 0; i < 40; i++) user[`a${i}`] = i;
    const body = JSON.parse(profileBody(user, { device: "mobile", locale: "fr-CA" })!) as { events: unknown[]; user: { id: string; attrs: Record<string, unknown> } };
    expect(body.events).toEqual([]);
    expect(body.user.id).toBe("42");
    expect(body.user.attrs).toMatchObject({ name: "Jackie", plan: "pro", seats: 3, beta: true, $device: "mobile", $locale: "fr-CA" });
    expect(body.user.attrs).not.toHaveProperty("nested");
    expect(body.user.attrs).not.toHaveProperty("bad key");
    expect(String(body.user.attrs.long)).toHaveLength(200);
    expect(Object.keys(body.user.attrs)).toHaveLength(32); // 30 of the page's own, then $device and $locale
    expect(seenUser.parse(body.user)).toEqual(body.user);
  });

  it("encodes with the SDK's own encoder: a host's Array#toJSON or replaced JSON.stringify changes nothing", () => {
    const proto = Array.prototype as unknown as { toJSON?: () => string };
    const stringify = JSON.stringify;
    proto.toJSON = () => "broken";
    JSON.stringify = () => "not json";
    try {
      const body = profileBody({ id: "u1", plan: "pro" }, { device: "desktop" })!;
      delete proto.toJSON;
      JSON.stringify = stringify;
      expect(JSON.parse(body)).toEqual({ events: [], user: { id: "u1", attrs: { plan: "pro", $device: "desktop" } } });
    } finally {
      delete proto.toJSON;
      JSON.stringify = stringify;
    }
  });
});
