// A random but realistic care-facility night from a seed: empty bed before bedtime, falling asleep,
// sleep bouts broken by awakenings (some with sitting up, 0–3 with leaving the bed), a final awakening
// and getting up, and the empty bed after. Between them, the things that must not pass for a bed exit:
// aborted exits, caregivers on the bed, a caregiver turning the resident, objects, lying at the edge.

import { Rng } from "../random.ts";
import { NightBuilder } from "./night-builder.ts";
import {
  caregiverLeaning,
  caregiverSitting,
  objectOnBed,
  objectWhileAwake,
  repositioning,
} from "./night-confusers.ts";
import type { NightScenario, ResidentProfile, SensorSetup } from "./scenario.ts";

export interface NightOptions {
  /** Length of the recording; default 8 h. At least 2 h. */
  durationS?: number;
  /** Bed exits during the night, not counting getting up in the morning; default random 0–3. */
  bedExits?: number;
}

type Interruption = (night: NightBuilder) => void;

export function drawNight(
  seed: number,
  resident: ResidentProfile,
  sensor: SensorSetup,
  options: NightOptions = {},
): NightScenario {
  const random = Rng.fromSeed(seed, "night");
  const durationS = Math.max(7200, options.durationS ?? 8 * 3600);
  const night = new NightBuilder(random, resident);
  const interruptions = plannedInterruptions(random.fork("confusers"));
  night.empty(random.uniform(120, 420));
  night.enterBed();
  night.awakeInBed(resident.sleepLatencyMin * 60 * random.uniform(0.6, 1.4));
  const finalWakeS = random.uniform(300, 900);
  const tailS = random.uniform(180, 400);
  const lastSleepEnd = durationS - finalWakeS - tailS - 60;
  const exitCount = options.bedExits ?? random.int(0, 3);
  const exits = exitTimes(night.t + 1200, lastSleepEnd - 2400, exitCount, random);
  while (night.t < lastSleepEnd - 300) {
    const nextExit = exits[0] ?? Number.POSITIVE_INFINITY;
    const bout = Math.min(
      random.uniform(1200, 6000),
      lastSleepEnd - night.t,
      Math.max(60, nextExit - night.t),
    );
    const boutStart = night.t;
    night.sleep(bout);
    if (random.chance(0.4)) caregiverLeaning(night, boutStart, night.t);
    if (night.t >= lastSleepEnd - 2400) break;
    if (night.t >= nextExit - 1) {
      exits.shift();
      nightExcursion(night, random);
    } else {
      (interruptions.shift() ?? awakening)(night);
    }
  }
  night.awakeInBed(finalWakeS);
  night.exitBed();
  night.empty(Math.max(60, durationS - night.t));
  return {
    seed,
    durationS: night.t,
    resident,
    sensor,
    segments: night.segments,
    apnoeas: night.apnoeas,
    fidgets: night.fidgets.sort((a, b) => a.startS - b.startS),
    externalLoads: night.externalLoads.sort((a, b) => a.startS - b.startS),
    confusers: night.confusers.sort((a, b) => a.startS - b.startS),
  };
}

/** The night's awakenings that come with a confuser, in random order: about 2–6 a night. */
function plannedInterruptions(random: Rng): Interruption[] {
  const planned: Interruption[] = [];
  const add = (count: number, interruption: Interruption) => {
    for (let i = 0; i < count; i++) planned.push(interruption);
  };
  add(random.int(1, 2), (night) => {
    night.awakeInBed(random.uniform(30, 180));
    night.abortedExit();
    night.awakeInBed(random.uniform(60, 300));
  });
  add(random.int(0, 1), caregiverSitting);
  add(random.int(0, 1), repositioning);
  add(random.int(0, 1), objectWhileAwake);
  return random.shuffled(planned);
}

/** Out of bed for 3–15 min (toilet, a drink), then back and awake a while; sometimes a bag on the bed. */
function nightExcursion(night: NightBuilder, random: Rng): void {
  night.awakeInBed(random.uniform(40, 240));
  night.exitBed();
  const outS = random.uniform(180, 900);
  const leftAt = night.t;
  night.empty(outS);
  if (random.chance(0.3)) objectOnBed(night, leftAt + 30, random.uniform(30, outS - 60));
  night.enterBed();
  night.awakeInBed(random.uniform(180, 900));
}

/** Brief (1–4 min), long (5–20 min), or with sitting up in bed. */
function awakening(night: NightBuilder): void {
  const random = night.random;
  const kind = random.next();
  if (kind < 0.6) {
    night.awakeInBed(random.uniform(60, 240));
  } else if (kind < 0.88) {
    night.awakeInBed(random.uniform(300, 1200));
  } else {
    night.awakeInBed(random.uniform(60, 180));
    night.sitUpInBed();
    night.awakeInBed(random.uniform(60, 300));
  }
}

/** Up to `count` exit times between `from` and `to`, at least 40 min apart. */
function exitTimes(from: number, to: number, count: number, random: Rng): number[] {
  const times: number[] = [];
  for (let attempt = 0; attempt < 50 && times.length < count && to > from; attempt++) {
    const t = random.uniform(from, to);
    if (times.every((other) => Math.abs(other - t) >= 2400)) times.push(t);
  }
  return times.sort((a, b) => a - b);
}
