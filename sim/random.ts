// Seeded, deterministic pseudo-random numbers for the simulators. No Math.random(): the same seed
// must replay the same resident, night after night, on every machine.
//
// Generator: xorshift128 from G. Marsaglia, "Xorshift RNGs", Journal of Statistical Software 8(14),
// 2003 (shift triple 11, 8, 19 as published there). Period 2^128 - 1, plenty for simulation noise.

/** The complete generator state: four unsigned 32-bit words, never all zero. */
export type RngState = readonly [number, number, number, number];

/** Spreads one integer seed over the 128-bit state; `stream` gives independent sequences per purpose. */
export function seedRng(seed: number, stream = 0): RngState {
  // Each word is the murmur3 finaliser of a distinct input, so nearby seeds and streams give
  // unrelated states (successive xorshift32 words are linearly related and start poorly).
  const base = Math.imul(seed | 0, 0x9e3779b9) ^ Math.imul(stream + 1, 0x85ebca6b);
  const words = [0, 1, 2, 3].map((i) => {
    let h = (base + Math.imul(i + 1, 0x632be5ab)) | 0;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    h = (h ^ (h >>> 16)) >>> 0;
    return h === 0 ? 0x6c078965 : h;
  });
  const [a = 1, b = 2, c = 3, d = 4] = words;
  return [a, b, c, d];
}

/**
 * A mutable cursor over an RngState. Pure step functions restore one from their state, draw, and
 * return `snapshot()` in the next state, so a step stays a function of its inputs.
 */
export class Rng {
  private x: number;
  private y: number;
  private z: number;
  private w: number;

  constructor(state: RngState) {
    [this.x, this.y, this.z, this.w] = state;
  }

  static fromSeed(seed: number, stream = 0): Rng {
    return new Rng(seedRng(seed, stream));
  }

  snapshot(): RngState {
    return [this.x, this.y, this.z, this.w];
  }

  /** Uniform integer in [0, 2^32). */
  nextUint32(): number {
    const t = this.x ^ (this.x << 11);
    this.x = this.y;
    this.y = this.z;
    this.z = this.w;
    this.w = (this.w ^ (this.w >>> 19) ^ (t ^ (t >>> 8))) >>> 0;
    return this.w;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  uniform(low: number, high: number): number {
    return low + (high - low) * this.next();
  }

  /** Uniform integer in [low, high] (both inclusive). */
  int(low: number, high: number): number {
    return low + Math.floor(this.next() * (high - low + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** Normal deviate by the Box-Muller transform. */
  normal(mean = 0, sd = 1): number {
    const u = 1 - this.next(); // in (0, 1], so log(u) is finite
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Log-normal with the given median; `spread` is the sd of the underlying normal. */
  logNormal(median: number, spread: number): number {
    return median * Math.exp(this.normal(0, spread));
  }

  /** Exponential waiting time with the given mean. */
  exponential(mean: number): number {
    return -mean * Math.log(1 - this.next());
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError("pick from an empty list");
    return item;
  }
}
