import { describe, expect, it } from "vitest";
import { defaultSuitSettings, parseSuitSettings, resolveIntentGroups } from "./suit-settings.ts";
import { suitDspOverrides } from "./suit-stream.ts";

const montage = ["VL_R", "BF_R", "TA_R", "ES_R", "GM_R", "GAS_R"];

describe("suit settings: intention groups", () => {
  it("accepts groups by channel name and resolves them to the stream's channel indices", () => {
    const parsed = parseSuitSettings({
      channelNames: montage,
      intentGroups: [
        { name: "sit_to_stand", channels: ["VL_R", "GM_R", "TA_R"] },
        { name: "lift", channels: ["ES_R", "GM_R"] },
      ],
    });
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(resolveIntentGroups(parsed.value, 6)).toEqual({
      groups: [
        { name: "sit_to_stand", channels: [0, 4, 2] },
        { name: "lift", channels: [3, 4] },
      ],
      missing: 0,
    });
    // A 4-channel suit has no GM_R: left out and counted; a group left empty goes.
    expect(resolveIntentGroups(parsed.value, 4)).toEqual({
      groups: [
        { name: "sit_to_stand", channels: [0, 2] },
        { name: "lift", channels: [3] },
      ],
      missing: 2,
    });
    expect(suitDspOverrides(parsed.value, 6).overrides.intent?.groups).toHaveLength(2);
  });

  it("keeps the processor's default group when none is configured, and names channels ch1… without names", () => {
    expect(suitDspOverrides(defaultSuitSettings, 4).overrides.intent).toBeUndefined();
    const parsed = parseSuitSettings({ intentGroups: [{ name: "legs", channels: ["ch1", "ch3"] }] });
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(resolveIntentGroups(parsed.value, 4).groups).toEqual([{ name: "legs", channels: [0, 2] }]);
  });

  it("rejects malformed groups and channel names the config does not have, with the reason", () => {
    const reason = (intentGroups: unknown) => {
      const parsed = parseSuitSettings({ channelNames: montage, intentGroups });
      return parsed.ok ? "accepted" : parsed.reason;
    };
    expect(reason([{ name: "legs", channels: ["VL_R", "RF_R"] }])).toMatch(/"RF_R" \(group "legs"\)/);
    expect(reason([{ name: "legs", channels: [] }])).toMatch(/needs one or more channel names/);
    expect(reason([{ name: "legs", channels: ["VL_R", "VL_R"] }])).toMatch(/repeats a channel/);
    expect(reason([{ name: "1st", channels: ["VL_R"] }])).toMatch(/must be up to 8 groups/);
    expect(reason([{ name: "legs", channels: ["VL_R"], weight: 2 }])).toMatch(/must be up to 8 groups/);
    expect(
      reason([
        { name: "legs", channels: ["VL_R"] },
        { name: "legs", channels: ["BF_R"] },
      ]),
    ).toMatch(/must not repeat a group name/);
    expect(reason("legs")).toMatch(/must be up to 8 groups/);
  });
});
