// Random but plausible residents and sensor installations. Ranges are typical adult / older-adult
// values (resting heart rate 50–85 bpm, breathing 11–20 /min at rest), chosen for variety, not
// fitted to a population.
import { Rng } from "../random.ts";
import type { ResidentProfile, SensorSetup } from "./scenario.ts";

export function drawResident(seed: number): ResidentProfile {
  const random = Rng.fromSeed(seed, "resident");
  return {
    id: `resident-${seed}`,
    weightKg: round(random.uniform(45, 100), 1),
    restingHeartRateBpm: round(random.uniform(52, 84), 1),
    sleepHeartRateDropBpm: round(random.uniform(3, 9), 1),
    sinusArrhythmiaBpm: round(random.uniform(1, 6), 1),
    breathingRatePerMin: round(random.uniform(11, 20), 1),
    breathingDepth: round(random.uniform(0.008, 0.02), 4),
    bcgStrength: round(random.uniform(0.0008, 0.002), 5),
    restlessnessPerMin: round(random.uniform(0.6, 2), 2),
    apnoeasPerHour: round(random.uniform(0, 8), 1),
    sleepLatencyMin: round(random.uniform(5, 30), 1),
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
