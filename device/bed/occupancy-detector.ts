// Who is on the bed, and how: a small state machine on the load of each channel, decided every hop.
// Leaving the bed removes ~all load within a second or two, so a bed exit is a drop of the total
// load below a fifth of the learnt body load. Sitting up moves load from the upper-body channels to
// the hips, so it is a drop of the upper share. Both must hold for a short confirmation time, which
// rides out the load swings of a turn or a fidget.
import { type BedAnalyzerConfig, hopS } from "./bed-config.ts";

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
  /** Upper-body load below this share of its lying level means sitting up. */
  sitShare: 0.6,
  sitConfirmS: 1,
  lieShare: 0.8,
  lieConfirmS: 2,
  /** Before any body load is known, this much load (counts, summed) means occupied. */
  minOccupiedLoad: 1000,
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
  /** Learnt total load of the body lying in bed (counts above the empty baseline); null until seen. */
  bodyLoad: number | null = null;
  private upperLoad: number | null = null;
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
    const threshold =
      this.bodyLoad === null
        ? occupancyThresholds.minOccupiedLoad
        : Math.max(occupancyThresholds.minOccupiedLoad, occupancyThresholds.returnShare * this.bodyLoad);
    if (!this.entry.holds(total > threshold)) {
      if (!moving && total < threshold / 2) this.trackBaseline(loads);
      return null;
    }
    this.entry.reset();
    if (this.bodyLoad === null || this.upperLoad === null) {
      this.bodyLoad = total;
      this.upperLoad = upper;
      this.state = "in_bed";
    } else {
      this.state = upper < occupancyThresholds.sitShare * this.upperLoad ? "sitting" : "in_bed";
    }
    return { kind: "return" as const, timeS };
  }

  private whileOccupied(total: number, upper: number, timeS: number, moving: boolean): BedEvent | null {
    const body = this.bodyLoad ?? total;
    const lyingUpper = this.upperLoad ?? upper;
    if (this.exit.holds(total < occupancyThresholds.exitShare * body)) {
      this.state = "empty";
      this.sit.reset();
      this.lie.reset();
      return { kind: "bed_exit", timeS };
    }
    const upperShare = lyingUpper > 0 ? upper / lyingUpper : 1;
    if (this.state === "in_bed") {
      if (this.sit.holds(upperShare < occupancyThresholds.sitShare)) {
        this.state = "sitting";
        return { kind: "sit_up", timeS };
      }
      if (!moving) this.learnLying(total, upper);
    } else if (this.lie.holds(upperShare > occupancyThresholds.lieShare)) {
      this.state = "in_bed";
      return { kind: "lie_down", timeS };
    }
    return null;
  }

  /** Follows a rise at once (the first minutes may be spent sitting on the edge), a fall slowly. */
  private learnLying(total: number, upper: number): void {
    this.bodyLoad = follow(this.bodyLoad ?? total, total);
    this.upperLoad = follow(this.upperLoad ?? upper, upper);
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

function follow(reference: number, value: number): number {
  if (value > reference) return reference + (value - reference) * 0.1;
  if (value > 0.8 * reference) return reference + (value - reference) * (hopS / 120);
  return reference;
}
