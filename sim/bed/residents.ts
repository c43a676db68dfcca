// Random but plausible residents and sensor installations. Ranges are typical adult / older-adult
// values (resting heart rate 50–90 bpm, breathing 9–27 /min at rest so that a night spans ~8–30 /min),
// chosen for variety, not fitted to a population. Sleep traits follow what is reported for older
// adults, many with insomnia: a large share of wake spent lying still, periodic limb movements in
// sleep (PLMS index ≥ 5 /h in about 45 %), brief movement arousals. How heart and breathing differ
// between wake, NREM and REM sleep differs between people too (sources in docs/bed-estimators.md).
import { Rng } from "../random.ts";
import type { ResidentProfile, SensorSetup } from "./scenario.ts";

export function drawResident(seed: number): ResidentProfile {
  const random = Rng.fromSeed(seed, "resident");
  return {
    id: `resident-${seed}`,
    weightKg: round(random.uniform(45, 100), 1),
    restingHeartRateBpm: round(random.uniform(50, 90), 1),
    sinusArrhythmiaBpm: round(random.uniform(1, 6), 1),
    breathingRatePerMin: round(random.uniform(9, 27), 1),
    breathingDepth: round(random.uniform(0.008, 0.02), 4),
    bcgStrength: round(random.uniform(0.0008, 0.002), 5),
    restlessnessPerMin: round(random.uniform(0.6, 2), 2),
    apnoeasPerHour: round(random.uniform(0, 8), 1),
    sleepLatencyMin: round(random.uniform(5, 30), 1),
    ...drawSleepTraits(random.fork("sleep")),
    ...drawCardiacTraits(random.fork("cardiac")),
    ...drawAutonomicTraits(random.fork("autonomic")),
  };
}

type SleepTraits = Pick<
  ResidentProfile,
  "stillWakeShare" | "limbMovementsPerHour" | "movementArousalsPerHour" | "armMovementsPerHourAsleep"
>;

function drawSleepTraits(random: Rng): SleepTraits {
  return {
    stillWakeShare: round(random.uniform(0.2, 0.6), 2),
    limbMovementsPerHour: round(random.chance(0.45) ? random.uniform(5, 40) : random.uniform(0, 5), 1),
    movementArousalsPerHour: round(random.uniform(1, 8), 1),
    armMovementsPerHourAsleep: round(random.uniform(0.5, 4), 1),
  };
}

type CardiacTraits = Pick<
  ResidentProfile,
  "inhaleShare" | "bcgTimeScale" | "bcgWaveGains" | "beatJitterMs" | "mayerWaveBpm" | "mayerWaveHz"
>;

/** Beat morphology differs between people (and with sensor and mattress); J keeps gain 1. */
function drawCardiacTraits(random: Rng): CardiacTraits {
  return {
    inhaleShare: round(random.uniform(0.33, 0.47), 2),
    bcgTimeScale: round(random.uniform(0.8, 1.25), 2),
    bcgWaveGains: [0, 1, 2, 3, 4, 5].map((wave) => (wave === 2 ? 1 : round(random.uniform(0.6, 1.4), 2))),
    beatJitterMs: round(random.uniform(5, 30), 1),
    mayerWaveBpm: round(random.uniform(0.5, 3), 2),
    mayerWaveHz: round(random.uniform(0.08, 0.12), 3),
  };
}

type AutonomicTraits = Pick<
  ResidentProfile,
  | "sleepHeartRateDropBpm"
  | "remHeartRateRiseBpm"
  | "nightHeartRateDeclineBpm"
  | "arousalHeartRateRiseBpm"
  | "awakeBreathingCv"
  | "nremBreathingCv"
  | "remBreathingCv"
  | "nremBreathingRateFactor"
  | "remBreathingRateFactor"
  | "awakeBreathingDepthFactor"
  | "remBreathingDepthFactor"
>;

/**
 * How heart and breathing differ between quiet wake, NREM and REM sleep, per resident; the ranges and
 * their sources are tabulated in docs/bed-estimators.md ("Heart and breathing by sleep stage").
 */
function drawAutonomicTraits(random: Rng): AutonomicTraits {
  const dropBpm = round(Math.min(14, Math.max(-8, random.normal(1, 5))), 1);
  const awakeBreathingCv = round(random.uniform(0.1, 0.3), 3);
  return {
    sleepHeartRateDropBpm: dropBpm,
    // REM sits a little above NREM and, for a resident whose heart rate dips in sleep, below quiet wake.
    remHeartRateRiseBpm: round(random.uniform(0.5, 2) + random.uniform(0.1, 0.4) * Math.max(0, dropBpm), 1),
    nightHeartRateDeclineBpm: round(random.uniform(0, 5), 1),
    arousalHeartRateRiseBpm: round(random.uniform(4, 16), 1),
    awakeBreathingCv,
    nremBreathingCv: round(random.uniform(0.04, 0.1), 3),
    remBreathingCv: round(awakeBreathingCv * random.uniform(0.8, 1.2), 3),
    nremBreathingRateFactor: round(random.uniform(0.9, 1.05), 3),
    remBreathingRateFactor: round(random.uniform(0.98, 1.15), 3),
    awakeBreathingDepthFactor: round(random.uniform(1.05, 1.2), 3),
    remBreathingDepthFactor: round(random.uniform(0.75, 0.95), 3),
  };
}

export interface SensorOptions {
  sampleRateHz?: number;
  channels?: number;
}

/** 200 counts per kg (5 g resolution) keeps a 100 kg body plus offset inside int16. */
export function drawSensor(seed: number, options: SensorOptions = {}): SensorSetup {
  const random = Rng.fromSeed(seed, "sensor");
  const channels = options.channels ?? random.int(1, 4);
  return {
    sampleRateHz: options.sampleRateHz ?? 100,
    channels,
    countsPerKg: 200,
    offsetCounts: Array.from({ length: channels }, () => random.int(1500, 4000)),
    noiseCounts: round(random.uniform(2, 6), 2),
    driftCounts: round(random.uniform(10, 40), 1),
    thermalDriftCounts: round(random.uniform(20, 80), 1),
  };
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
