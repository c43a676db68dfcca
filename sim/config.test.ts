import { describe, expect, it } from "vitest";
import { describeSimConfig, parseSimConfig } from "./config.ts";

const defaults = { nowMs: 1_700_000_000_000, localUtcOffsetMinutes: 540 };
const resident = { sensorId: "bl-01", seed: 1, ttyPath: "run/bl-01.sensor", groundTruthDir: "run/truth" };

describe("sim config", () => {
  it("fills every default", () => {
    const parsed = parseSimConfig({ residents: [resident] }, defaults);
    expect(parsed).toEqual({
      ok: true,
      value: {
        residents: [resident],
        readingPeriodS: 60,
        acceleration: 1,
        epochMs: defaults.nowMs,
        utcOffsetMinutes: 540,
        corruptFrameRate: 0,
        durationS: undefined,
      },
    });
  });

  it("reports every error at once", () => {
    const parsed = parseSimConfig(
      {
        residents: [
          { ...resident, sensorId: "bad id!", seed: 1.5 },
          { ...resident, ttyPath: "" },
        ],
        readingPeriodS: 0,
        acceleration: "fast",
        corruptFrameRate: 2,
        durationS: -1,
        colour: "blue",
      },
      defaults,
    );
    expect(parsed.ok).toBe(false);
    const errors = parsed.ok ? [] : parsed.reason.split("\n");
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^colour: unknown field/),
        expect.stringMatching(/^residents\[0\]\.sensorId:/),
        expect.stringMatching(/^residents\[0\]\.seed: must be an integer/),
        expect.stringMatching(/^residents\[1\]\.ttyPath: must be a non-empty string/),
        expect.stringMatching(/^readingPeriodS: must be > 0/),
        expect.stringMatching(/^acceleration: must be a number/),
        expect.stringMatching(/^corruptFrameRate: must be ≤ 1/),
        expect.stringMatching(/^durationS: must be > 0/),
      ]),
    );
    expect(errors).toHaveLength(8);
  });

  it("rejects a missing resident list and duplicate sensors", () => {
    expect(parseSimConfig({}, defaults)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/residents/),
    });
    const twice = parseSimConfig({ residents: [resident, resident] }, defaults);
    expect(twice.ok ? "" : twice.reason).toMatch(/sensorId: "bl-01" is used twice\nresidents\[1\]\.ttyPath/);
  });

  it("takes overrides from the environment and checks them too", () => {
    const env = { SIM_ACCELERATION: "3600", SIM_DURATION_S: "3" };
    expect(parseSimConfig({ residents: [resident], acceleration: 2 }, defaults, env)).toMatchObject({
      ok: true,
      value: { acceleration: 3600, durationS: 3 },
    });
    const wrong = parseSimConfig({ residents: [resident] }, defaults, { SIM_CORRUPT_FRAME_RATE: "x" });
    expect(wrong.ok ? "" : wrong.reason).toMatch(/SIM_CORRUPT_FRAME_RATE/);
  });

  it("documents every field", () => {
    const help = describeSimConfig();
    for (const field of ["residents[].sensorId", "readingPeriodS", "acceleration", "epochMs", "durationS"]) {
      expect(help).toContain(field);
    }
  });
});
