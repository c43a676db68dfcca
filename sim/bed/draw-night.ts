// A random but realistic night from a seed: empty bed before bedtime, falling asleep, sleep bouts
// broken by awakenings (some with sitting up, 0–3 with leaving the bed), a final awakening and
// getting up, and the empty bed after.
import { NightBuilder } from "./night-builder.ts";
import { randomInt, randomStream, uniform } from "./random.ts";
import type { NightScenario, ResidentProfile, SensorSetup } from "./scenario.ts";

export interface NightOptions {
  /** Length of the recording; default 8 h. At least 2 h. */
  durationS?: number;
  /** Bed exits during the night, not counting getting up in the morning; default random 0–3. */
  bedExits?: number;
}

export function drawNight(
  seed: number,
  resident: ResidentProfile,
  sensor: SensorSetup,
  options: NightOptions = {},
): NightScenario {
  const random = randomStream(seed, "night");
  const durationS = Math.max(7200, options.durationS ?? 8 * 3600);
  const night = new NightBuilder(random, resident);
  night.empty(uniform(random, 120, 420));
  night.enterBed();
  night.awakeInBed(resident.sleepLatencyMin * 60 * uniform(random, 0.6, 1.4));
  const finalWakeS = uniform(random, 300, 900);
  const tailS = uniform(random, 180, 400);
  const lastSleepEnd = durationS - finalWakeS - tailS - 60;
  const exits = exitTimes(
    night.t + 1200,
    lastSleepEnd - 2400,
    options.bedExits ?? randomInt(random, 0, 3),
    random,
  );
  while (night.t < lastSleepEnd - 300) {
    const nextExit = exits[0] ?? Number.POSITIVE_INFINITY;
    const bout = Math.min(
      uniform(random, 1200, 6000),
      lastSleepEnd - night.t,
      Math.max(60, nextExit - night.t),
    );
    night.sleep(bout);
    if (night.t >= lastSleepEnd - 2400) break;
    if (night.t >= nextExit - 1) {
      exits.shift();
      nightExcursion(night, random);
    } else {
      awakening(night, random);
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
  };
}

/** Out of bed for 3–15 min (toilet, a drink), then back and awake a while. */
function nightExcursion(night: NightBuilder, random: () => number): void {
  night.awakeInBed(uniform(random, 40, 240));
  night.exitBed();
  night.empty(uniform(random, 180, 900));
  night.enterBed();
  night.awakeInBed(uniform(random, 180, 900));
}

/** Brief (1–4 min), long (5–20 min, sometimes lying still), or with sitting up in bed. */
function awakening(night: NightBuilder, random: () => number): void {
  const kind = random();
  if (kind < 0.6) {
    night.awakeInBed(uniform(random, 60, 240));
  } else if (kind < 0.88) {
    night.awakeInBed(uniform(random, 300, 1200), random() < 0.2);
  } else {
    night.awakeInBed(uniform(random, 60, 180));
    night.sitUpInBed();
    night.awakeInBed(uniform(random, 60, 300));
  }
}

/** Up to `count` exit times between `from` and `to`, at least 40 min apart. */
function exitTimes(from: number, to: number, count: number, random: () => number): number[] {
  const times: number[] = [];
  for (let attempt = 0; attempt < 50 && times.length < count && to > from; attempt++) {
    const t = uniform(random, from, to);
    if (times.every((other) => Math.abs(other - t) >= 2400)) times.push(t);
  }
  return times.sort((a, b) => a - b);
}
