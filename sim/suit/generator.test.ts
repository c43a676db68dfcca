import { describe, expect, it } from "vitest";
import type { SuitRenderComponents } from "./generator.ts";
import { generateSuitSession, int16Max, int16Min, renderSuitMicrovolts } from "./generator.ts";
import { suitGroundTruth } from "./ground-truth.ts";
import { drawSuitSession } from "./random-session.ts";
import type { SuitChannelSpec, SuitScenario } from "./scenario.ts";

const quietLead: SuitChannelSpec = {
  name: "VL_R",
  muscle: "vastus_lateralis",
  side: "right",
  mvcRmsUv: 400,
  restingToneDrive: 0,
  noiseRmsUv: 3,
  electrodeOffsetUv: 200,
  mainsCoupling: 1,
  ecgUv: 0,
  cvFactorStart: 1,
  cvFactorEnd: 1,
};

function scenario(overrides: Partial<SuitScenario>): SuitScenario {
  return {
    seed: 5,
    sampleRateHz: 1000,
    durationMs: 20000,
    uvPerCount: 0.25,
    channels: [quietLead],
    movements: [],
    mains: { frequencyHz: 50, amplitudeUv: 100, maxDeviationHz: 0.05, thirdHarmonicRatio: 0 },
    heartRateBpm: 70,
    baselineWanderUv: 200,
    movementArtefactUv: 0,
    motionArtefacts: [],
    sharpArtefacts: [],
    electrodeOff: [],
    ...overrides,
  };
}

function channelSamples(
  s: SuitScenario,
  channel: number,
  components?: Partial<SuitRenderComponents>,
  blockMs = 100,
) {
  const samples: number[] = [];
  for (const block of renderSuitMicrovolts(s, { blockMs, components }))
    samples.push(...(block.channels[channel] ?? []));
  return samples;
}

const rms = (values: number[]) => Math.sqrt(values.reduce((sum, v) => sum + v * v, 0) / values.length);
const zeroCrossings = (values: number[]) =>
  values.slice(1).filter((v, i) => Math.sign(v) !== Math.sign(values[i] ?? 0)).length;
const muscleOnly = {
  noise: false,
  mains: false,
  wander: false,
  artefacts: false,
  ecg: false,
  electrodeOff: false,
};

describe("generateSuitSession", () => {
  const session = drawSuitSession(21, { durationS: 12, electrodeOffCount: 0 });

  it("is deterministic and delivers int16 counts with the session's scale, interleaved", () => {
    const first = [...generateSuitSession(session)];
    const second = [...generateSuitSession(session)];
    expect(first.map((b) => Array.from(b.counts))).toEqual(second.map((b) => Array.from(b.counts)));
    const block = first[0];
    expect(block?.counts).toBeInstanceOf(Int16Array);
    expect(block?.counts.length).toBe((block?.sampleCount ?? 0) * session.channels.length);
    expect(block?.uvPerCount).toBe(0.25);
    expect(first.reduce((n, b) => n + b.sampleCount, 0)).toBe((12 * session.sampleRateHz) | 0);
  });

  it("renders the same signal whatever the block length (streaming needs no big arrays)", () => {
    const long = channelSamples(session, 0, undefined, 100);
    const short = channelSamples(session, 0, undefined, 37);
    expect(short.length).toBe(long.length);
    expect(Math.max(...long.map((v, i) => Math.abs(v - (short[i] ?? 0))))).toBeLessThan(1e-6);
  });
});

describe("renderSuitMicrovolts components", () => {
  it("produces muscle activity only during the planned activations", () => {
    const s = scenario({
      movements: [{ kind: "sit-to-stand", startMs: 5000, durationMs: 2500, intensity: 1 }],
    });
    const [activation] = suitGroundTruth(s).activations[0] ?? [];
    const samples = channelSamples(s, 0, muscleOnly);
    const during = samples.slice(
      Math.round(activation?.onsetMs ?? 0) + 150,
      Math.round(activation?.offsetMs ?? 0) - 150,
    );
    expect(rms(during)).toBeGreaterThan(50);
    expect(rms(samples.slice(0, 4500))).toBe(0);
  });

  it("picks up mains at the scenario's frequency, 50 or 60 Hz", () => {
    for (const frequencyHz of [50, 60] as const) {
      const s = scenario({
        mains: { frequencyHz, amplitudeUv: 100, maxDeviationHz: 0.05, thirdHarmonicRatio: 0 },
      });
      const mains = channelSamples(s, 0, { ...muscleOnly, mains: true }).slice(0, 10000);
      expect(zeroCrossings(mains) / 2 / 10).toBeCloseTo(frequencyHz, 0);
      expect(rms(mains)).toBeGreaterThan(60);
      expect(rms(mains)).toBeLessThan(85);
    }
  });

  it("shifts the EMG spectrum down as conduction velocity falls (fatigue)", () => {
    const lift = (startMs: number) => ({
      kind: "lift-person" as const,
      startMs,
      durationMs: 4000,
      intensity: 1.2,
    });
    const s = scenario({
      durationMs: 60000,
      channels: [{ ...quietLead, muscle: "erector_spinae", cvFactorStart: 1, cvFactorEnd: 0.7 }],
      movements: [lift(2000), lift(54000)],
    });
    const samples = channelSamples(s, 0, muscleOnly);
    const early = zeroCrossings(samples.slice(2500, 5000));
    const late = zeroCrossings(samples.slice(54500, 57000));
    expect(late / early).toBeLessThan(0.85);
  });

  it("simulates the three kinds of electrode lift-off", () => {
    const s = scenario({
      channels: [quietLead, quietLead, quietLead],
      electrodeOff: [
        { channel: 0, startMs: 5000, endMs: 8000, mode: "flat" },
        { channel: 1, startMs: 5000, endMs: 8000, mode: "saturated" },
        { channel: 2, startMs: 5000, endMs: 8000, mode: "noisy" },
      ],
    });
    const blocks = [...generateSuitSession(s)];
    const counts = (channel: number, fromMs: number, toMs: number) =>
      blocks
        .flatMap((b) =>
          Array.from({ length: b.sampleCount }, (_, i) => ({
            t: b.startMs + i,
            v: b.counts[i * 3 + channel] ?? 0,
          })),
        )
        .filter((x) => x.t >= fromMs && x.t < toMs)
        .map((x) => x.v);
    expect(new Set(counts(0, 5000, 8000)).size).toBe(1);
    expect(counts(1, 5000, 8000).every((v) => v === int16Max || v === int16Min)).toBe(true);
    expect(rms(counts(2, 5000, 8000)) * 0.25).toBeGreaterThan(1000);
    expect(rms(counts(2, 1000, 4000).map((v) => v - 800)) * 0.25).toBeLessThan(1000);
    expect(new Set(counts(0, 9000, 10000)).size).toBeGreaterThan(10);
  });
});
