// Brings any input rate down to the fixed analysis rate by averaging each output interval over the
// input samples that fall in it, weighting a sample that straddles two intervals by its overlap.
// The average is a boxcar anti-alias filter (first null at the output rate): enough for the
// < 15 Hz content of breathing and ballistocardiograms, and exact for non-integer rate ratios.

export class FrameResampler {
  private readonly acc: Float64Array;
  private readonly frame: Float64Array;
  /**
   * Time is counted in integer units so rounding never drifts over a long night: an input sample
   * lasts `inputUnits`, an output interval `outputUnits` (rates to 1/1000 Hz).
   */
  private readonly inputUnits: number;
  private readonly outputUnits: number;
  /** Units of the current output interval already covered. */
  private filled = 0;

  constructor(
    inputRateHz: number,
    outputRateHz: number,
    private readonly channels: number,
  ) {
    if (outputRateHz > inputRateHz)
      throw new Error(`cannot resample ${inputRateHz} Hz up to ${outputRateHz} Hz`);
    this.inputUnits = Math.round(outputRateHz * 1000);
    this.outputUnits = Math.round(inputRateHz * 1000);
    this.acc = new Float64Array(channels);
    this.frame = new Float64Array(channels);
  }

  /**
   * Feeds interleaved frames; calls `onFrame` with each completed output frame. The array passed to
   * `onFrame` is reused: copy it if you keep it.
   */
  push(interleaved: ArrayLike<number>, onFrame: (frame: Float64Array) => void): void {
    const { channels, inputUnits, outputUnits } = this;
    const frames = Math.floor(interleaved.length / channels);
    for (let f = 0; f < frames; f++) {
      const base = f * channels;
      if (this.filled + inputUnits < outputUnits) {
        for (let c = 0; c < channels; c++) {
          this.acc[c] = (this.acc[c] ?? 0) + inputUnits * (interleaved[base + c] ?? 0);
        }
        this.filled += inputUnits;
        continue;
      }
      const part = outputUnits - this.filled;
      const rest = inputUnits - part;
      for (let c = 0; c < channels; c++) {
        const x = interleaved[base + c] ?? 0;
        this.frame[c] = ((this.acc[c] ?? 0) + part * x) / outputUnits;
        this.acc[c] = rest * x;
      }
      this.filled = rest;
      onFrame(this.frame);
    }
  }
}
