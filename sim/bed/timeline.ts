// Walks a scenario forward in time: which segment we are in, how far the posture ramp has got,
// and whether an apnoea is running. Time only moves forward, so each lookup is O(1) amortised.
import { channelBcgGains, channelBreathingGains, channelLoadShares } from "./body-load.ts";
import type { NightScenario, NightSegment } from "./scenario.ts";

export interface BodyCoupling {
  load: number[];
  breathing: number[];
  bcg: number[];
}

/** What reaches each channel in this segment; lying beside the sensor strip, only `coverage` of it. */
function coupling(segment: NightSegment, channels: number): BodyCoupling {
  const coverage = segment.coverage ?? 1;
  const scaled = (values: number[]) => values.map((v) => v * coverage);
  return {
    load: scaled(channelLoadShares(segment.posture, channels)),
    breathing: scaled(channelBreathingGains(segment.posture, channels)),
    bcg: scaled(channelBcgGains(segment.posture, channels)),
  };
}

export class ScenarioTimeline {
  private index = 0;
  private apnoeaIndex = 0;
  /** Segment whose coupling `current` already holds in full (no ramp left), or −1. */
  private settledIndex = -1;
  private readonly couplings: BodyCoupling[];
  private readonly firstSegment: NightSegment;
  /** Coupling at the current time, blended through ramps; updated by `advance`. */
  readonly current: BodyCoupling;

  constructor(private readonly scenario: NightScenario) {
    const channels = scenario.sensor.channels;
    const first = scenario.segments[0];
    if (!first) throw new Error("scenario has no segments");
    this.firstSegment = first;
    this.couplings = scenario.segments.map((segment) => coupling(segment, channels));
    const start = this.couplings[0] ?? coupling(first, channels);
    this.current = { load: [...start.load], breathing: [...start.breathing], bcg: [...start.bcg] };
  }

  get segment(): NightSegment {
    return this.scenario.segments[this.index] ?? this.firstSegment;
  }

  /** Moves to time t (seconds) and blends the body coupling through the current ramp. */
  advance(t: number): void {
    const segments = this.scenario.segments;
    while (this.index < segments.length - 1 && t >= (segments[this.index]?.endS ?? 0)) this.index++;
    const segment = this.segment;
    const to = this.couplings[this.index];
    const from = this.couplings[Math.max(0, this.index - 1)];
    if (!to || !from) return;
    const progress = segment.rampS > 0 ? Math.min(1, (t - segment.startS) / segment.rampS) : 1;
    // Past the ramp the coupling is the segment's own: blend once, then skip until the next segment.
    if (progress >= 1 && this.settledIndex === this.index) return;
    this.settledIndex = progress >= 1 ? this.index : -1;
    const weight = progress * progress * (3 - 2 * progress);
    blend(this.current.load, from.load, to.load, weight);
    blend(this.current.breathing, from.breathing, to.breathing, weight);
    blend(this.current.bcg, from.bcg, to.bcg, weight);
  }

  /** How long ago the last apnoea ended (Infinity if none), as of the last `apnoeaAt`. */
  sinceApnoeaS = Number.POSITIVE_INFINITY;

  /** Whether an apnoea covers time t (and updates `sinceApnoeaS`); called every sample, so no allocation. */
  apnoeaAt(t: number): boolean {
    const apnoeas = this.scenario.apnoeas;
    while (this.apnoeaIndex < apnoeas.length) {
      const apnoea = apnoeas[this.apnoeaIndex];
      if (!apnoea || t < apnoea.startS + apnoea.durationS) break;
      this.apnoeaIndex++;
    }
    const current = apnoeas[this.apnoeaIndex];
    const previous = apnoeas[this.apnoeaIndex - 1];
    this.sinceApnoeaS = previous ? t - (previous.startS + previous.durationS) : Number.POSITIVE_INFINITY;
    return current !== undefined && t >= current.startS;
  }
}

function blend(out: number[], from: number[], to: number[], weight: number): void {
  for (let i = 0; i < out.length; i++) out[i] = (from[i] ?? 0) * (1 - weight) + (to[i] ?? 0) * weight;
}
