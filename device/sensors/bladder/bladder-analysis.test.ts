import { describe, expect, it } from "vitest";
import {
  type BladderAnalysisState,
  type BladderOutput,
  initialBladderAnalysis,
  stepBladder,
} from "./bladder-analysis.ts";
import { type BladderSettings, defaultBladderSettings } from "./bladder-settings.ts";
import { echoFor, slippedEcho, type TestEcho } from "./test-echoes.ts";

const MINUTE = 60_000;
/** Readings start at 10:00 UTC: a sensor put on in the daytime (posture-tracker.ts). */
const DAYTIME = 10 * 60;
const settings: BladderSettings = { ...defaultBladderSettings, thresholdMl: 300 };

interface Emitted {
  minute: number;
  output: BladderOutput;
}

/** One reading a minute from `echoAt(minute)`; returns every output with its minute. */
function run(
  minutes: number,
  echoAt: (minute: number) => TestEcho,
): { outputs: Emitted[]; state: BladderAnalysisState } {
  let state = initialBladderAnalysis(settings);
  const outputs: Emitted[] = [];
  for (let minute = 1; minute <= minutes; minute++) {
    const [next, step] = stepBladder(
      state,
      { timeMs: (DAYTIME + minute) * MINUTE, ...echoAt(minute) },
      settings,
    );
    state = next;
    for (const output of step.outputs) outputs.push({ minute, output });
  }
  return { outputs, state };
}

const kinds = (outputs: Emitted[]) =>
  outputs
    .filter((o) => o.output.kind !== "forecast" && o.output.kind !== "trend")
    .map((o) => `${o.minute}:${o.output.kind}`);

// Fills at the default prior rate (1 mL/min) from 100 mL: the 300 mL threshold comes at minute 200.
const filling = (minute: number) => 100 + minute;
// Fills slower, staying below the threshold until minute 333.
const slowFilling = (minute: number) => 100 + 0.6 * minute;

describe("stepBladder", () => {
  it("gives notice about the lead time before the threshold, then detects the void and clears it", () => {
    const { outputs } = run(260, (m) => echoFor(m < 210 ? filling(m) : 30 + (m - 210)));
    const events = kinds(outputs);
    const raised = outputs.find((o) => o.output.kind === "toilet_soon_raised");
    expect(raised?.minute).toBeGreaterThanOrEqual(175);
    expect(raised?.minute).toBeLessThanOrEqual(185);
    expect(events).toEqual([`${raised?.minute}:toilet_soon_raised`, "211:void", "211:toilet_soon_cleared"]);
    const voided = outputs.find((o) => o.output.kind === "void")?.output;
    expect(voided).toMatchObject({ atMs: (DAYTIME + 210) * MINUTE, measured: true });
    if (voided?.kind === "void") expect(voided.beforeMl - voided.afterMl).toBeGreaterThan(250);
  });

  it("publishes a forecast and the trend once a minute while contact is good", () => {
    const { outputs } = run(60, (m) => echoFor(filling(m)));
    expect(outputs.filter((o) => o.output.kind === "trend")).toHaveLength(60);
    const last = outputs.filter((o) => o.output.kind === "forecast").at(-1)?.output;
    expect(last?.kind === "forecast" && last.forecast.minutesUntil).toBeCloseTo(200 - 60, -1);
  });

  it("never gives notice while the transducer is off, and says so", () => {
    // Off the skin from minute 170 to 209, while the fill crosses the threshold; back on at 210.
    const { outputs } = run(230, (m) => (m >= 170 && m < 210 ? slippedEcho : echoFor(filling(m))));
    const events = kinds(outputs);
    expect(events[0]).toBe("171:detached");
    expect(events[1]).toBe("212:reattached");
    const raised = outputs.filter((o) => o.output.kind === "toilet_soon_raised").map((o) => o.minute);
    expect(raised).toHaveLength(1);
    // Three trusted readings after the reattachment settle the trend first.
    expect(raised[0]).toBe(214);
    const during = outputs.filter((o) => o.minute >= 170 && o.minute < 212 && o.output.kind !== "detached");
    expect(during).toEqual([]);
  });

  it("finds a void that happened while the transducer was off", () => {
    const { outputs } = run(300, (m) =>
      m >= 200 && m < 220 ? slippedEcho : echoFor(m < 210 ? slowFilling(m) : 40),
    );
    expect(kinds(outputs)).toEqual(["201:detached", "222:reattached", "223:void"]);
    const voided = outputs.find((o) => o.output.kind === "void")?.output;
    expect(voided).toMatchObject({ measured: false });
  });

  it("treats a partly slipped transducer (both walls, a short gap, half the echo) as poor contact", () => {
    // From minute 300 to 339 the beam crosses the bladder off-centre: the gap reads 30 % short (a
    // volume about 65 % low, which would look like a void) and the echo comes back at half strength.
    const partial = (m: number) => {
      const echo = echoFor(slowFilling(m));
      const gap = (echo.posteriorMm - echo.anteriorMm) * 0.7;
      return { ...echo, posteriorMm: Math.round((echo.anteriorMm + gap) * 10) / 10, strength: 100 };
    };
    const { outputs } = run(400, (m) => (m >= 300 && m < 340 ? partial(m) : echoFor(slowFilling(m))));
    const events = kinds(outputs);
    expect(events.slice(0, 2)).toEqual(["301:detached", "342:reattached"]);
    expect(events.some((e) => e.endsWith(":void"))).toBe(false);
    const raised = outputs.filter((o) => o.output.kind === "toilet_soon_raised").map((o) => o.minute);
    expect(raised.every((minute) => minute < 300 || minute >= 342)).toBe(true);
  });

  it("takes a change of posture for what it is, not for a void", () => {
    // Sitting all morning, lying down at minute 240 (the wall gap reads 6 % smaller).
    const { outputs } = run(420, (m) => echoFor(100 + 0.3 * m, m < 240 ? "sitting" : "lying"));
    expect(kinds(outputs)).toEqual([]);
    const trend = outputs.filter((o) => o.output.kind === "trend").at(-1)?.output;
    expect(trend?.kind === "trend" && trend.trend.posture).toBe("lying");
    expect(trend?.kind === "trend" && trend.trend.levelMl).toBeCloseTo(226, -1);
  });
});
