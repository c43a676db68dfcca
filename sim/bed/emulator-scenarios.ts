// Which nights an emulated bed plays: the configured first night (a random realistic one, a short
// scripted one whose exits come early, for tests and alarm checks, or one read from a scenario file),
// then random 8-hour nights of the same resident on the same sensor, one after another, for as long as
// the emulator runs.

import { readFileSync } from "node:fs";
import { type Result, rejected } from "../../proto/result.ts";
import { deriveSeed, Rng } from "../random.ts";
import { drawNight } from "./draw-night.ts";
import { NightBuilder } from "./night-builder.ts";
import { drawResident, drawSensor } from "./residents.ts";
import type { NightScenario, ResidentProfile, SensorSetup } from "./scenario.ts";
import { parseScenario } from "./scenario-validate.ts";

export type NightPlan =
  | { type: "drawn"; hours: number; bedExits?: number | undefined }
  | { type: "short"; leadS: number; inBedS: number; outS: number; cycles: number }
  /** A scenario file (e.g. a `<id>.scenario.json` written by an earlier run), relative to the config. */
  | { type: "file"; path: string };

/** A plan ready to play: a scenario file is read and checked first. */
export type PlayablePlan =
  | Exclude<NightPlan, { type: "file" }>
  | { type: "scenario"; scenario: NightScenario };

/** Reads and checks a scenario file; every problem is in `reason`, one per line. */
export function loadScenarioFile(path: string): Result<NightScenario> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    return rejected(`${path}: ${(error as Error).message}`);
  }
  const parsed = parseScenario(raw);
  if (parsed.ok) return parsed;
  return rejected(
    parsed.reason
      .split("\n")
      .map((line) => `${path}: ${line}`)
      .join("\n"),
  );
}

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

/** Night `index` of a bed: 0 follows the plan, later ones are drawn 8-hour nights (of a file's resident). */
export function nightOfBed(setup: BedSetup, plan: PlayablePlan, index: number): NightScenario {
  const fromFile = plan.type === "scenario" ? plan.scenario : null;
  if (fromFile && index === 0) return fromFile;
  const resident = fromFile?.resident ?? drawResident(setup.seed);
  const sensor =
    fromFile?.sensor ??
    drawSensor(setup.seed, { sampleRateHz: setup.sampleRateHz, channels: setup.channels });
  const seed = index === 0 ? setup.seed : deriveSeed(setup.seed, `night-${index}`);
  if (index === 0 && plan.type === "short") return shortNight(seed, plan, resident, sensor);
  const hours = index === 0 && plan.type === "drawn" ? plan.hours : 8;
  const bedExits = index === 0 && plan.type === "drawn" ? plan.bedExits : undefined;
  return drawNight(seed, resident, sensor, {
    durationS: hours * 3600,
    ...(bedExits === undefined ? {} : { bedExits }),
  });
}
