// A night on the bed sensor as plain, JSON-able data. The scenario is the script; the signal
// generator plays it and the accuracy harness reads the ground truth from it.
import { ok, type Result, rejected } from "../../proto/result.ts";

/** Ground-truth state of the bed for one second. */
export type BedState = "empty" | "in_bed_awake" | "asleep" | "sitting_up" | "moving";

/** Body position; "out" means nobody on the bed, "edge" is sitting on the bed's side, feet on the floor. */
export type Posture = "out" | "supine" | "left" | "right" | "prone" | "sitting" | "edge";

export const lyingPostures: readonly Posture[] = ["supine", "left", "right", "prone"];
export const isLying = (posture: Posture): boolean => lyingPostures.includes(posture);
export const isSitting = (posture: Posture): boolean => posture === "sitting" || posture === "edge";

/**
 * One stretch of the night. The body moves from the previous segment's posture to this one's during
 * the first `rampS` seconds (a turn, sitting up, standing up); `movementIntensity` is the size of the
 * artefact that comes with it, as a fraction of body weight.
 */
export interface NightSegment {
  startS: number;
  endS: number;
  state: BedState;
  posture: Posture;
  /** Truth for sleep/wake scoring: a turn during sleep is still sleep. */
  asleep: boolean;
  rampS: number;
  movementIntensity: number;
}

/** Breathing stops (central-type: no effort) for `durationS`. */
export interface Apnoea {
  startS: number;
  durationS: number;
}

/** A small movement that changes no posture: scratching, shifting a leg, adjusting the blanket. */
export interface Fidget {
  startS: number;
  durationS: number;
  /** Artefact amplitude as a fraction of body weight. */
  intensity: number;
}

export interface ResidentProfile {
  id: string;
  weightKg: number;
  restingHeartRateBpm: number;
  /** How much lower the heart rate settles during sleep. */
  sleepHeartRateDropBpm: number;
  /** Peak-to-peak respiratory sinus arrhythmia at rest. */
  sinusArrhythmiaBpm: number;
  breathingRatePerMin: number;
  /** Peak-to-peak breathing load swing under the chest, as a fraction of body weight. */
  breathingDepth: number;
  /** BCG J-wave amplitude as a fraction of body weight. */
  bcgStrength: number;
  /** Fidgets per minute while awake in bed. */
  restlessnessPerMin: number;
  apnoeasPerHour: number;
  sleepLatencyMin: number;
}

export interface SensorSetup {
  sampleRateHz: number;
  /** 1–4 load channels, ordered from head to foot (layouts in body-load.ts). */
  channels: number;
  countsPerKg: number;
  /** Empty-bed reading of each channel. */
  offsetCounts: number[];
  /** White noise standard deviation. */
  noiseCounts: number;
  /** Standard deviation of the slow random-walk offset drift. */
  driftCounts: number;
  /** Offset the sensor warms up by under a body (reached with a time constant of ~20 min). */
  thermalDriftCounts: number;
}

export interface NightScenario {
  seed: number;
  durationS: number;
  resident: ResidentProfile;
  sensor: SensorSetup;
  segments: NightSegment[];
  apnoeas: Apnoea[];
  fidgets: Fidget[];
}

export type TruthEventKind = "bed_exit" | "return" | "sit_up" | "lie_down" | "apnoea_start" | "apnoea_end";

export interface TruthEvent {
  kind: TruthEventKind;
  timeS: number;
}

/** Ground truth for one second [timeS, timeS + 1). Rates are null when undefined (empty bed, apnoea). */
export interface TruthSecond {
  timeS: number;
  state: BedState;
  asleep: boolean;
  heartRateBpm: number | null;
  breathingRatePerMin: number | null;
}

/**
 * Exact times of the physical events. A load transfer (getting up, lying down, sitting up) is dated
 * at the middle of its ramp, where half the load has moved.
 */
export function scenarioEvents(scenario: NightScenario): TruthEvent[] {
  const events: TruthEvent[] = [];
  for (let i = 1; i < scenario.segments.length; i++) {
    const previous = scenario.segments[i - 1];
    const segment = scenario.segments[i];
    if (!previous || !segment) continue;
    const kind = transitionKind(previous.posture, segment.posture);
    if (kind) events.push({ kind, timeS: segment.startS + segment.rampS / 2 });
  }
  for (const apnoea of scenario.apnoeas) {
    events.push({ kind: "apnoea_start", timeS: apnoea.startS });
    events.push({ kind: "apnoea_end", timeS: apnoea.startS + apnoea.durationS });
  }
  return events.sort((a, b) => a.timeS - b.timeS);
}

function transitionKind(from: Posture, to: Posture): TruthEventKind | null {
  if (from !== "out" && to === "out") return "bed_exit";
  if (from === "out" && to !== "out") return "return";
  if (isLying(from) && isSitting(to)) return "sit_up";
  if (isSitting(from) && isLying(to)) return "lie_down";
  return null;
}

/** Structural checks, so a hand-written or edited scenario fails clearly instead of playing nonsense. */
export function validateScenario(scenario: NightScenario): Result<NightScenario> {
  const { sensor, segments } = scenario;
  if (sensor.sampleRateHz < 50 || sensor.sampleRateHz > 1000) {
    return rejected(`sample rate ${sensor.sampleRateHz} Hz outside 50–1000`);
  }
  if (!Number.isInteger(sensor.channels) || sensor.channels < 1 || sensor.channels > 4) {
    return rejected(`${sensor.channels} channels, expected 1–4`);
  }
  if (sensor.offsetCounts.length !== sensor.channels) return rejected("one offset per channel expected");
  if (segments.length === 0 || segments[0]?.startS !== 0) return rejected("segments must start at 0 s");
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (!segment || segment.endS <= segment.startS) return rejected(`segment ${i} is empty or reversed`);
    const next = segments[i + 1];
    if (next && Math.abs(next.startS - segment.endS) > 1e-9) return rejected(`gap after segment ${i}`);
    if (segment.rampS < 0 || segment.rampS > segment.endS - segment.startS) {
      return rejected(`segment ${i} ramp does not fit`);
    }
  }
  const last = segments[segments.length - 1];
  if (!last || last.endS < scenario.durationS) return rejected("segments end before the night does");
  return ok(scenario);
}
