// A 3-axis wrist accelerometer worn through the same night: gravity turns with the posture, the
// resident's movements shake the wrist as it feels them (movement-artefact.ts: the arm strongly, the
// trunk as a limb does, a leg kick hardly, a caregiver on the bed not at all), and out of bed the wrist
// swings with walking. Output in int16 counts of 1/4096 g (±8 g range).

import { normalSource, Rng } from "../random.ts";
import { MovementArtefacts, movementEpisodes } from "./movement-artefact.ts";
import { clamp } from "./physiology.ts";
import type { NightScenario, Posture } from "./scenario.ts";
import { ScenarioTimeline } from "./timeline.ts";

export const wristCountsPerG = 4096;

export interface WristBlock {
  startSample: number;
  frames: number;
  sampleRateHz: number;
  /** Interleaved x, y, z counts. */
  samples: Int16Array;
}

const gravity: Record<Posture, readonly [number, number, number]> = {
  out: [0, -1, 0],
  supine: [0, 0, 1],
  left: [1, 0, 0],
  right: [-1, 0, 0],
  prone: [0, 0, -1],
  sitting: [0.2, -0.6, 0.77],
  edge: [0.1, -0.8, 0.59],
};

/** Wrist movement is this many times the bed's artefact (as g per share of body weight). */
const wristGain = 12;

export function* wristSignalBlocks(
  scenario: NightScenario,
  sampleRateHz = 32,
  blockS = 60,
): Generator<WristBlock> {
  const timeline = new ScenarioTimeline(scenario);
  const artefacts = new MovementArtefacts(
    movementEpisodes(scenario, "wrist"),
    sampleRateHz,
    3,
    wristGain,
    Rng.fromSeed(scenario.seed, "wrist-movement"),
    false,
  );
  const noise = normalSource(Rng.fromSeed(scenario.seed, "wrist-noise"));
  const shake = new Float64Array(3);
  const total = Math.round(scenario.durationS * sampleRateHz);
  const blockFrames = Math.round(blockS * sampleRateHz);
  let previous: Posture = "out";
  let current: Posture = "out";
  for (let start = 0; start < total; start += blockFrames) {
    const frames = Math.min(blockFrames, total - start);
    const samples = new Int16Array(frames * 3);
    for (let f = 0; f < frames; f++) {
      const t = (start + f) / sampleRateHz;
      timeline.advance(t);
      const segment = timeline.segment;
      if (segment.posture !== current) [previous, current] = [current, segment.posture];
      const progress = segment.rampS > 0 ? clamp((t - segment.startS) / segment.rampS, 0, 1) : 1;
      artefacts.at(start + f, shake);
      const walking = segment.posture === "out" ? 0.25 * Math.sin(2 * Math.PI * 1.8 * t) : 0;
      for (let axis = 0; axis < 3; axis++) {
        const from = gravity[previous][axis] ?? 0;
        const to = gravity[current][axis] ?? 0;
        const g =
          from + (to - from) * progress + (shake[axis] ?? 0) + (axis === 1 ? walking : 0) + 0.003 * noise();
        samples[f * 3 + axis] = clamp(Math.round(g * wristCountsPerG), -32768, 32767);
      }
    }
    yield { startSample: start, frames, sampleRateHz, samples };
  }
}
