// Power spectrum of one window (Hann window, radix-2 FFT) and its median and mean frequency, the standard
// spectral indicators of muscle fatigue (Merletti, Knaflitz & De Luca 1990, J Appl Physiol 69:1810):
// slower conduction in a fatiguing muscle compresses the spectrum towards low frequencies.

/** In-place iterative radix-2 FFT (Cooley–Tukey); `re.length` must be a power of two. */
export function fftInPlace(re: Float64Array, im: Float64Array): void {
  const n = re.length;
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      const tr = re[i] ?? 0;
      re[i] = re[j] ?? 0;
      re[j] = tr;
      const ti = im[i] ?? 0;
      im[i] = im[j] ?? 0;
      im[j] = ti;
    }
  }
  for (let size = 2; size <= n; size <<= 1) {
    const angle = (-2 * Math.PI) / size;
    const wr = Math.cos(angle);
    const wi = Math.sin(angle);
    for (let start = 0; start < n; start += size) {
      let cr = 1;
      let ci = 0;
      for (let k = 0; k < size / 2; k++) {
        const a = start + k;
        const b = a + size / 2;
        const br = re[b] ?? 0;
        const bi = im[b] ?? 0;
        const tr = br * cr - bi * ci;
        const ti = br * ci + bi * cr;
        re[b] = (re[a] ?? 0) - tr;
        im[b] = (im[a] ?? 0) - ti;
        re[a] = (re[a] ?? 0) + tr;
        im[a] = (im[a] ?? 0) + ti;
        const nextCr = cr * wr - ci * wi;
        ci = cr * wi + ci * wr;
        cr = nextCr;
      }
    }
  }
}

export const isPowerOfTwo = (n: number): boolean => n > 0 && (n & (n - 1)) === 0;

/** The power-of-two length closest (in log scale) to a duration. */
export function spectralWindowLength(windowMs: number, sampleRateHz: number): number {
  const samples = (windowMs * sampleRateHz) / 1000;
  return 2 ** Math.max(4, Math.round(Math.log2(samples)));
}

export interface SpectralIndicators {
  medianHz: number;
  meanHz: number;
  /** Band power (arbitrary units, proportional to mean square). */
  power: number;
}

/** Hann-windowed one-sided periodogram of `samples` (length a power of two), bins 0..n/2. */
export function powerSpectrum(samples: Float64Array): Float64Array {
  const n = samples.length;
  if (!isPowerOfTwo(n)) throw new Error(`spectrum length ${n} is not a power of two`);
  const re = new Float64Array(n);
  const im = new Float64Array(n);
  for (let i = 0; i < n; i++) re[i] = (samples[i] ?? 0) * (0.5 - 0.5 * Math.cos((2 * Math.PI * i) / n));
  fftInPlace(re, im);
  const power = new Float64Array(n / 2 + 1);
  for (let k = 0; k <= n / 2; k++) power[k] = (re[k] ?? 0) ** 2 + (im[k] ?? 0) ** 2;
  return power;
}

/** Median and mean frequency of the power between `lowHz` and `highHz`. */
export function spectralIndicators(
  samples: Float64Array,
  sampleRateHz: number,
  lowHz: number,
  highHz: number,
) {
  const power = powerSpectrum(samples);
  const binHz = sampleRateHz / samples.length;
  const first = Math.max(1, Math.ceil(lowHz / binHz));
  const last = Math.min(power.length - 1, Math.floor(highHz / binHz));
  let total = 0;
  let moment = 0;
  for (let k = first; k <= last; k++) {
    total += power[k] ?? 0;
    moment += k * binHz * (power[k] ?? 0);
  }
  if (total <= 0) return { medianHz: Number.NaN, meanHz: Number.NaN, power: 0 };
  // Median: where the cumulative power crosses half, interpolated inside the crossing bin.
  let cumulative = 0;
  let medianHz = last * binHz;
  for (let k = first; k <= last; k++) {
    const p = power[k] ?? 0;
    if (cumulative + p >= total / 2) {
      medianHz = (k - 0.5 + (total / 2 - cumulative) / p) * binHz;
      break;
    }
    cumulative += p;
  }
  return { medianHz, meanHz: moment / total, power: total } satisfies SpectralIndicators;
}
