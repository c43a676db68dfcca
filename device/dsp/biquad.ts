// Second-order IIR sections designed with the bilinear-transform formulas of R. Bristow-Johnson's
// "Cookbook formulae for audio EQ biquad filter coefficients" (W3C Audio EQ Cookbook), run in transposed
// direct form II, which keeps low-frequency sections stable in double precision. Two runners share the
// coefficients: `Biquad`/`FilterChain` step one sample at a time and can start settled on a DC level;
// `BiquadCascade` filters whole blocks in place.

export interface BiquadCoefficients {
  b0: number;
  b1: number;
  b2: number;
  a1: number;
  a2: number;
}

const butterworthQ = Math.SQRT1_2;

function normalised(
  b0: number,
  b1: number,
  b2: number,
  a0: number,
  a1: number,
  a2: number,
): BiquadCoefficients {
  return { b0: b0 / a0, b1: b1 / a0, b2: b2 / a0, a1: a1 / a0, a2: a2 / a0 };
}

function angularFrequency(cornerHz: number, sampleRateHz: number): number {
  if (!(cornerHz > 0 && cornerHz < sampleRateHz / 2)) {
    throw new Error(`corner ${cornerHz} Hz must lie between 0 and Nyquist (${sampleRateHz / 2} Hz)`);
  }
  return (2 * Math.PI * cornerHz) / sampleRateHz;
}

export function lowPass(cornerHz: number, sampleRateHz: number, q = butterworthQ): BiquadCoefficients {
  const w0 = angularFrequency(cornerHz, sampleRateHz);
  const alpha = Math.sin(w0) / (2 * q);
  const cos = Math.cos(w0);
  return normalised((1 - cos) / 2, 1 - cos, (1 - cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);
}

export function highPass(cornerHz: number, sampleRateHz: number, q = butterworthQ): BiquadCoefficients {
  const w0 = angularFrequency(cornerHz, sampleRateHz);
  const alpha = Math.sin(w0) / (2 * q);
  const cos = Math.cos(w0);
  return normalised((1 + cos) / 2, -(1 + cos), (1 + cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);
}

/**
 * Notch with unity gain away from `centreHz`; `bandwidthHz` is the width between the −3 dB points. The
 * cookbook's octave-bandwidth form compensates the bilinear transform's frequency warping, which matters
 * when the notch sits close to Nyquist (60 Hz at 200 Hz sampling).
 */
export function notch(centreHz: number, sampleRateHz: number, bandwidthHz: number): BiquadCoefficients {
  const w0 = angularFrequency(centreHz, sampleRateHz);
  const halfWidth = Math.min(bandwidthHz / 2, 0.9 * centreHz);
  const octaves = Math.log2((centreHz + halfWidth) / (centreHz - halfWidth));
  const alpha = Math.sin(w0) * Math.sinh(((Math.LN2 / 2) * octaves * w0) / Math.sin(w0));
  const cos = Math.cos(w0);
  return normalised(1, -2 * cos, 1, 1 + alpha, -2 * cos, 1 - alpha);
}

/** Q of each section of an even-order Butterworth filter: 1 / (2 cos((2k − 1)π / 2n)). */
export function butterworthQs(order: number): number[] {
  const sections = Math.max(1, Math.round(order / 2));
  return Array.from(
    { length: sections },
    (_, k) => 1 / (2 * Math.cos(((2 * k + 1) * Math.PI) / (4 * sections))),
  );
}

/** |H(f)| of a cascade, for tests and documentation. */
export function cascadeMagnitude(
  sections: readonly BiquadCoefficients[],
  frequencyHz: number,
  sampleRateHz: number,
): number {
  const w = (2 * Math.PI * frequencyHz) / sampleRateHz;
  const c1 = Math.cos(w);
  const s1 = Math.sin(w);
  const c2 = Math.cos(2 * w);
  const s2 = Math.sin(2 * w);
  let magnitude = 1;
  for (const { b0, b1, b2, a1, a2 } of sections) {
    const numRe = b0 + b1 * c1 + b2 * c2;
    const numIm = -(b1 * s1 + b2 * s2);
    const denRe = 1 + a1 * c1 + a2 * c2;
    const denIm = -(a1 * s1 + a2 * s2);
    magnitude *= Math.hypot(numRe, numIm) / Math.hypot(denRe, denIm);
  }
  return magnitude;
}

/** |H(f)| of one section. */
export function gainAt(c: BiquadCoefficients, frequencyHz: number, sampleRateHz: number): number {
  return cascadeMagnitude([c], frequencyHz, sampleRateHz);
}

/** One section with its state, stepped one sample at a time. */
export class Biquad {
  private z1 = 0;
  private z2 = 0;

  constructor(private readonly c: BiquadCoefficients) {}

  step(x: number): number {
    const y = this.c.b0 * x + this.z1;
    this.z1 = this.c.b1 * x - this.c.a1 * y + this.z2;
    this.z2 = this.c.b2 * x - this.c.a2 * y;
    return y;
  }

  get dcGain(): number {
    return (this.c.b0 + this.c.b1 + this.c.b2) / (1 + this.c.a1 + this.c.a2);
  }

  /** Starts from the steady state for a constant input, so a DC offset does not ring at start-up. */
  settle(x: number): void {
    const y = this.dcGain * x;
    this.z2 = this.c.b2 * x - this.c.a2 * y;
    this.z1 = this.c.b1 * x - this.c.a1 * y + this.z2;
  }
}

/** Sections applied one after the other (e.g. a band-pass as high-pass then low-pass), per sample. */
export class FilterChain {
  private readonly sections: Biquad[];

  constructor(coefficients: readonly BiquadCoefficients[]) {
    this.sections = coefficients.map((c) => new Biquad(c));
  }

  step(x: number): number {
    let y = x;
    for (const section of this.sections) y = section.step(y);
    return y;
  }

  settle(x: number): void {
    let y = x;
    for (const section of this.sections) {
      section.settle(y);
      y *= section.dcGain;
    }
  }
}

/** A chain of sections with their state; filters blocks in place (the hot path of the EMG chain). */
export class BiquadCascade {
  private readonly coefficients: Float64Array;
  private readonly state: Float64Array;

  constructor(readonly sections: readonly BiquadCoefficients[]) {
    this.coefficients = new Float64Array(sections.flatMap(({ b0, b1, b2, a1, a2 }) => [b0, b1, b2, a1, a2]));
    this.state = new Float64Array(2 * sections.length);
  }

  processInPlace(samples: Float64Array): void {
    const c = this.coefficients;
    const z = this.state;
    for (let s = 0; s < this.sections.length; s++) {
      const b0 = c[5 * s] ?? 0;
      const b1 = c[5 * s + 1] ?? 0;
      const b2 = c[5 * s + 2] ?? 0;
      const a1 = c[5 * s + 3] ?? 0;
      const a2 = c[5 * s + 4] ?? 0;
      let z1 = z[2 * s] ?? 0;
      let z2 = z[2 * s + 1] ?? 0;
      for (let i = 0; i < samples.length; i++) {
        const x = samples[i] ?? 0;
        const y = b0 * x + z1;
        z1 = b1 * x - a1 * y + z2;
        z2 = b2 * x - a2 * y;
        samples[i] = y;
      }
      z[2 * s] = z1;
      z[2 * s + 1] = z2;
    }
  }

  reset(): void {
    this.state.fill(0);
  }
}
