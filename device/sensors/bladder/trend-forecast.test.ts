import { describe, expect, it } from "vitest";
import { defaultTrendParameters } from "./fill-trend.ts";
import { steady } from "./test-trend.ts";
import { forecastPath, forecastThreshold, levelVariancesAhead } from "./trend-forecast.ts";

const params = defaultTrendParameters;

describe("trend forecast", () => {
  it("forecasts the time to a threshold from level and rate", () => {
    const trend = steady(200, 1);
    // Prior equal to the rate: a straight line, 100 mL at 1 mL/min.
    const forecast = forecastThreshold(trend, 300, 10, () => 1, params);
    expect(forecast?.minutes).toBeCloseTo(100, 5);
    expect(forecast?.uncertaintyMin).toBeGreaterThan(10);
    expect(forecastThreshold(steady(320, 1), 300, 10, () => 1, params)?.minutes).toBe(0);
    // No production at all: the threshold is never reached.
    expect(forecastThreshold(steady(200, 0), 300, 10, () => 0, params)).toBeNull();
  });

  it("follows the rate towards the hourly prior, minute by minute, and stops where asked", () => {
    const path = forecastPath(steady(200, 2), () => 0.5, params, 180);
    expect(path.levelsMl).toHaveLength(181);
    expect(path.levelsMl[1]).toBeCloseTo(202, 0);
    expect(path.ratesMlPerMin[180]).toBeLessThan(1);
    expect(path.ratesMlPerMin[180]).toBeGreaterThan(0.5);
    const stopped = forecastPath(steady(200, 1), () => 1, params, 180, 250, 30);
    expect(stopped.levelsMl).toHaveLength(51);
    expect(forecastPath(steady(200, 1), () => 1, params, 180, 205, 30).levelsMl).toHaveLength(31);
  });

  it("grows the level variance with the horizon", () => {
    const variances = levelVariancesAhead({ ...steady(200, 1), p11: 0.2 }, params, 120);
    expect(variances[0]).toBe(25);
    for (let m = 1; m < 120; m++) expect(variances[m]).toBeGreaterThan(variances[m - 1] ?? 0);
    // 60 min ahead: b ≈ 44 min of the rate's spread (0.45 mL/min) plus the rate noise.
    expect(Math.sqrt(variances[60] ?? 0)).toBeGreaterThan(15);
  });
});
