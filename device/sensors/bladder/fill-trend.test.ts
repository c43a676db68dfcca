import { describe, expect, it } from "vitest";
import {
  defaultTrendParameters,
  forecastThreshold,
  normalizedInnovation,
  predictTrend,
  relevelTrend,
  startTrend,
  type TrendState,
  updateTrend,
} from "./fill-trend.ts";

const MINUTE = 60_000;
const params = defaultTrendParameters;

/** A bladder filling at `rate` mL/min from 100 mL, read every minute with ±10 mL alternating noise. */
function filled(rate: number, minutes: number, prior = 0.6): TrendState {
  let trend = startTrend(0, 100, 400, prior, params);
  for (let m = 1; m <= minutes; m++) {
    const noise = m % 2 === 0 ? 10 : -10;
    trend = updateTrend(predictTrend(trend, m * MINUTE, prior, params), 100 + rate * m + noise, 400);
  }
  return trend;
}

describe("filling trend", () => {
  it("learns a filling rate different from the prior", () => {
    const trend = filled(1.5, 120);
    // The pull towards the hourly prior (0.6) keeps it a little below the true 1.5 mL/min.
    expect(trend.rateMlPerMin).toBeGreaterThan(1.1);
    expect(trend.rateMlPerMin).toBeLessThan(1.6);
    expect(filled(0.6, 120).rateMlPerMin).toBeCloseTo(0.6, 1);
    expect(trend.levelMl).toBeGreaterThan(270);
    expect(trend.levelMl).toBeLessThan(290);
  });

  it("forecasts the time to a threshold from level and rate", () => {
    const trend = { timeMs: 0, levelMl: 200, rateMlPerMin: 1, p00: 25, p01: 0, p11: 0.01 };
    // Prior equal to the rate: a straight line, 100 mL at 1 mL/min.
    const forecast = forecastThreshold(trend, 300, 10, () => 1, params);
    expect(forecast?.minutes).toBeCloseTo(100, 5);
    expect(forecast?.uncertaintyMin).toBeGreaterThan(10);
    expect(forecastThreshold({ ...trend, levelMl: 320 }, 300, 10, () => 1, params)?.minutes).toBe(0);
    // No production at all: the threshold is never reached.
    expect(forecastThreshold({ ...trend, rateMlPerMin: 0 }, 300, 10, () => 0, params)).toBeNull();
  });

  it("relaxes the rate towards the prior when no reading comes", () => {
    const start = { timeMs: 0, levelMl: 200, rateMlPerMin: 2, p00: 25, p01: 0, p11: 0.01 };
    const later = predictTrend(start, 180 * MINUTE, 0.5, params);
    expect(later.rateMlPerMin).toBeLessThan(1);
    expect(later.rateMlPerMin).toBeGreaterThan(0.5);
    expect(later.p00).toBeGreaterThan(start.p00);
  });

  it("measures readings in predicted standard deviations and restarts the level on request", () => {
    const trend = { timeMs: 0, levelMl: 200, rateMlPerMin: 1, p00: 300, p01: 0, p11: 0.01 };
    expect(normalizedInnovation(trend, 240, 100)).toBeCloseTo(2, 5);
    const moved = relevelTrend(trend, 50, 100);
    expect(moved).toMatchObject({ levelMl: 50, rateMlPerMin: 1, p00: 100, p01: 0 });
  });
});
