import { describe, expect, it } from "vitest";
import {
  defaultFillSettings,
  diameterFromVolumeMm,
  estimateFill,
  fillLevel,
  volumeFromDiameterMl,
} from "./fill-estimate.ts";

const echo = (diameterMm: number, strength = 200) => ({
  anteriorMm: 30,
  posteriorMm: 30 + diameterMm,
  strength,
});

describe("estimateFill", () => {
  it("turns the wall distance into volume with the ellipsoid model", () => {
    // Full bladder: k is about 2, so D = 70 mm gives 2 * pi/6 * 7^3 = 359 mL (flattening adds a little).
    const volume = volumeFromDiameterMl(70, defaultFillSettings);
    expect(volume).toBeGreaterThan(340);
    expect(volume).toBeLessThan(370);
    for (const ml of [15, 60, 150, 300, 550]) {
      expect(
        volumeFromDiameterMl(diameterFromVolumeMm(ml, defaultFillSettings), defaultFillSettings),
      ).toBeCloseTo(ml, 3);
    }
    const estimate = estimateFill([echo(70), echo(71), echo(69)], defaultFillSettings);
    expect(estimate.volumeMl).toBeCloseTo(volume, 3);
    expect(estimate.level).toBe(9);
    expect(estimate.quality).toBe("good");
  });

  it("ignores a single outlier echo", () => {
    const estimate = estimateFill([echo(60), echo(61), echo(140), echo(60)], defaultFillSettings);
    expect(estimate.volumeMl).toBeCloseTo(volumeFromDiameterMl(60.5, defaultFillSettings), 3);
  });

  it("gives no value when skin contact is lost", () => {
    const estimate = estimateFill([echo(80, 10), echo(80, 20), echo(80, 200)], defaultFillSettings);
    expect(estimate.volumeMl).toBeNull();
    expect(estimate.level).toBeNull();
    expect(estimate.quality).toBe("no_contact");
  });

  it("reads a strong echo with no far wall as an empty bladder, a weak one as no contact", () => {
    const empty = { anteriorMm: 30, posteriorMm: 0, strength: 190 };
    expect(estimateFill([empty, empty, empty], defaultFillSettings)).toMatchObject({
      volumeMl: 0,
      level: 0,
      quality: "good",
    });
    // A slipped transducer: an oblique anterior echo of strength 25–70 and no far wall.
    const slipped = { anteriorMm: 36, posteriorMm: 0, strength: 65 };
    expect(estimateFill([slipped, slipped, empty], defaultFillSettings)).toMatchObject({
      volumeMl: null,
      quality: "no_contact",
    });
  });

  it("clamps the level to 0..10", () => {
    expect(fillLevel(-5, 400)).toBe(0);
    expect(fillLevel(900, 400)).toBe(10);
    expect(fillLevel(200, 400)).toBe(5);
  });
});
