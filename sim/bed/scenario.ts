// A night on the bed sensor as plain, JSON-able data. The scenario is the script; the signal
// generator plays it and the accuracy harness reads the ground truth from it.

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
  /** REM sleep: irregular breathing, heart rate a little above NREM, hardly any limb movement. */
  rem?: boolean;
  /** Heart-rate surge (peak, bpm) at the segment's start: an awakening from sleep. */
  heartRateRiseBpm?: number;
  rampS: number;
  movementIntensity: number;
  /**
   * Share of the body's load, breathing and heartbeat that reaches the sensor (default 1). Lying at
   * the bed's edge, beside the sensor strip, the mattress passes on only part of it.
   */
  coverage?: number;
}

/** Breathing stops (central-type: no effort) for `durationS`. */
export interface Apnoea {
  startS: number;
  durationS: number;
}

/**
 * Where a movement happens, which decides who feels it: the bed feels the trunk ("body") and the legs
 * well and an arm barely; a wrist accelerometer feels the arm and the trunk, a leg kick hardly, and
 * a caregiver on the bed ("external") not at all.
 */
export type MovementSite = "body" | "legs" | "arm" | "external";

/**
 * A small movement that changes no posture: scratching, shifting a leg, adjusting the blanket, a
 * periodic limb movement or a movement arousal in sleep, an arm moving on the blanket.
 */
export interface Fidget {
  startS: number;
  durationS: number;
  /** Artefact amplitude as a fraction of body weight (as the bed would feel it at site "body"). */
  intensity: number;
  /** Default "body". */
  site?: MovementSite;
  /** Heart-rate surge (peak, bpm) with the movement: a movement arousal or a limb movement in sleep. */
  heartRateRiseBpm?: number;
}

/** Share of a load on each body zone of the bed: head, chest, hips, legs. */
export type ZoneShares = [head: number, chest: number, hips: number, legs: number];

/**
 * Weight on the bed that is not the resident: a caregiver sitting on the edge or leaning on the bed,
 * a bag or a tray. It comes on over `rampS`, stays, and goes off over `rampS` at the end.
 */
export interface ExternalLoad {
  startS: number;
  durationS: number;
  rampS: number;
  kg: number;
  zones: ZoneShares;
}

export const confuserKinds = [
  "aborted_exit",
  "caregiver_sitting",
  "caregiver_leaning",
  "repositioning",
  "object",
  "edge_lying",
] as const;
export type ConfuserKind = (typeof confuserKinds)[number];

/** A stretch that could be mistaken for a bed exit or sitting up, for scoring false alarms against. */
export interface Confuser {
  kind: ConfuserKind;
  startS: number;
  endS: number;
}

export interface ResidentProfile {
  id: string;
  weightKg: number;
  /** Heart rate lying quietly awake. */
  restingHeartRateBpm: number;
  /** How much lower the heart rate settles in NREM sleep (negative: higher, a "non-dipper"). */
  sleepHeartRateDropBpm: number;
  /** REM heart rate above the NREM level (default 0.25 × sleepHeartRateDropBpm). */
  remHeartRateRiseBpm?: number;
  /** Decline of the heart rate over an 8-hour night, whatever the stage (default 0). */
  nightHeartRateDeclineBpm?: number;
  /** Heart-rate surge (peak) at an awakening from sleep; movement arousals get part of it (default 0). */
  arousalHeartRateRiseBpm?: number;
  /** Peak-to-peak respiratory sinus arrhythmia lying awake (stronger in NREM sleep). */
  sinusArrhythmiaBpm: number;
  /** Breathing rate lying quietly awake. */
  breathingRatePerMin: number;
  /** Breath-to-breath coefficient of variation of the breathing rate awake (default 0.14). */
  awakeBreathingCv?: number;
  /** The same in NREM sleep (default 0.06) and in REM sleep (default 0.13). */
  nremBreathingCv?: number;
  remBreathingCv?: number;
  /** NREM and REM breathing rate relative to the awake rate (defaults 0.92 and 0.98). */
  nremBreathingRateFactor?: number;
  remBreathingRateFactor?: number;
  /** Breath size awake and in REM relative to NREM, whose size is `breathingDepth` (1.1 and 0.9). */
  awakeBreathingDepthFactor?: number;
  remBreathingDepthFactor?: number;
  /** Peak-to-peak breathing load swing under the chest in NREM sleep, as a fraction of body weight. */
  breathingDepth: number;
  /** BCG J-wave amplitude as a fraction of body weight. */
  bcgStrength: number;
  /** Fidgets per minute while awake in bed. */
  restlessnessPerMin: number;
  apnoeasPerHour: number;
  sleepLatencyMin: number;
  /** Share of wake in bed spent lying still, which movement-based scoring cannot see (default 0.05). */
  stillWakeShare?: number;
  /** Periodic limb movements in sleep per hour (PLMS index; default 0). */
  limbMovementsPerHour?: number;
  /** Brief movement arousals in sleep per hour, too short to count as wake (default 0). */
  movementArousalsPerHour?: number;
  /** Arm-only movements per hour asleep (a wrist feels them, the bed hardly; default 0). */
  armMovementsPerHourAsleep?: number;
  /** Share of the breath cycle spent breathing in (default 0.4). */
  inhaleShare?: number;
  /** Time scale of the BCG complex (1 = the textbook widths and delays; default 1). */
  bcgTimeScale?: number;
  /** Gains of the BCG waves H, I, J, K, L, M relative to the textbook shape (default all 1). */
  bcgWaveGains?: number[];
  /** Random beat-to-beat jitter of the heartbeat, standard deviation in ms (default 0). */
  beatJitterMs?: number;
  /** Amplitude (peak) of the ~0.1 Hz Mayer-wave heart-rate oscillation, bpm (default 0). */
  mayerWaveBpm?: number;
  /** Frequency of the Mayer wave (default 0.1 Hz). */
  mayerWaveHz?: number;
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
  /** Caregivers and objects on the bed (default none). */
  externalLoads?: ExternalLoad[];
  /** Ground-truth annotation of the stretches that could pass for an exit or sitting up. */
  confusers?: Confuser[];
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
