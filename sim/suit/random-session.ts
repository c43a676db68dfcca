// Draws a realistic session from a seed: a care worker or resident wearing a lower-limb/lumbar suit,
// standing up, lifting a person and walking, with rests in between, and everything that goes wrong with
// surface electrodes on a real ward.

import { Rng } from "../random.ts";
import type {
  BodySide,
  ElectrodeOffSpec,
  MotionArtefactSpec,
  MovementKind,
  MovementSpec,
  MuscleName,
  SuitChannelSpec,
  SuitScenario,
} from "./scenario.ts";
import { drawSharpArtefactRates, drawSharpArtefacts } from "./sharp-artefacts.ts";

export interface DrawSessionOptions {
  durationS?: number;
  channelCount?: number;
  sampleRateHz?: number;
  mainsHz?: 50 | 60;
  /** Number of electrode lift-offs; random 0–2 when absent. */
  electrodeOffCount?: number;
  /** Force a fatigue direction: "fatigue" (conduction slows) or "recovery"; random when absent. */
  fatigue?: "fatigue" | "recovery";
}

/** Electrode sites in the order channels are assigned: 4 channels cover knee, hip, ankle and back. */
export const suitMontage: { name: string; muscle: MuscleName; side: BodySide }[] = [
  { name: "VL_R", muscle: "vastus_lateralis", side: "right" },
  { name: "BF_R", muscle: "biceps_femoris", side: "right" },
  { name: "TA_R", muscle: "tibialis_anterior", side: "right" },
  { name: "ES_R", muscle: "erector_spinae", side: "right" },
  { name: "GM_R", muscle: "gluteus_maximus", side: "right" },
  { name: "GAS_R", muscle: "gastrocnemius", side: "right" },
  { name: "VL_L", muscle: "vastus_lateralis", side: "left" },
  { name: "RF_R", muscle: "rectus_femoris", side: "right" },
];

export const simulatedSampleRatesHz = [1000, 1200, 1500, 2000] as const;

function drawChannels(count: number, fatigue: "fatigue" | "recovery", random: Rng): SuitChannelSpec[] {
  return suitMontage.slice(0, count).map((site) => {
    // Fatigue: conduction velocity falls 10–25 % over the session; recovery: it climbs back 8–18 % from a
    // fatigued start. Compressed into minutes so that a short simulated session shows the trend.
    const cvFactorStart = fatigue === "fatigue" ? random.uniform(0.97, 1.0) : random.uniform(0.78, 0.86);
    const change = fatigue === "fatigue" ? -random.uniform(0.1, 0.25) : random.uniform(0.08, 0.18);
    return {
      ...site,
      // Older wearers and thick subcutaneous fat give weak surface EMG: MVC RMS from ~120 µV.
      mvcRmsUv: random.uniform(120, 700),
      restingToneDrive: random.uniform(0, 0.02),
      noiseRmsUv: random.uniform(2, 8),
      electrodeOffsetUv: random.uniform(-800, 800),
      mainsCoupling: random.uniform(0.5, 1.5),
      ecgUv: site.muscle === "erector_spinae" ? random.uniform(10, 60) : random.uniform(0, 3),
      cvFactorStart,
      cvFactorEnd: cvFactorStart * (1 + change),
    };
  });
}

function drawMovement(kind: MovementKind, startMs: number, random: Rng): MovementSpec {
  if (kind === "walk") {
    const cycleMs = random.uniform(950, 1250);
    return {
      kind,
      startMs,
      cycleMs,
      durationMs: cycleMs * random.int(6, 16),
      intensity: random.uniform(0.8, 1.2),
    };
  }
  const durationMs = kind === "sit-to-stand" ? random.uniform(1800, 3000) : random.uniform(2500, 4000);
  return { kind, startMs, durationMs, intensity: random.uniform(0.8, 1.3) };
}

