import { describe, expect, it } from "vitest";
import {
  defaultTrendParameters,
  normalizedInnovation,
  predictTrend,
  relevelTrend,
  restartSeat,
  settleSeat,
  startTrend,
  type TrendState,
  updateTrend,
} from "./fill-trend.ts";
import { steady } from "./test-trend.ts";

const MINUTE = 60_000;
const params = defaultTrendParameters;
/** A reading of `volumeMl` with variance 400 mL² and the seat slope of a ~3V bladder. */
const reading = (volumeMl: number, varianceMl2 = 400) => ({
  volumeMl,
  varianceMl2,
  seatSlopeMl: 3 * volumeMl,
});

/** A bladder filling at `rate` mL/min from 100 mL, read every minute with ±10 mL alternating noise. */
function filled(rate: number, minutes: number, prior = 1): TrendState {
  let trend = startTrend(0, 100, 400, prior, params);
  for (let m = 1; m <= minutes; m++) {
    const noise = m % 2 === 0 ? 10 : -10;
    trend = updateTrend(predictTrend(trend, m * MINUTE, prior, params), reading(100 + rate * m + noise));
  }
  return trend;
}

describe("filling trend", () => {
  it("learns a filling rate different from the prior", () => {
    const trend = filled(2, 120);
    // The pull towards the hourly prior (1) keeps it a little below the true 2 mL/min.
    expect(trend.rateMlPerMin).toBeGreaterThan(1.6);
    expect(trend.rateMlPerMin).toBeLessThan(2.1);
    expect(filled(1, 120).rateMlPerMin).toBeCloseTo(1, 1);
    expect(trend.levelMl).toBeGreaterThan(330);
    expect(trend.levelMl).toBeLessThan(350);
    // The first attachment defines the seat scale: no reading moves it.
    expect(trend.seatScale).toBe(0);
  });

  it("relaxes the rate towards the prior when no reading comes", () => {
    const later = predictTrend(steady(200, 2), 180 * MINUTE, 0.5, params);
    expect(later.rateMlPerMin).toBeLessThan(1);
    expect(later.rateMlPerMin).toBeGreaterThan(0.5);
    expect(later.p00).toBeGreaterThan(25);
  });

  it("measures readings in predicted standard deviations and restarts the level on request", () => {
    const trend = { ...steady(200, 1), p00: 300 };
    expect(normalizedInnovation(trend, reading(240, 100))).toBeCloseTo(2, 5);
    const moved = relevelTrend(trend, reading(50, 100));
    expect(moved).toMatchObject({ levelMl: 50, rateMlPerMin: 1, p00: 100, p01: 0 });
  });

  it("splits the step after a reattachment between a new seat and the fill by their variances", () => {
    // The transducer went back on reading the wall gap 3 % longer: the volume reads about 9 % high.
    const before = restartSeat(filled(1, 60), params);
    expect(before.p22).toBeCloseTo(params.seatScaleSd ** 2, 10);
    let trend = before;
    for (let m = 61; m <= 63; m++) {
      const truth = 100 + m;
      trend = updateTrend(predictTrend(trend, m * MINUTE, 1, params), reading(truth * 1.09));
    }
    // Part of the step is taken as the new seat (log scale > 0), the level moves less than the reading.
    expect(trend.seatScale).toBeGreaterThan(0.005);
    expect(trend.seatScale).toBeLessThan(0.05);
    expect(trend.levelMl).toBeLessThan(163 * 1.09 - 3);
    // Once settled, the scale is taken as known: a slow drift of the readings goes to level and rate.
    const settled = settleSeat(trend);
    const after = updateTrend(predictTrend(settled, 64 * MINUTE, 1, params), reading(220));
    expect(after.seatScale).toBe(settled.seatScale);
  });
});
