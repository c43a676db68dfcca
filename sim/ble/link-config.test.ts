import { describe, expect, it } from "vitest";
import { describeSimConfig, parseSimConfig } from "../config.ts";
import { resolveLink } from "./link-config.ts";

const defaults = { nowMs: 1_700_000_000_000, localUtcOffsetMinutes: 540 };
const base = { seed: 1, groundTruthDir: "run/truth" };
const ble = (address: string) => ({ type: "ble", address, name: "bladder-1" });
const reasonOf = (parsed: ReturnType<typeof parseSimConfig>) => (parsed.ok ? "" : parsed.reason);

describe("resident links in sim.json", () => {
  it("reads a bare ttyPath as a serial link, as before", () => {
    const parsed = parseSimConfig({ residents: [{ ...base, sensorId: "a", ttyPath: "a.sensor" }] }, defaults);
    const resident = parsed.ok ? parsed.value.residents[0] : undefined;
    expect(resident && resolveLink(resident)).toEqual({ type: "serial", ttyPath: "a.sensor" });
  });

  it("accepts a BLE peripheral and a serial link given as link objects", () => {
    const parsed = parseSimConfig(
      {
        residents: [
          { ...base, sensorId: "a", link: ble("c0:ff:ee:00:00:01") },
          { ...base, sensorId: "b", link: { type: "serial", ttyPath: "b.sensor" } },
        ],
      },
      defaults,
    );
    const links = parsed.ok ? parsed.value.residents.map(resolveLink) : [];
    expect(links).toEqual([ble("c0:ff:ee:00:00:01"), { type: "serial", ttyPath: "b.sensor" }]);
  });

  it("reports malformed links, each with its path", () => {
    const parsed = parseSimConfig(
      {
        residents: [
          { ...base, sensorId: "a", link: ble("c0:ff:ee") },
          { ...base, sensorId: "b", link: { type: "radio" } },
          { ...base, sensorId: "c", link: { type: "ble", address: "C0:FF:EE:00:00:03", colour: 1 } },
        ],
      },
      defaults,
    );
    expect(reasonOf(parsed).split("\n")).toEqual([
      'residents[0].link.address: "c0:ff:ee" is not a BLE address (AA:BB:CC:DD:EE:FF)',
      'residents[1].link.type: must be "serial" or "ble", got "radio"',
      "residents[2].link.colour: unknown field",
      "residents[2].link.name: must be a non-empty string",
    ]);
  });

  it("wants exactly one of ttyPath and link, and one sensor per BLE address", () => {
    const both = parseSimConfig(
      { residents: [{ ...base, sensorId: "a", ttyPath: "a.sensor", link: ble("C0:FF:EE:00:00:01") }] },
      defaults,
    );
    expect(reasonOf(both)).toBe("residents[0]: give either ttyPath or link, exactly one");
    const neither = parseSimConfig({ residents: [{ ...base, sensorId: "a" }] }, defaults);
    expect(reasonOf(neither)).toBe("residents[0]: give either ttyPath or link, exactly one");
    const shared = parseSimConfig(
      {
        residents: [
          { ...base, sensorId: "a", link: ble("C0:FF:EE:00:00:01") },
          { ...base, sensorId: "b", link: ble("c0:ff:ee:00:00:01") },
        ],
      },
      defaults,
    );
    expect(reasonOf(shared)).toBe('residents[1].link.address: "c0:ff:ee:00:00:01" is used twice');
  });

  it("documents the link field", () => {
    expect(describeSimConfig()).toContain("residents[].link");
  });
});
