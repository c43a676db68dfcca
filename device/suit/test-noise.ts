// Reproducible white noise for the estimators' unit tests (the device code must not depend on sim/).

/** Gaussian noise from a 32-bit xorshift generator and the Box–Muller transform. */
export function seededNoise(seed: number): () => number {
  let state = seed >>> 0 || 1;
  const uniform = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return ((state >>> 0) + 0.5) / 4294967296;
  };
  return () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}

/** `n` samples of noise with RMS `rms`. */
export function noiseBlock(n: number, rms: number, seed: number): Float64Array {
  const next = seededNoise(seed);
  return Float64Array.from({ length: n }, () => rms * next());
}
