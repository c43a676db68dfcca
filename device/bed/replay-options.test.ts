import { describe, expect, it } from "vitest";
import { parseReplayOptions } from "./replay-options.ts";

describe("replay options", () => {
  it("defaults to counts of a 200 counts/kg sensor: gain 1", () => {
    const parsed = parseReplayOptions(["--file", "a.csv", "--rate", "250", "--columns", "2,3"]);
    expect(parsed.ok && parsed.value).toMatchObject({ rateHz: 250, columns: [2, 3], epochS: 30, gain: 1 });
  });

  it("scales a recording in kg, or in counts of another sensor, to the estimators' counts", () => {
    const kg = parseReplayOptions(["--file", "a.csv", "--rate", "100", "--units", "kg"]);
    expect(kg.ok && kg.value.gain).toBe(200); // 5 kg → the 1000-count occupancy threshold
    const coarse = parseReplayOptions(["--file", "a.csv", "--rate", "100", "--counts-per-kg", "12.5"]);
    expect(coarse.ok && coarse.value.gain).toBe(16);
    const light = parseReplayOptions(["--file", "a.csv", "--units", "kg", "--min-occupied-kg", "10"]);
    expect(light.ok && light.value.gain).toBe(100);
    const explicit = parseReplayOptions(["--file", "a.csv", "--gain", "3", "--units", "kg"]);
    expect(explicit.ok && explicit.value.gain).toBe(3);
  });

  it("takes an empty-bed reading per column", () => {
    const parsed = parseReplayOptions(["--file", "a", "--columns", "1,2", "--empty-baseline", "2100,1800.5"]);
    expect(parsed.ok && parsed.value.emptyBaseline).toEqual([2100, 1800.5]);
  });

  it("lists every problem at once", () => {
    const parsed = parseReplayOptions([
      "--rate",
      "20",
      "--epoch",
      "45",
      "--columns",
      "1,x",
      "--no-breathing",
      "2",
      "--units",
      "lb",
      "--empty-baseline",
      "1,2,3",
    ]);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.reason.split("\n")).toEqual([
      "--file is required",
      '--columns "1,x": must be numbers, comma-separated',
      "--columns: 1-based column numbers",
      '--rate "20": must be a number from 50 to 1000',
      "--epoch 45: must divide 60",
      "--empty-baseline: one value per column (2)",
      '--no-breathing "2": must be a number from 5 to 120',
      '--units "lb": must be counts or kg',
    ]);
  });

  it("checks a wrist recording's columns, rate and epoch", () => {
    const parsed = parseReplayOptions([
      "--file",
      "w.csv",
      "--wrist",
      "--rate",
      "5",
      "--epoch",
      "7",
      "--columns",
      "1,2",
    ]);
    expect(parsed.ok ? [] : parsed.reason.split("\n")).toEqual([
      "--wrist needs three columns: x, y, z",
      '--rate "5": must be a number from 10 to 1000',
      '--epoch "7": must be a number from 10 to 60',
      "--epoch 7: must divide 60",
    ]);
    expect(parseReplayOptions(["--file", "w", "--wrist", "--rate", "32", "--columns", "2,3,4"]).ok).toBe(
      true,
    );
    expect(parseReplayOptions(["--file", "w", "--bogus"]).ok).toBe(false);
  });
});
