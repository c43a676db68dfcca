import { describe, expect, it } from "vitest";
import { decodeBladderEcho, encodeBladderEcho } from "../../proto/sensor-frame/index.ts";
import { Rng } from "../random.ts";
import { type BladderReading, initialBladderModel, readingAt } from "./bladder-sensor-model.ts";
import { apDiameterMm, type EchoInput, simulateEcho } from "./echo-model.ts";
import { DAY_MS } from "./local-time.ts";
import { drawResidentProfile } from "./resident-profile.ts";

const profile = { skinToBladderMm: 35, echoStrengthBase: 200 };
const input = (overrides: Partial<EchoInput>): EchoInput => ({
  volumeMl: 250,
  posture: "lying",
  moving: false,
  contact: "attached",
  profile,
  ...overrides,
});

describe("bladder geometry", () => {
  it("grows the anteroposterior diameter strictly with volume", () => {
    let previous = 0;
    for (let volume = 1; volume <= 900; volume += 1) {
      const diameter = apDiameterMm(volume, "lying");
      expect(diameter).toBeGreaterThan(previous);
      previous = diameter;
    }
  });

  it("matches the documented values of k(V) = 2·(1 + 3·e^(−V/80))", () => {
    expect(apDiameterMm(20, "lying")).toBeCloseTo(17.9, 0);
    expect(apDiameterMm(100, "lying")).toBeCloseTo(37.2, 0);
    expect(apDiameterMm(500, "lying")).toBeCloseTo(78.0, 0);
  });

  it("is a little larger sitting than lying", () => {
    expect(apDiameterMm(300, "sitting") / apDiameterMm(300, "lying")).toBeCloseTo(1.06, 6);
  });
});

describe("simulated echo", () => {
  const meanWallGap = (volumeMl: number, rng: Rng): number => {
    let sum = 0;
    for (let i = 0; i < 200; i++) {
      const echo = simulateEcho(input({ volumeMl }), rng);
      sum += echo.posteriorMm - echo.anteriorMm;
    }
    return sum / 200;
  };

  it("puts the posterior wall further behind the anterior wall as the bladder fills, on average", () => {
    const rng = Rng.fromSeed(5);
    let previous = 0;
    for (let volume = 50; volume <= 600; volume += 50) {
      const gap = meanWallGap(volume, rng);
      expect(gap).toBeGreaterThan(previous);
      previous = gap;
    }
  });

  it("keeps the anterior wall near the resident's skin-to-bladder distance", () => {
    const echo = simulateEcho(input({}), Rng.fromSeed(1));
    expect(Math.abs(echo.anteriorMm - 35)).toBeLessThan(3);
    expect(echo.strength).toBeGreaterThan(150);
  });

  it("loses the posterior echo and most strength when the sensor slips or lifts", () => {
    const rng = Rng.fromSeed(9);
    for (let i = 0; i < 100; i++) {
      const slipped = simulateEcho(input({ contact: "slipped" }), rng);
      expect(slipped.posteriorMm).toBe(0);
      expect(slipped.strength).toBeLessThan(80);
      const lifted = simulateEcho(input({ contact: "lifted" }), rng);
      expect(lifted).toMatchObject({ anteriorMm: 0, posteriorMm: 0 });
      expect(lifted.strength).toBeLessThanOrEqual(15);
    }
  });

  it("reports no posterior echo for an empty bladder but keeps a strong echo", () => {
    const echo = simulateEcho(input({ volumeMl: 5 }), Rng.fromSeed(2));
    expect(echo.posteriorMm).toBe(0);
    expect(echo.strength).toBeGreaterThan(150);
  });

  it("always fits the wire format (the decoder accepts every reading)", () => {
    const rng = Rng.fromSeed(3);
    for (let i = 0; i < 2000; i++) {
      const echo = simulateEcho(
        input({
          volumeMl: rng.uniform(0, 650),
          moving: rng.chance(0.3),
          posture: rng.chance(0.5) ? "sitting" : "lying",
          contact: rng.pick(["attached", "attached", "slipped", "lifted"] as const),
        }),
        rng,
      );
      const wire = { ...echo, ticksMs: i, moving: false, batteryPct: 50 };
      const decoded = decodeBladderEcho(encodeBladderEcho(wire));
      expect(decoded).toEqual({ ok: true, value: wire });
    }
  });
});

describe("sensor over days", () => {
  const seed = 11;
  const start = Date.UTC(2025, 0, 1);
  const setup = { profile: drawResidentProfile(seed), clock: { utcOffsetMinutes: 540 }, powerUpMs: start };
  let state = initialBladderModel(setup, start);
  const readings: BladderReading[] = [];
  const detachEvents: string[] = [];
  for (let t = start; t <= start + 5 * DAY_MS; t += 60_000) {
    const [next, { reading, events }] = readingAt(state, setup, t);
    state = next;
    readings.push(reading);
    for (const event of events) if (event.type.startsWith("detached")) detachEvents.push(event.type);
  }

  it("logs detachment intervals that match the readings", () => {
    expect(detachEvents.length).toBeGreaterThanOrEqual(2);
    expect(detachEvents.filter((type) => type === "detached_start").length).toBeGreaterThanOrEqual(
      detachEvents.filter((type) => type === "detached_end").length,
    );
    const detached = readings.filter((r) => r.detached);
    expect(detached.length).toBeGreaterThan(0);
    for (const reading of detached) {
      expect(reading.posteriorMm).toBe(0);
      expect(reading.strength).toBeLessThan(80);
    }
  });

  it("drains the battery slowly", () => {
    const first = readings[0]?.batteryPct ?? 0;
    const afterOneDay = readings[1440]?.batteryPct ?? 0;
    expect(first - afterOneDay).toBeGreaterThanOrEqual(10);
    expect(first - afterOneDay).toBeLessThanOrEqual(20);
    for (let i = 1; i < 1440; i++) {
      expect(readings[i]?.batteryPct).toBeLessThanOrEqual(readings[i - 1]?.batteryPct ?? 0);
    }
  });

  it("counts sensor ticks from power-up", () => {
    expect(readings[0]?.ticksMs).toBe(0);
    expect((readings[10]?.ticksMs ?? 0) - (readings[0]?.ticksMs ?? 0)).toBe(600_000);
  });
});
