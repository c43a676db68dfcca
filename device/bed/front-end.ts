// Per-channel filters at the 50 Hz analysis rate. Three views of one load signal:
//  - heartbeat: 4–15 Hz band (the J-wave complex), squared and smoothed into an envelope with one
//    hump per beat;
//  - breathing: 0.05–0.8 Hz band at 10 Hz;
//  - motion: above 1 Hz, whose power jumps by orders of magnitude when the body moves.

import { FilterChain, highPass, lowPass } from "../dsp/biquad.ts";
import { analysisRateHz, breathingRateHz } from "./bed-config.ts";

const decimation = analysisRateHz / breathingRateHz;

export class ChannelFrontEnd {
  private readonly heartBand = new FilterChain([
    highPass(4, analysisRateHz),
    highPass(4, analysisRateHz),
    lowPass(15, analysisRateHz),
  ]);
  private readonly heartEnvelope = new FilterChain([lowPass(2.5, analysisRateHz)]);
  private readonly breathingBand = new FilterChain([
    highPass(0.05, breathingRateHz),
    lowPass(0.8, breathingRateHz),
    lowPass(0.8, breathingRateHz),
  ]);
  private readonly motionBand = new FilterChain([highPass(1, analysisRateHz)]);
  private breathingSum = 0;
  private breathingCount = 0;
  private started = false;

  /** Latest outputs, read after each `step`. */
  envelope = 0;
  motionSquared = 0;
  /** Set on every 5th step, when a new 10 Hz breathing sample is ready; else NaN. */
  breathing = Number.NaN;

  /** Restarts the breathing band at a new load level, as if it had always been there. */
  restartBreathing(level: number): void {
    this.breathingBand.settle(level);
    if (this.breathingCount > 0) this.breathingSum = level * this.breathingCount;
  }

  step(x: number): void {
    if (!this.started) {
      // Start the high-passes from the input's level: no minute-long ringing from a DC step.
      this.heartBand.settle(x);
      this.breathingBand.settle(x);
      this.motionBand.settle(x);
      this.started = true;
    }
    const heart = this.heartBand.step(x);
    this.envelope = Math.sqrt(Math.max(0, this.heartEnvelope.step(heart * heart)));
    const motion = this.motionBand.step(x);
    this.motionSquared = motion * motion;
    this.breathingSum += x;
    this.breathingCount++;
    this.breathing = Number.NaN;
    if (this.breathingCount === decimation) {
      this.breathing = this.breathingBand.step(this.breathingSum / decimation);
      this.breathingSum = 0;
      this.breathingCount = 0;
    }
  }
}
