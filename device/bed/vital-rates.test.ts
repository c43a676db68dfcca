import { describe, expect, it } from "vitest";
import { bcgWaveform, Rng } from "../../sim/bed/index.ts";
import { ChannelFrontEnd } from "./front-end.ts";
import { breathingRateFromSignals, heartRateFromEnvelopes } from "./vital-rates.ts";

/** 30 s of a synthetic 50 Hz BCG through the front end (after 30 s of warm-up). */
function bcgEnvelope(heartRateBpm: number, rsaBpm: number, noise: number): Float64Array {
  const rate = 50;
  const front = new ChannelFrontEnd();
  const random = Rng.fromSeed(5);
  const beats: number[] = [];
  let phase = 0;
  for (let n = 0; n < 60 * rate; n++) {
    phase += (heartRateBpm + (rsaBpm / 2) * Math.sin((2 * Math.PI * 0.25 * n) / rate)) / 60 / rate;
    if (phase >= 1) {
      phase -= 1;
      beats.push(n / rate);
    }
  }
  const envelope = new Float64Array(30 * rate);
  for (let n = 0; n < 60 * rate; n++) {
    const t = n / rate;
    let x = 3000 + noise * (random.next() - 0.5);
    for (const beat of beats) if (Math.abs(t - beat) < 0.5) x += 20 * bcgWaveform(t - beat);
    front.step(x);
    if (n >= 30 * rate) envelope[n - 30 * rate] = front.envelope;
  }
  return envelope;
}

describe("heartRateFromEnvelopes", () => {
  it.each([45, 60, 75, 95, 130])("recovers %i bpm within 0.5 bpm", (bpm) => {
    const estimate = heartRateFromEnvelopes([bcgEnvelope(bpm, 0, 4)], new Uint8Array(1500).fill(1));
    expect(estimate?.perMin).toBeGreaterThan(bpm - 0.5);
    expect(estimate?.perMin).toBeLessThan(bpm + 0.5);
  });

  it("gives the mean rate under sinus arrhythmia", () => {
    const estimate = heartRateFromEnvelopes([bcgEnvelope(62, 6, 4)], new Uint8Array(1500).fill(1));
    expect(Math.abs((estimate?.perMin ?? 0) - 62)).toBeLessThan(0.7);
  });

  it("gives nothing when too little of the epoch is valid", () => {
    const valid = new Uint8Array(1500);
    valid.fill(1, 0, 600);
    expect(heartRateFromEnvelopes([bcgEnvelope(60, 0, 4)], valid)).toBeNull();
  });

  it("gives nothing for noise alone", () => {
    expect(
      heartRateFromEnvelopes(
        [bcgEnvelope(60, 0, 4).map((_, n) => Math.sin(n * n))],
        new Uint8Array(1500).fill(1),
      ),
    ).toBeNull();
  });
});

describe("breathingRateFromSignals", () => {
  it.each([8, 15, 24])("recovers %i /min from a 10 Hz breathing band", (perMin) => {
    const x = Float64Array.from({ length: 300 }, (_, n) => Math.sin((2 * Math.PI * perMin * n) / 600));
    const estimate = breathingRateFromSignals([x], new Uint8Array(300).fill(1));
    expect(estimate.rate?.perMin).toBeCloseTo(perMin, 0);
    // A perfectly regular breath: every interval is one period.
    expect(estimate.intervalsS.length).toBeGreaterThanOrEqual(2);
    for (const interval of estimate.intervalsS) expect(interval).toBeCloseTo(60 / perMin, 0);
  });
});
