import { describe, expect, it } from "vitest";
import type { ConditionedSegment } from "./channel-conditioner.ts";
import { ChannelConditioner } from "./channel-conditioner.ts";
import { suitDspConfig } from "./config.ts";
import { noiseBlock } from "./test-noise.ts";

const rate = 1000;

function conditioner(mode: 50 | "auto"): ChannelConditioner {
  const config = suitDspConfig(rate, 1, { notch: { mode } });
  if (!config.ok) throw new Error(config.reason);
  return new ChannelConditioner(config.value);
}

/** A resting lead: 800 µV offset, 150 µV of 50 Hz, 4 µV of noise. */
function restingLead(fromSample: number, n: number): Float64Array {
  const noise = noiseBlock(n, 4, fromSample + 1);
  return Float64Array.from(
    { length: n },
    (_, i) => 800 + 150 * Math.sin(2 * Math.PI * 50 * ((fromSample + i) / rate) + 1) + (noise[i] ?? 0),
  );
}

function run(chain: ChannelConditioner, rawUv: Float64Array): ConditionedSegment {
  const out = {
    band: new Float64Array(rawUv.length),
    notched: new Float64Array(rawUv.length),
    detection: new Float64Array(rawUv.length),
  };
  chain.run(rawUv, out);
  return out;
}

const rms = (values: Float64Array) => Math.sqrt(values.reduce((sum, v) => sum + v * v, 0) / values.length);

describe("ChannelConditioner", () => {
  it("started primed on the first 100 ms lets no mains through; started from zero it does", () => {
    const signal = restingLead(0, 600);
    const primed = conditioner("auto");
    primed.primeBefore(signal.subarray(0, 100));
    const cold = conditioner("auto");
    const primedOut = run(primed, signal).notched;
    const coldOut = run(cold, signal).notched;
    // What is left is the noise (≈ 4 µV through the band-pass).
    expect(rms(primedOut.subarray(0, 300))).toBeLessThan(6);
    expect(rms(coldOut.subarray(0, 300))).toBeGreaterThan(30);
  });

  it("primes itself on the first clean samples after a lead comes back", () => {
    const returned = conditioner(50);
    const zeroed = conditioner(50);
    for (const chain of [returned, zeroed]) {
      chain.primeBefore(restingLead(0, 40));
      run(chain, restingLead(0, 1000));
      // The lead is flat for a second: the notch forgets the mains, the band-pass settles on the level.
      run(chain, new Float64Array(1000).fill(-300));
    }
    returned.leadReturned();
    const after = restingLead(2000, 500);
    const primedOut = run(returned, after).notched;
    const zeroedOut = run(zeroed, after).notched;
    expect(returned.primes).toBe(2);
    // The first 40 ms carry the step back from the flat level; from then on only the noise.
    expect(rms(primedOut.subarray(60))).toBeLessThan(6);
    expect(rms(zeroedOut.subarray(60))).toBeGreaterThan(12);
  });

  it("gives the same output whether a block is split or not, re-priming inside it", () => {
    const chains = [conditioner(50), conditioner(50)];
    for (const chain of chains) {
      chain.primeBefore(restingLead(0, 40));
      run(chain, restingLead(0, 200));
      chain.leadReturned();
    }
    const after = restingLead(200, 120);
    const whole = run(chains[0] as ChannelConditioner, after).notched;
    const parts = [after.subarray(0, 7), after.subarray(7, 55), after.subarray(55)].map(
      (part) => run(chains[1] as ChannelConditioner, part).notched,
    );
    const joined = Float64Array.from(parts.flatMap((part) => Array.from(part)));
    joined.forEach((value, i) => {
      expect(value).toBeCloseTo(whole[i] ?? 0, 9);
    });
  });
});
