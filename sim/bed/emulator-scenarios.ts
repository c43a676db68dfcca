// Which nights an emulated bed plays: the configured first night (a random realistic one, or a short
// scripted one whose exits come early, for tests and alarm checks), then random 8-hour nights of the
// same resident on the same sensor, one after another, for as long as the emulator runs.

import { deriveSeed, Rng } from "../random.ts";
import { drawNight } from "./draw-night.ts";
import { NightBuilder } from "./night-builder.ts";
import { drawResident, drawSensor } from "./residents.ts";
import type { NightScenario, ResidentProfile, SensorSetup } from "./scenario.ts";

export type NightPlan =
  | { type: "drawn"; hours: number; bedExits?: number | undefined }
  | { type: "short"; leadS: number; inBedS: number; outS: number; cycles: number };

export const DEFAULT_NIGHT_PLAN: NightPlan = { type: "drawn", hours: 8 };

export interface BedSetup {
  seed: number;
  sampleRateHz: number;
  channels: number;
}

/**
 * A short night: empty bed for `leadS` (the analyzer learns the empty reading), then `cycles` times:
 * get in, lie awake a minute, sleep, sit on the edge and get out, stay out for `outS`. Every exit is a
 * real one (sitting on the edge first), with exact times in the ground truth.
 */
function shortNight(
  seed: number,
  plan: Extract<NightPlan, { type: "short" }>,
  resident: ResidentProfile,
  sensor: SensorSetup,
): NightScenario {
  const night = new NightBuilder(Rng.fromSeed(seed, "short-night"), resident);
  night.empty(plan.leadS);
  for (let cycle = 0; cycle < plan.cycles; cycle++) {
    night.enterBed();
    const awakeS = Math.min(60, plan.inBedS / 3);
    night.awakeInBed(awakeS);
    if (plan.inBedS - awakeS > 10) night.sleep(plan.inBedS - awakeS);
    night.exitBed();
    night.empty(plan.outS);
  }
  return {
    seed,
    durationS: night.t,
    resident,
    sensor,
    segments: night.segments,
    apnoeas: night.apnoeas,
    fidgets: night.fidgets.sort((a, b) => a.startS - b.startS),
  };
}

/** Night `index` of a bed: 0 follows the plan, later ones are drawn 8-hour nights. */
export function nightOfBed(setup: BedSetup, plan: NightPlan, index: number): NightScenario {
  const resident = drawResident(setup.seed);
  const sensor = drawSensor(setup.seed, { sampleRateHz: setup.sampleRateHz, channels: setup.channels });
  const seed = index === 0 ? setup.seed : deriveSeed(setup.seed, `night-${index}`);
  if (index === 0 && plan.type === "short") return shortNight(seed, plan, resident, sensor);
  const hours = index === 0 && plan.type === "drawn" ? plan.hours : 8;
  const bedExits = index === 0 && plan.type === "drawn" ? plan.bedExits : undefined;
  return drawNight(seed, resident, sensor, {
    durationS: hours * 3600,
    ...(bedExits === undefined ? {} : { bedExits }),
  });
}
