// Drive (fraction of maximal voluntary excitation) reaching one channel's motor-unit pool over time:
// resting tone plus the activation bursts, each with raised-cosine ramps, and a slow force fluctuation.

import type { ActivationBurst } from "./activation-plan.ts";

/** Shape of one burst at a time: 0 outside, rising and falling with raised-cosine ramps, 1 on the plateau. */
export function burstEnvelope(burst: ActivationBurst, timeMs: number): number {
  if (timeMs <= burst.onsetMs || timeMs >= burst.offsetMs) return 0;
  const sinceOnset = timeMs - burst.onsetMs;
  const untilOffset = burst.offsetMs - timeMs;
  if (sinceOnset < burst.rampUpMs) return 0.5 - 0.5 * Math.cos((Math.PI * sinceOnset) / burst.rampUpMs);
  if (untilOffset < burst.rampDownMs) return 0.5 - 0.5 * Math.cos((Math.PI * untilOffset) / burst.rampDownMs);
  return 1;
}

/** Fills drive values for consecutive blocks; the time of successive calls must not go backwards. */
export class ChannelDrive {
  private cursor = 0;

  constructor(
    private readonly bursts: readonly ActivationBurst[],
    private readonly restingTone: number,
    private readonly fluctuationPhase: number,
  ) {}

  /** Writes the drive at samples [startSample, startSample + out.length) into `out`; returns the maximum. */
  fill(out: Float64Array, startSample: number, sampleRateHz: number): number {
    const msPerSample = 1000 / sampleRateHz;
    let maximum = this.restingTone;
    for (let i = 0; i < out.length; i++) {
      const timeMs = (startSample + i) * msPerSample;
      while (this.cursor < this.bursts.length && (this.bursts[this.cursor]?.offsetMs ?? 0) <= timeMs)
        this.cursor++;
      const burst = this.bursts[this.cursor];
      let drive = this.restingTone;
      if (burst && timeMs > burst.onsetMs) {
        // Force is never perfectly steady: a slow ±6 % fluctuation (physiological force tremor is faster and
        // smaller; this stands for the voluntary corrections that dominate below 2 Hz).
        const fluctuation = 1 + 0.06 * Math.sin(2 * Math.PI * 0.0013 * timeMs + this.fluctuationPhase);
        drive += burst.level * fluctuation * burstEnvelope(burst, timeMs);
      }
      out[i] = drive;
      if (drive > maximum) maximum = drive;
    }
    return maximum;
  }
}