function drawMovements(durationMs: number, random: Rng): MovementSpec[] {
  const kinds: MovementKind[] = ["sit-to-stand", "lift-person", "walk"];
  const movements: MovementSpec[] = [];
  let t = random.uniform(4000, 8000);
  for (;;) {
    const movement = drawMovement(random.pick(kinds), t, random);
    if (movement.startMs + movement.durationMs > durationMs - 3000) break;
    movements.push(movement);
    t = movement.startMs + movement.durationMs + random.uniform(4000, 15000);
  }
  return movements;
}

/** Cable bumps and electrode pressure at random times, about 0.6 per minute, on one or two leads. */
function drawRestArtefacts(durationMs: number, channelCount: number, random: Rng): MotionArtefactSpec[] {
  const count = Math.round((durationMs / 60000) * 0.6 * random.uniform(0.5, 1.5));
  return Array.from({ length: count }, () => {
    const first = random.int(0, channelCount - 1);
    const channels = random.chance(0.3) ? [first, (first + 1) % channelCount] : [first];
    const sign = random.chance(0.5) ? 1 : -1;
    return {
      atMs: random.uniform(2000, durationMs - 2000),
      channels,
      amplitudeUv: sign * random.uniform(300, 2000),
      durationMs: random.uniform(30, 120),
    };
  }).sort((a, b) => a.atMs - b.atMs);
}

function drawSessionSharpArtefacts(durationMs: number, channelCount: number, random: Rng) {
  return drawSharpArtefacts(durationMs, channelCount, drawSharpArtefactRates(random), random);
}

function drawElectrodeOff(durationMs: number, channelCount: number, count: number, random: Rng) {
  const modes: ElectrodeOffSpec["mode"][] = ["flat", "saturated", "noisy"];
  const events: ElectrodeOffSpec[] = [];
  for (let i = 0; i < count; i++) {
    const lengthMs = random.uniform(2000, 15000);
    const startMs = random.uniform(10000, Math.max(10000, durationMs - lengthMs - 10000));
    events.push({
      channel: random.int(0, channelCount - 1),
      startMs,
      endMs: startMs + lengthMs,
      mode: random.pick(modes),
    });
  }
  return events.sort((a, b) => a.startMs - b.startMs);
}

/**
 * A random realistic session. Each part draws from its own stream, so overriding one option (say the mains
 * frequency) leaves the rest of the session unchanged.
 */
export function drawSuitSession(seed: number, options: DrawSessionOptions = {}): SuitScenario {
  const random = Rng.fromSeed(seed).fork("session");
  const durationMs = 1000 * (options.durationS ?? random.uniform(180, 300));
  const channelCount = Math.min(suitMontage.length, options.channelCount ?? random.int(4, 8));
  const drawnFatigue = random.chance(0.7) ? "fatigue" : "recovery";
  const drawnOffCount = random.pick([0, 1, 1, 2]);
  const drawnRate = random.pick(simulatedSampleRatesHz);
  const mainsRandom = random.fork("mains");
  const drawnMainsHz = mainsRandom.pick([50, 60] as const);
  return {
    seed,
    sampleRateHz: options.sampleRateHz ?? drawnRate,
    durationMs,
    uvPerCount: 0.25,
    channels: drawChannels(channelCount, options.fatigue ?? drawnFatigue, random.fork("channels")),
    movements: drawMovements(durationMs, random.fork("movements")),
    mains: {
      frequencyHz: options.mainsHz ?? drawnMainsHz,
      amplitudeUv: mainsRandom.uniform(20, 300),
      maxDeviationHz: mainsRandom.uniform(0.02, 0.1),
      thirdHarmonicRatio: mainsRandom.uniform(0, 0.15),
    },
    heartRateBpm: random.uniform(55, 95),
    baselineWanderUv: random.uniform(100, 500),
    movementArtefactUv: random.uniform(200, 1500),
    motionArtefacts: drawRestArtefacts(durationMs, channelCount, random.fork("artefacts")),
    sharpArtefacts: drawSessionSharpArtefacts(durationMs, channelCount, random.fork("sharp-artefacts")),
    electrodeOff: drawElectrodeOff(
      durationMs,
      channelCount,
      options.electrodeOffCount ?? drawnOffCount,
      random.fork("electrode-off"),
    ),
  };
}
