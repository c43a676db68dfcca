// Second-order IIR sections designed with the RBJ "Audio EQ Cookbook" formulas (R. Bristow-Johnson),
// run in transposed direct form II. Streaming: one `step` per sample, state kept in the object.

export interface BiquadCoefficients {
  b0: number;
  b1: number;
  b2: number;
  a1: number;
  a2: number;
}

const butterworthQ = Math.SQRT1_2;

function design(
  kind: "lowpass" | "highpass",
  cornerHz: number,
  sampleRateHz: number,
  q: number,
): BiquadCoefficients {
  if (!(cornerHz > 0 && cornerHz < sampleRateHz / 2)) {
    throw new Error(`corner ${cornerHz} Hz must lie between 0 and Nyquist (${sampleRateHz / 2} Hz)`);
  }
  const w0 = (2 * Math.PI * cornerHz) / sampleRateHz;
  const cos = Math.cos(w0);
  const alpha = Math.sin(w0) / (2 * q);
  const a0 = 1 + alpha;
  const side = kind === "lowpass" ? (1 - cos) / 2 : (1 + cos) / 2;
  const middle = kind === "lowpass" ? 1 - cos : -(1 + cos);
  return { b0: side / a0, b1: middle / a0, b2: side / a0, a1: (-2 * cos) / a0, a2: (1 - alpha) / a0 };
}

export const lowPass = (cornerHz: number, sampleRateHz: number, q = butterworthQ): BiquadCoefficients =>
  design("lowpass", cornerHz, sampleRateHz, q);

export const highPass = (cornerHz: number, sampleRateHz: number, q = butterworthQ): BiquadCoefficients =>
  design("highpass", cornerHz, sampleRateHz, q);

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

/** Sections applied one after the other (e.g. a band-pass as high-pass then low-pass). */
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

/** Magnitude response of coefficients at a frequency, for tests and documentation. */
export function gainAt(c: BiquadCoefficients, frequencyHz: number, sampleRateHz: number): number {
  const w = (2 * Math.PI * frequencyHz) / sampleRateHz;
  const re = (z: number[]) => z.reduce((sum, v, k) => sum + v * Math.cos(k * w), 0);
  const im = (z: number[]) => z.reduce((sum, v, k) => sum - v * Math.sin(k * w), 0);
  const num = [c.b0, c.b1, c.b2];
  const den = [1, c.a1, c.a2];
  return Math.hypot(re(num), im(num)) / Math.hypot(re(den), im(den));
}
