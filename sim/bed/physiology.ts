// Shapes of the body's signals on the bed: the ballistocardiogram complex of one heartbeat and the
// breath waveform. How often beats and breaths come, and how that depends on sleep and wake, is in
// cardiorespiratory.ts.

/**
 * Ballistocardiogram morphology as a sum of Gaussian waves H, I, J, K, L, M: offset after the
 * heartbeat (s), relative amplitude, width (s). The shape follows the classic description of the
 * BCG complex (small H, deep I, dominant J, deep K, then damped L/M) within ~0.35 s.
 */
const bcgWaves: ReadonlyArray<readonly [offsetS: number, amplitude: number, widthS: number]> = [
  [0.0, 0.25, 0.018],
  [0.05, -0.55, 0.02],
  [0.1, 1, 0.022],
  [0.16, -0.7, 0.025],
  [0.22, 0.3, 0.03],
  [0.29, -0.15, 0.035],
];
/** Span of the textbook complex around the beat instant (s); scale it with the resident's time scale. */
export const bcgSpanS = { before: 0.08, after: 0.42 } as const;

/** BCG complex value `seconds` after the beat instant (J-wave peak = 1 at the textbook shape). */
export function bcgWaveform(seconds: number, timeScale = 1, gains: readonly number[] = []): number {
  let value = 0;
  bcgWaves.forEach(([offset, amplitude, width], wave) => {
    const z = (seconds - offset * timeScale) / (width * timeScale);
    value += (gains[wave] ?? 1) * amplitude * Math.exp(-0.5 * z * z);
  });
  return value;
}

/** Grid step of the tabulated complex; linear interpolation between steps errs by < 0.1 % of J. */
const templateStepS = 0.0005;

/** One resident's BCG complex, tabulated once so a night does not evaluate six exponentials per sample. */
export class BcgTemplate {
  readonly beforeS: number;
  readonly afterS: number;
  private readonly table: Float64Array;

  constructor(timeScale = 1, gains: readonly number[] = []) {
    this.beforeS = bcgSpanS.before * timeScale;
    this.afterS = bcgSpanS.after * timeScale;
    const steps = Math.ceil((this.beforeS + this.afterS) / templateStepS) + 2;
    this.table = new Float64Array(steps);
    for (let i = 0; i < steps; i++)
      this.table[i] = bcgWaveform(i * templateStepS - this.beforeS, timeScale, gains);
  }

  /** The complex `seconds` after the beat instant; 0 outside its span. */
  at(seconds: number): number {
    const x = (seconds + this.beforeS) / templateStepS;
    const i = Math.floor(x);
    if (i < 0 || i + 1 >= this.table.length) return 0;
    const a = this.table[i] ?? 0;
    return a + ((this.table[i + 1] ?? 0) - a) * (x - i);
  }
}

/**
 * Breath shape over one cycle (phase 0–1): inhale in the first `inhaleShare` of the cycle, slower
 * exhale; range −0.5..0.5.
 */
export function breathWaveform(phase: number, inhaleShare = 0.4): number {
  if (phase < inhaleShare) return -0.5 * Math.cos((Math.PI * phase) / inhaleShare);
  return 0.5 * Math.cos((Math.PI * (phase - inhaleShare)) / (1 - inhaleShare));
}

export function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
