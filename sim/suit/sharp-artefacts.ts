// Sharp, broadband artefacts of wearable surface EMG, unlike the smooth displacement transients of
// interference.ts: an electrode "pop" (the electrode–skin contact changes at once: the half-cell potential
// steps and recovers exponentially, the classic pop of ambulatory ECG and EMG recordings) and the crackle of
// a tugged or rubbed cable (triboelectric charge and connector contact: a cluster of fast steps within tens
// of ms, on the leads that share the cable). Both pass a 20 Hz high-pass as spikes, with energy at every
// frequency of the EMG band.

import type { Rng } from "../random.ts";

/** One step of `amplitudeUv` at `atMs`, decaying exponentially with `decayMs`. */
export interface DecayingStep {
  atMs: number;
  amplitudeUv: number;
  decayMs: number;
}

export interface SharpArtefactSpec {
  kind: "pop" | "cable_tug";
  channels: number[];
  steps: DecayingStep[];
}

/** A step is rendered for this many decay constants (e^−12 ≈ 6e-6 of its height remains). */
const stepSpanInDecays = 12;

export interface SharpArtefactRates {
  /** Electrode pops per minute on the whole suit. */
  popsPerMin: number;
  /** Cable-tug crackle bursts per minute on the whole suit. */
  cableTugsPerMin: number;
}

/**
 * Per-session rates: some sessions have well-seated electrodes and a cable routed out of the way (none),
 * others up to a pop a minute and two cable tugs a minute.
 */
export function drawSharpArtefactRates(random: Rng): SharpArtefactRates {
  return {
    popsPerMin: random.chance(0.3) ? 0 : random.uniform(0.1, 1),
    cableTugsPerMin: random.chance(0.3) ? 0 : random.uniform(0.2, 2),
  };
}

function drawPop(atMs: number, channelCount: number, random: Rng): SharpArtefactSpec {
  const sign = random.chance(0.5) ? 1 : -1;
  return {
    kind: "pop",
    channels: [random.int(0, channelCount - 1)],
    steps: [{ atMs, amplitudeUv: sign * random.uniform(500, 5000), decayMs: random.uniform(50, 400) }],
  };
}

function drawCableTug(atMs: number, channelCount: number, random: Rng): SharpArtefactSpec {
  const first = random.int(0, channelCount - 1);
  const channels = random.chance(0.5) ? [first, (first + 1) % channelCount] : [first];
  const burstMs = random.uniform(10, 80);
  const steps = Array.from({ length: random.int(2, 8) }, () => ({
    atMs: atMs + random.uniform(0, burstMs),
    amplitudeUv: (random.chance(0.5) ? 1 : -1) * random.uniform(100, 1500),
    decayMs: random.uniform(0.5, 3),
  })).sort((a, b) => a.atMs - b.atMs);
  return { kind: "cable_tug", channels, steps };
}

/** Pops and cable tugs at random times of a session (rest and movement alike). */
export function drawSharpArtefacts(
  durationMs: number,
  channelCount: number,
  rates: SharpArtefactRates,
  random: Rng,
): SharpArtefactSpec[] {
  const minutes = durationMs / 60000;
  const at = () => random.uniform(2000, Math.max(2000, durationMs - 2000));
  const pops = Array.from({ length: Math.round(rates.popsPerMin * minutes) }, () =>
    drawPop(at(), channelCount, random),
  );
  const tugs = Array.from({ length: Math.round(rates.cableTugsPerMin * minutes) }, () =>
    drawCableTug(at(), channelCount, random),
  );
  return [...pops, ...tugs].sort((a, b) => (a.steps[0]?.atMs ?? 0) - (b.steps[0]?.atMs ?? 0));
}

/** Time span an artefact touches (ms). */
export function sharpArtefactSpanMs(artefact: SharpArtefactSpec): [number, number] {
  const starts = artefact.steps.map((step) => step.atMs);
  const ends = artefact.steps.map((step) => step.atMs + stepSpanInDecays * step.decayMs);
  return [Math.min(...starts), Math.max(...ends)];
}

/** Adds the artefacts that touch this block of one channel; depends on absolute time only. */
export function addSharpArtefacts(
  out: Float64Array,
  artefacts: readonly SharpArtefactSpec[],
  channel: number,
  startSample: number,
  sampleRateHz: number,
): void {
  const msPerSample = 1000 / sampleRateHz;
  const blockStartMs = startSample * msPerSample;
  const blockEndMs = (startSample + out.length) * msPerSample;
  for (const artefact of artefacts) {
    if (!artefact.channels.includes(channel)) continue;
    const [fromMs, toMs] = sharpArtefactSpanMs(artefact);
    if (toMs < blockStartMs || fromMs > blockEndMs) continue;
    for (const step of artefact.steps) {
      const first = Math.max(0, Math.ceil(step.atMs / msPerSample) - startSample);
      const last = Math.min(
        out.length,
        Math.ceil((step.atMs + stepSpanInDecays * step.decayMs) / msPerSample) - startSample,
      );
      for (let i = first; i < last; i++) {
        const sinceMs = (startSample + i) * msPerSample - step.atMs;
        out[i] = (out[i] ?? 0) + step.amplitudeUv * Math.exp(-sinceMs / step.decayMs);
      }
    }
  }
}
