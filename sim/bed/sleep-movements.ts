// Movements that happen in sleep and are still sleep (PSG scores wake only when wake fills most of an
// epoch): periodic limb movements (PLMS: leg movements of 0.5–5 s every 5–90 s, typically 20–40 s, in
// series of at least four), brief movement arousals (3–12 s of trunk movement), arm movements that a
// wrist feels and the bed hardly, and small twitches. Rates are the resident's traits. REM has muscle
// atonia (no limb-movement series) but more small phasic twitches. Arousals and limb movements come
// with a heart-rate surge (Sforza et al. 2000; Winkelman 1999: even without an EEG arousal), a part
// of the resident's response at an awakening.
import type { NightBuilder } from "./night-builder.ts";
import type { NightSegment } from "./scenario.ts";

/** Mean movements per PLM series (4–30, uniform), to turn the PLMS index into series per hour. */
const meanSeriesLength = 17;

export function addSleepMovements(night: NightBuilder, segment: NightSegment): void {
  const { resident } = night;
  const rem = segment.rem === true;
  night.addMovementsIn(segment, rem ? 0.2 : 0.02, "body", 0.003, 0.012);
  night.addMovementsIn(segment, (resident.armMovementsPerHourAsleep ?? 0) / 60, "arm");
  addArousals(night, segment, resident.movementArousalsPerHour ?? 0);
  if (!rem) addLimbMovementSeries(night, segment, resident.limbMovementsPerHour ?? 0);
}

function addArousals(night: NightBuilder, segment: NightSegment, perHour: number): void {
  if (perHour <= 0) return;
  const random = night.random;
  let t = segment.startS + random.exponential(3600 / perHour);
  while (t < segment.endS - 15) {
    const durationS = random.uniform(3, 12);
    night.addMovement(t, durationS, random.uniform(0.015, 0.05), "body", night.surgeBpm(0.8));
    t += durationS + random.exponential(3600 / perHour);
  }
}

function addLimbMovementSeries(night: NightBuilder, segment: NightSegment, perHour: number): void {
  if (perHour <= 0) return;
  const random = night.random;
  const seriesPerHour = perHour / meanSeriesLength;
  let t = segment.startS + random.exponential(3600 / seriesPerHour);
  while (t < segment.endS - 60) {
    const count = random.int(4, 30);
    const intervalS = random.uniform(20, 40);
    for (let i = 0; i < count && t < segment.endS - 10; i++) {
      const durationS = random.uniform(0.5, 5);
      night.addMovement(t, durationS, random.uniform(0.008, 0.03), "legs", night.surgeBpm(0.4));
      t += Math.max(durationS + 3, intervalS * random.uniform(0.75, 1.25));
    }
    t += random.exponential(3600 / seriesPerHour);
  }
}
