import { describe, expect, it } from "vitest";
import type { SuitProcessorOutput } from "./suit-processor.ts";
import { SuitEmgProcessor, stepSuitEmg } from "./suit-processor.ts";
import { seededNoise } from "./test-noise.ts";

const bursts = [
  { channel: 0, fromMs: 3000, toMs: 4000 },
  { channel: 1, fromMs: 3200, toMs: 3900 },
  { channel: 0, fromMs: 6000, toMs: 6500 },
];

/** Two channels of noise (5 µV) with noise bursts (150 µV) and 60 Hz mains (200 µV), in 0.5 µV counts. */
function recording(sampleRateHz: number, seconds: number): Int16Array {
  const n = Math.round(sampleRateHz * seconds);
  const counts = new Int16Array(2 * n);
  const noise = seededNoise(42);
  for (let i = 0; i < n; i++) {
    const timeMs = (i * 1000) / sampleRateHz;
    for (let c = 0; c < 2; c++) {
      const active = bursts.some((b) => b.channel === c && timeMs >= b.fromMs && timeMs < b.toMs);
      const mains = 200 * Math.sin(2 * Math.PI * 60 * (i / sampleRateHz) + c);
      counts[2 * i + c] = Math.round(((active ? 150 : 5) * noise() + mains + 300) / 0.5);
    }
  }
  return counts;
}

function processAll(
  processor: SuitEmgProcessor,
  counts: Int16Array,
  blockSamples: number,
): SuitProcessorOutput[] {
  const outputs: SuitProcessorOutput[] = [];
  for (let start = 0; start < counts.length; start += blockSamples) {
    outputs.push(processor.process(counts.subarray(start, start + blockSamples)));
  }
  return outputs;
}

function create(sampleRateHz: number): SuitEmgProcessor {
  const created = SuitEmgProcessor.create(sampleRateHz, 2, { uvPerCount: 0.5 });
  if (!created.ok) throw new Error(created.reason);
  return created.value;
}

