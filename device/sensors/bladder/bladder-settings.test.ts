import { describe, expect, it } from "vitest";
import { defaultBladderSettings, parseBladderSettings, startingThresholdMl } from "./bladder-settings.ts";

describe("parseBladderSettings", () => {
  it("fills in defaults and keeps given values", () => {
    const parsed = parseBladderSettings({ capacityMl: 450, leadTimeMin: 30 });
    expect(parsed).toEqual({
      ok: true,
      value: { ...defaultBladderSettings, capacityMl: 450, leadTimeMin: 30 },
    });
    expect(parseBladderSettings(undefined)).toEqual({ ok: true, value: defaultBladderSettings });
  });

  it("reports every problem at once", () => {
    const parsed = parseBladderSettings({
      capacityMl: -1,
      leadTimeMin: "20",
      utcOffsetMinutes: 1.5,
      colour: 1,
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.reason).toContain("capacityMl must be in 50..2000");
    expect(parsed.reason).toContain("leadTimeMin must be a number");
    expect(parsed.reason).toContain("utcOffsetMinutes must be an integer");
    expect(parsed.reason).toContain("unknown bladder settings: colour");
    expect(parseBladderSettings([1]).ok).toBe(false);
  });

  it("starts from a fixed threshold, or from a share of capacity while learning", () => {
    expect(startingThresholdMl({ ...defaultBladderSettings, thresholdMl: 320 })).toBe(320);
    expect(startingThresholdMl({ ...defaultBladderSettings, capacityMl: 500 })).toBeCloseTo(350);
  });
});
