// The fuzz tests' seeded generator: the simulators' own (sim/random.ts), with the few draws the
// mutators need, so every fuzz run is reproducible from its seed.
import { Rng, seedRng } from "../../sim/random.ts";

export class SeededRandom extends Rng {
  constructor(seed: number) {
    super(seedRng(seed, "fuzz"));
  }

  /** Integer in [0, bound). */
  below(bound: number): number {
    return this.int(0, bound - 1);
  }

  /** Integer in [low, high]. */
  between(low: number, high: number): number {
    return this.int(low, high);
  }

  bytes(length: number): Uint8Array {
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i++) out[i] = this.nextUint32() & 0xff;
    return out;
  }
}
