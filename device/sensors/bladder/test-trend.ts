// A settled filling trend for the bladder unit tests: a known level and rate, small spreads.
import type { TrendState } from "./fill-trend.ts";

export const steady = (levelMl: number, rateMlPerMin: number): TrendState => ({
  timeMs: 0,
  levelMl,
  rateMlPerMin,
  seatScale: 0,
  p00: 25,
  p01: 0,
  p11: 0.01,
  p02: 0,
  p12: 0,
  p22: 0,
});