describe("SuitEmgProcessor", () => {
  for (const sampleRateHz of [200, 1000, 4000]) {
    it(`finds every burst within 50 ms and removes 60 Hz mains at ${sampleRateHz} Hz`, () => {
      const processor = create(sampleRateHz);
      const outputs = processAll(processor, recording(sampleRateHz, 8), 2 * Math.round(sampleRateHz / 10));
      const onsets = outputs.flatMap((output) => output.onsets);
      expect(onsets).toHaveLength(bursts.length);
      for (const burst of bursts) {
        const onset = onsets.find(
          (o) => o.channel === burst.channel && Math.abs(o.onsetMs - burst.fromMs) <= 50,
        );
        expect(onset, `burst on channel ${burst.channel} at ${burst.fromMs} ms`).toBeDefined();
      }
      expect(processor.mainsHz).toBe(60);
      const envelopes = outputs.flatMap((output) => output.envelopes);
      expect(envelopes.every((frame) => frame.envelopeUv.every(Number.isFinite))).toBe(true);
      const quiet = envelopes.filter((frame) => frame.timeMs > 5000 && frame.timeMs < 5800);
      expect(Math.max(...quiet.map((frame) => frame.envelopeUv[1] ?? 0))).toBeLessThan(8);
    });
  }

  it("gives the same events whatever the block size, including blocks that split a sample instant", () => {
    // The mains decision takes effect at the next block, so thresholds may differ in the last digits.
    const counts = recording(1000, 8);
    const onsets = (blockSamples: number) =>
      processAll(create(1000), counts, blockSamples).flatMap((output) => output.onsets);
    const reference = onsets(200);
    const odd = onsets(333);
    expect(odd.map((o) => [o.channel, o.onsetMs, o.detectedAtMs])).toEqual(
      reference.map((o) => [o.channel, o.onsetMs, o.detectedAtMs]),
    );
    odd.forEach((o, i) => {
      expect(o.thresholdUv).toBeCloseTo(reference[i]?.thresholdUv ?? 0, 1);
    });
  });

  it("works as a step function and reports spectra and movement intentions", () => {
    let state = create(1000);
    const counts = recording(1000, 8);
    const outputs: SuitProcessorOutput[] = [];
    for (let start = 0; start < counts.length; start += 200) {
      const [next, output] = stepSuitEmg(state, counts.subarray(start, start + 200));
      state = next;
      outputs.push(output);
    }
    const intents = outputs.flatMap((output) => output.intents);
    expect(intents.map((intent) => Math.round(intent.onsetMs / 100))).toEqual([30, 60]);
    const spectra = outputs.flatMap((output) => output.spectra);
    const active = spectra.filter((window) => window.active);
    expect(active.length).toBeGreaterThan(0);
    expect(active.every((window) => window.medianHz > 50 && window.medianHz < 400)).toBe(true);
  });

  it("restarts across a gap: the burst in progress ends as interrupted, nothing fires at the splice", () => {
    const processor = create(1000);
    const counts = recording(1000, 8);
    const at = (ms: number) => 2 * ms;
    // Lost: 3500–4200 ms (both channels' first bursts end during the gap).
    const before = processAll(processor, counts.subarray(0, at(3500)), 200);
    const interrupted = processor.restartAfterGap();
    const after = processAll(processor, counts.subarray(at(4200)), 200);
    expect(interrupted.map((o) => [o.channel, o.offsetMs, o.interrupted])).toEqual([
      [0, 3500, true],
      [1, 3500, true],
    ]);
    const onsets = [...before, ...after].flatMap((output) => output.onsets);
    // Processor time skips the gap: the burst at 6000 ms of signal is at 5300 ms.
    expect(onsets.map((o) => [o.channel, Math.round(o.onsetMs / 100)])).toEqual([
      [0, 30],
      [1, 32],
      [0, 53],
    ]);
    // The group is known to be quiet from the end of the settle time (4000 ms): the burst is an intention.
    expect(after.flatMap((output) => output.intents).map((i) => Math.round(i.onsetMs / 100))).toEqual([53]);
  });

  it("holds the first samples to prime the filters on, and loses none at a gap or at the end", () => {
    const processor = create(1000);
    const counts = recording(1000, 1);
    const frames = [processor.process(counts.subarray(0, 60))];
    expect(frames[0]?.envelopes).toEqual([]);
    processor.restartAfterGap();
    frames.push(processor.process(counts.subarray(0, 500)));
    processor.restartAfterGap();
    frames.push(processor.process(counts.subarray(0, 100)));
    frames.push(processor.finish());
    const times = frames.flatMap((output) => output.envelopes.map((frame) => frame.timeMs));
    // 30 ms + 250 ms + 50 ms at one envelope frame per 10 ms, in order.
    expect(times).toHaveLength(33);
    expect(times.every((time, i) => i === 0 || time > (times[i - 1] ?? 0))).toBe(true);
    expect(processor.finish().envelopes).toEqual([]);
  });

  it("holds a lead at the ADC rail at its last value: no ringing, no mains when it is back", () => {
    const processor = create(1000);
    const counts = recording(1000, 6);
    for (let i = 3000; i < 4000; i++) counts[2 * i] = 32767;
    const envelopes = processAll(processor, counts, 200).flatMap((output) => output.envelopes);
    const worst = (fromMs: number, toMs: number) =>
      Math.max(
        ...envelopes.filter((f) => f.timeMs >= fromMs && f.timeMs < toMs).map((f) => f.envelopeUv[0] ?? 0),
      );
    // A step to the rail (16 mV) would leave an envelope of millivolts.
    expect(worst(3000, 4000)).toBeLessThan(100);
    // Back on the skin: the rest level (5 µV of noise) once the step back and the re-priming are past.
    expect(worst(4200, 5000)).toBeLessThan(8);
  });

  it("refuses an invalid configuration with a reason", () => {
    const created = SuitEmgProcessor.create(5000, 2);
    expect(created.ok).toBe(false);
  });
});
