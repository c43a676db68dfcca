// Brings any input rate down to the fixed analysis rate by averaging each output interval over the
// input samples that fall in it, weighting a sample that straddles two intervals by its overlap.
// The average is a boxcar anti-alias filter (first null at the output rate): enough for the
// < 15 Hz content of breathing and ballistocardiograms, and exact for non-integer rate ratios.

export class FrameResampler {
  private readonly acc: Float64Array;
  private readonly frame: Float64Array;
  /** Fraction of the current output interval already covered. */
  private filled = 0;
  private readonly step: number;

  constructor(
    inputRateHz: number,
    outputRateHz: number,
    private readonly channels: number,
  ) {
    if (outputRateHz > inputRateHz)
      throw new Error(`cannot resample ${inputRateHz} Hz up to ${outputRateHz} Hz`);
    this.step = outputRateHz / inputRateHz;
    this.acc = new Float64Array(channels);
    this.frame = new Float64Array(channels);
  }

  /**
   * Feeds interleaved frames; calls `onFrame` with each completed output frame. The array passed to
   * `onFrame` is reused: copy it if you keep it.
   */
  push(interleaved: ArrayLike<number>, onFrame: (frame: Float64Array) => void): void {
    const { channels, step } = this;
    const frames = Math.floor(interleaved.length / channels);
    for (let f = 0; f < frames; f++) {
      const base = f * channels;
      const room = 1 - this.filled;
      if (step < room - 1e-12) {
        for (let c = 0; c < channels; c++)
          this.acc[c] = (this.acc[c] ?? 0) + step * (interleaved[base + c] ?? 0);
        this.filled += step;
        continue;
      }
      const rest = step - room;
      for (let c = 0; c < channels; c++) {
        const x = interleaved[base + c] ?? 0;
        this.frame[c] = (this.acc[c] ?? 0) + room * x;
        this.acc[c] = rest * x;
      }
      this.filled = rest;
      onFrame(this.frame);
    }
  }
}
