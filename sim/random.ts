// Seeded, deterministic pseudo-random numbers for all simulators. No Math.random(): the same seed
// must replay the same resident, night or session, on every machine.
//
// Generator: xorshift128 from G. Marsaglia, "Xorshift RNGs", Journal of Statistical Software 8(14),
// 2003 (shift triple 11, 8, 19 as published there). Period 2^128 - 1, plenty for simulation noise.

/** The complete generator state: four unsigned 32-bit words, never all zero. */
export type RngState = readonly [number, number, number, number];

/** FNV-1a hash of a label, so streams are named rather than numbered by hand. */
function hashLabel(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h = Math.imul(h ^ label.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}

/** The murmur3 finaliser: spreads nearby inputs to unrelated 32-bit words. */
function mix32(value: number): number {
  let h = value | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A seed for an independent stream derived from a parent seed and a label, so that adding draws to
 * one part of a model (say, noise) does not shift the numbers another part (say, heartbeats) sees.
 */
export function deriveSeed(seed: number, label: string): number {
  return mix32(seed ^ 0x9e3779b9 ^ hashLabel(label));
}

/**
 * Spreads one integer seed over the 128-bit state; `stream` (a number or a label) gives independent
 * sequences per purpose.
 */
export function seedRng(seed: number, stream: number | string = 0): RngState {
  const streamWord = typeof stream === "string" ? hashLabel(stream) : stream;
  // Each word is the murmur3 finaliser of a distinct input, so nearby seeds and streams give
  // unrelated states (successive xorshift32 words are linearly related and start poorly).
  const base = Math.imul(seed | 0, 0x9e3779b9) ^ Math.imul(streamWord + 1, 0x85ebca6b);
  const words = [0, 1, 2, 3].map((i) => {
    const h = mix32(base + Math.imul(i + 1, 0x632be5ab));
    return h === 0 ? 0x6c078965 : h;
  });
  const [a = 1, b = 2, c = 3, d = 4] = words;
  return [a, b, c, d];
}

/** Standard normal draws from `random` as a plain function, for models that take a noise source. */
export function normalSource(random: Rng): () => number {
  return () => random.normal();
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
  /** Where this generator started; forks derive from it, never from how much has been drawn. */
  private readonly origin: number;

  constructor(state: RngState) {
    [this.x, this.y, this.z, this.w] = state;
    this.origin = mix32(this.x ^ mix32(this.y ^ mix32(this.z ^ mix32(this.w))));
  }

  static fromSeed(seed: number, stream: number | string = 0): Rng {
    return new Rng(seedRng(seed, stream));
  }

  /** An independent stream for one component, so adding draws to one part never shifts another. */
  fork(label: string): Rng {
    return Rng.fromSeed(this.origin, label);
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

  /** Uniform in [low, high). */
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

  /**
   * Normal deviate by the Box-Muller transform. No spare value is cached, so `snapshot()` captures
   * everything a later draw depends on.
   */
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

  /** Fisher–Yates shuffle of a copy. */
  shuffled<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      const a = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = a;
    }
    return copy;
  }
}
