// An electrode lifting off the skin. What the amplifier then shows depends on its input stage, so three
// modes are simulated: a flat line (lead-off detection clamps the input), a saturated rail (the open input
// drifts to a supply rail) and a noisy lead (the floating high-impedance input picks up mains and noise).

import type { Rng } from "../random.ts";
import type { MainsPhaseBlock } from "./interference.ts";
import type { ElectrodeOffSpec } from "./scenario.ts";

interface LiftedElectrode {
  spec: ElectrodeOffSpec;
  flatLevelUv: number;
  railSign: 1 | -1;
  mainsUv: number;
  mainsPhase: number;
  noiseUv: number;
  random: Rng;
}

/** Far beyond any ADC range: the quantiser clamps it to the rail. */
const beyondRailUv = 1e9;

export class ElectrodeLifts {
  private readonly lifts: LiftedElectrode[];

  constructor(specs: readonly ElectrodeOffSpec[], random: Rng) {
    this.lifts = specs.map((spec) => ({
      spec,
      flatLevelUv: random.uniform(-300, 300),
      railSign: random.chance(0.5) ? 1 : -1,
      mainsUv: random.uniform(2000, 6000),
      mainsPhase: random.uniform(0, 2 * Math.PI),
      noiseUv: random.uniform(200, 800),
      random: random.fork(`lift-${spec.channel}-${spec.startMs}`),
    }));
  }

  /** Replaces the samples of `channel` that fall inside a lift-off interval. */
  apply(
    out: Float64Array,
    channel: number,
    startSample: number,
    sampleRateHz: number,
    mains: MainsPhaseBlock,
  ) {
    for (const lift of this.lifts) {
      if (lift.spec.channel !== channel) continue;
      const from = Math.max(0, Math.ceil((lift.spec.startMs * sampleRateHz) / 1000) - startSample);
      const to = Math.min(out.length, Math.ceil((lift.spec.endMs * sampleRateHz) / 1000) - startSample);
      const a = lift.mainsUv * Math.cos(lift.mainsPhase);
      const b = lift.mainsUv * Math.sin(lift.mainsPhase);
      for (let i = from; i < to; i++) {
        if (lift.spec.mode === "flat") out[i] = lift.flatLevelUv;
        else if (lift.spec.mode === "saturated") out[i] = lift.railSign * beyondRailUv;
        else
          out[i] = a * (mains.sin1[i] ?? 0) + b * (mains.cos1[i] ?? 0) + lift.noiseUv * lift.random.normal();
      }
    }
  }
}
