// Who is on the bed, and how: a small state machine on the load of each channel, decided every hop.
// Leaving the bed removes ~all load within a second or two, so a bed exit is a drop of the total
// load below a fifth of the learnt body load. Sitting up moves load from the upper-body channels to
// the hips: the upper load drops, and (with two or more channels) so does its share of the total,
// which a caregiver sitting by the hips or the resident lying at the bed's edge does not change. Both
// must hold for a short confirmation time, which rides out the load swings of a turn or a fidget.
import { type BedAnalyzerConfig, hopS, minOccupiedLoadCounts } from "./bed-config.ts";
import { LyingReference } from "./lying-reference.ts";

export type OccupancyState = "empty" | "in_bed" | "sitting";

export type BedEventKind =
  | "bed_exit"
  | "return"
  | "sit_up"
  | "lie_down"
  | "no_breathing"
  | "breathing_resumed";

export interface BedEvent {
  kind: BedEventKind;
  /** Seconds since the analyzer's first sample, at the end of the hop that decided it. */
  timeS: number;
}

export const occupancyThresholds = {
  /** Total load below this share of the body load means nobody is on the bed. */
  exitShare: 0.2,
  exitConfirmS: 0.6,
  /** Total load above this share (or above minOccupiedLoad the first time) means somebody is back. */
  returnShare: 0.3,
  returnConfirmS: 1,
  /**
   * Upper-body load below this share of its lying level means sitting up (with 2+ channels, the upper
   * share of the total must fall as far, relative to lying).
   */
  sitShare: 0.6,
  sitConfirmS: 1,
  lieShare: 0.8,
  lieConfirmS: 2,
  /** Before any body load is known, this much load (counts, summed) means occupied. */
  minOccupiedLoad: minOccupiedLoadCounts,
  /** Sitting is judged only once a lying upper load is known (upper ≥ this share of the body load). */
  minUpperShare: 0.2,
} as const;

/** Counts consecutive hops a condition has held. */
class Confirmation {
  private hops = 0;
  constructor(private readonly needed: number) {}
  holds(condition: boolean): boolean {
    this.hops = condition ? this.hops + 1 : 0;
    return this.hops >= this.needed;
  }
  reset(): void {
    this.hops = 0;
  }
}

const hops = (seconds: number) => Math.max(1, Math.round(seconds / hopS));

export class OccupancyDetector {
  state: OccupancyState;
  private readonly lying = new LyingReference();
  private baseline: Float64Array | null;
  private readonly exit = new Confirmation(hops(occupancyThresholds.exitConfirmS));
  private readonly entry = new Confirmation(hops(occupancyThresholds.returnConfirmS));
  private readonly sit = new Confirmation(hops(occupancyThresholds.sitConfirmS));
  private readonly lie = new Confirmation(hops(occupancyThresholds.lieConfirmS));

  constructor(private readonly config: BedAnalyzerConfig) {
    this.baseline = config.emptyBaseline ? Float64Array.from(config.emptyBaseline) : null;
    this.state = config.assumeOccupied ? "in_bed" : "empty";
  }

  get occupied(): boolean {
    return this.state !== "empty";
  }

  /** Learnt total load of the body lying in bed (counts above the empty baseline); null until seen. */
  get bodyLoad(): number | null {
    return this.lying.body;
  }

  /** One hop: mean load per channel over the hop, and whether the body was moving. */
  update(loads: Float64Array, timeS: number, moving: boolean): BedEvent | null {
    if (this.config.assumeOccupied) return null;
    const baseline = this.baseline ?? Float64Array.from(loads);
    this.baseline = baseline;
    let total = 0;
    let upper = 0;
    for (let c = 0; c < loads.length; c++) {
      const above = (loads[c] ?? 0) - (baseline[c] ?? 0);
      total += above;
      if (c < this.config.upperChannels) upper += above;
    }
    if (this.state === "empty") return this.whileEmpty(loads, total, upper, timeS, moving);
    return this.whileOccupied(total, upper, timeS, moving);
  }

  private whileEmpty(loads: Float64Array, total: number, upper: number, timeS: number, moving: boolean) {
    const body = this.lying.body;
    const threshold =
      body === null
        ? occupancyThresholds.minOccupiedLoad
        : Math.max(occupancyThresholds.minOccupiedLoad, occupancyThresholds.returnShare * body);
    if (!this.entry.holds(total > threshold)) {
      if (!moving && total < threshold / 2) this.trackBaseline(loads);
      return null;
    }
    this.entry.reset();
    this.lying.acquire();
    // Before the lying loads are known, the first reading starts them (sitting cannot be judged yet).
    if (body === null) this.lying.learn(total, upper);
    this.state = this.sittingNow(total, upper) ? "sitting" : "in_bed";
    return { kind: "return" as const, timeS };
  }

  private whileOccupied(total: number, upper: number, timeS: number, moving: boolean): BedEvent | null {
    const body = this.lying.body ?? total;
    if (this.exit.holds(total < occupancyThresholds.exitShare * body)) {
      this.state = "empty";
      this.sit.reset();
      this.lie.reset();
      return { kind: "bed_exit", timeS };
    }
    if (this.state === "in_bed") {
      if (this.sit.holds(this.sittingNow(total, upper))) {
        this.state = "sitting";
        return { kind: "sit_up", timeS };
      }
      if (!moving) this.lying.learn(total, upper);
    } else if (this.lie.holds(this.lyingNow(total, upper))) {
      this.state = "in_bed";
      this.lying.acquire();
      return { kind: "lie_down", timeS };
    }
    return null;
  }

  /** Upper-body load (and, with 2+ channels, its share of the total) well below lying. */
  private sittingNow(total: number, upper: number): boolean {
    const ratios = this.upperRatios(total, upper);
    return (
      ratios !== null &&
      ratios.load < occupancyThresholds.sitShare &&
      ratios.share < occupancyThresholds.sitShare
    );
  }

  private lyingNow(total: number, upper: number): boolean {
    const ratios = this.upperRatios(total, upper);
    return (
      ratios === null ||
      (ratios.load > occupancyThresholds.lieShare && ratios.share > occupancyThresholds.lieShare)
    );
  }

  /** Upper load relative to lying, and upper share of the total relative to lying; null while unknown. */
  private upperRatios(total: number, upper: number): { load: number; share: number } | null {
    const { body, upper: lyingUpper } = this.lying;
    if (body === null || lyingUpper === null || !(body > 0)) return null;
    if (lyingUpper < occupancyThresholds.minUpperShare * body) return null;
    const load = upper / lyingUpper;
    if (this.config.upperChannels >= this.config.channels) return { load, share: load };
    const share = total > 0 ? upper / total / (lyingUpper / body) : 0;
    return { load, share };
  }

  /** The empty-bed reading drifts with temperature; follow it with a 1-minute time constant. */
  private trackBaseline(loads: Float64Array): void {
    const baseline = this.baseline;
    if (!baseline) return;
    for (let c = 0; c < loads.length; c++) {
      baseline[c] = (baseline[c] ?? 0) + ((loads[c] ?? 0) - (baseline[c] ?? 0)) * (hopS / 60);
    }
  }
}
