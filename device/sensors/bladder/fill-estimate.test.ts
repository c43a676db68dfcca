import { describe, expect, it } from "vitest";
import { defaultFillSettings, estimateFill, fillLevel, volumeFromDiameterMl } from "./fill-estimate.ts";

const echo = (diameterMm: number, strength = 200) => ({
  anteriorMm: 30,
  posteriorMm: 30 + diameterMm,
  strength,
});

describe("estimateFill", () => {
  it("turns the wall distance into volume with the ellipsoid model", () => {
    // D = 100 mm = 10 cm: 0.7 * pi/6 * 1000 = 366.5 mL
    expect(volumeFromDiameterMl(100, 0.7)).toBeCloseTo(366.5, 1);
    const estimate = estimateFill([echo(100), echo(101), echo(99)], defaultFillSettings);
    expect(estimate.volumeMl).toBeCloseTo(366.5, 1);
    expect(estimate.level).toBe(9);
    expect(estimate.quality).toBe("good");
  });

  it("ignores a single outlier echo", () => {
    const estimate = estimateFill([echo(60), echo(61), echo(140), echo(60)], defaultFillSettings);
    expect(estimate.volumeMl).toBeCloseTo(volumeFromDiameterMl(60.5, 0.7), 3);
  });

  it("gives no value when skin contact is lost", () => {
    const estimate = estimateFill([echo(80, 10), echo(80, 20), echo(80, 200)], defaultFillSettings);
    expect(estimate.volumeMl).toBeNull();
    expect(estimate.level).toBeNull();
    expect(estimate.quality).toBe("no_contact");
  });

  it("clamps the level to 0..10", () => {
    expect(fillLevel(-5, 400)).toBe(0);
    expect(fillLevel(900, 400)).toBe(10);
    expect(fillLevel(200, 400)).toBe(5);
  });
});
