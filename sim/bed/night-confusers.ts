// Episodes of a care-facility night that look, to a load sensor, a bit like getting up or sitting up
// but are not: a caregiver sitting on the bed's edge or leaning on the mattress, a caregiver turning
// the resident, a bag or a tray put on the bed and taken away. (Aborted exits and lying at the edge
// live in night-builder.ts: they are the resident's own moves.) Each is annotated in `confusers`.
import type { NightBuilder } from "./night-builder.ts";
import type { ZoneShares } from "./scenario.ts";

/** Where a caregiver sits: beside the hips mostly, sometimes at the foot or by the chest. */
const seats: readonly ZoneShares[] = [
  [0, 0.05, 0.5, 0.05],
  [0, 0.05, 0.5, 0.05],
  [0, 0, 0.1, 0.5],
  [0.05, 0.45, 0.1, 0],
];
/** Hands and forearms on the mattress. */
const leans: readonly ZoneShares[] = [
  [0.15, 0.6, 0.25, 0],
  [0, 0.3, 0.6, 0.1],
];
/** An object lies on one zone: mostly at the foot. */
const objectSpots: readonly ZoneShares[] = [
  [0, 0, 0, 1],
  [0, 0, 0, 1],
  [0, 0, 1, 0],
  [0, 1, 0, 0],
  [1, 0, 0, 0],
];

/** The caregiver's own movements on the bed: the bed feels them, the resident's wrist does not. */
function caregiverMovements(night: NightBuilder, fromS: number, toS: number): void {
  const random = night.random;
  night.addMovement(fromS, random.uniform(1.5, 3), random.uniform(0.02, 0.05), "external");
  let t = fromS + 4 + random.exponential(40);
  while (t < toS - 6) {
    const durationS = random.uniform(1, 3);
    night.addMovement(t, durationS, random.uniform(0.005, 0.02), "external");
    t += durationS + random.exponential(40);
  }
  night.addMovement(toS - 2, random.uniform(1.5, 3), random.uniform(0.02, 0.05), "external");
}

/** A caregiver sits on the edge for 0.5–5 min and talks with the (woken) resident. */
export function caregiverSitting(night: NightBuilder): void {
  const random = night.random;
  night.awakeInBed(random.uniform(20, 60), false);
  const startS = night.t;
  const durationS = random.uniform(30, 300);
  night.externalLoads.push({
    startS,
    durationS,
    rampS: random.uniform(1, 2),
    kg: random.uniform(50, 90),
    zones: random.pick(seats),
  });
  caregiverMovements(night, startS, startS + durationS);
  night.awakeInBed(durationS, false);
  night.annotate("caregiver_sitting", startS, night.t);
  night.awakeInBed(random.uniform(60, 300));
}

/** A night round: a caregiver leans on the bed for 10–60 s while the resident sleeps on. */
export function caregiverLeaning(night: NightBuilder, fromS: number, toS: number): void {
  const random = night.random;
  const durationS = random.uniform(10, 60);
  if (toS - fromS < durationS + 120) return;
  const startS = random.uniform(fromS + 60, toS - durationS - 60);
  if (night.overlapsApnoea(startS - 10, startS + durationS + 10)) return;
  night.externalLoads.push({
    startS,
    durationS,
    rampS: random.uniform(0.5, 1.5),
    kg: random.uniform(5, 20),
    zones: random.pick(leans),
  });
  caregiverMovements(night, startS, startS + durationS);
  night.annotate("caregiver_leaning", startS, startS + durationS);
}

/** A caregiver turns the resident: leaning on the bed, a slow large turn, the resident awake after. */
export function repositioning(night: NightBuilder): void {
  const random = night.random;
  night.awakeInBed(random.uniform(15, 30), false);
  const startS = night.t;
  const turnS = random.uniform(5, 15);
  const durationS = turnS + random.uniform(20, 60);
  night.externalLoads.push({
    startS: startS - 5,
    durationS: durationS + 5,
    rampS: random.uniform(1, 2),
    kg: random.uniform(10, 25),
    zones: random.pick(leans),
  });
  caregiverMovements(night, startS - 5, startS + durationS);
  night.turn(false, night.otherLyingPosture(), 1, turnS);
  night.awakeInBed(durationS - turnS, false);
  night.annotate("repositioning", startS - 5, night.t);
  night.awakeInBed(random.uniform(60, 300));
}

/** A bag, a tray or a folded blanket (1–8 kg) put on the bed for `durationS` from `startS`. */
export function objectOnBed(night: NightBuilder, startS: number, durationS: number): void {
  const random = night.random;
  night.externalLoads.push({
    startS,
    durationS,
    rampS: random.uniform(0.5, 1.5),
    kg: random.uniform(1, 8),
    zones: random.pick(objectSpots),
  });
  night.addMovement(startS, random.uniform(1, 2), random.uniform(0.005, 0.02), "external");
  night.addMovement(startS + durationS - 1.5, random.uniform(1, 2), random.uniform(0.005, 0.02), "external");
  night.annotate("object", startS, startS + durationS);
}

/** Awake in bed with something put beside the resident for a few minutes. */
export function objectWhileAwake(night: NightBuilder): void {
  const random = night.random;
  night.awakeInBed(random.uniform(20, 60), false);
  const durationS = random.uniform(60, 900);
  objectOnBed(night, night.t, durationS);
  night.awakeInBed(durationS + random.uniform(20, 120));
}
