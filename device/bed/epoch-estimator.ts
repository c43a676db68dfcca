// Collects one epoch of filtered signals and per-hop flags, then estimates heart rate, breathing
// rate, movement and occupancy for it. Samples near a movement are masked out: the heartbeat band
// settles within a second, the breathing band needs a few seconds after a load shift.
import { analysisRateHz, breathingRateHz, hopS, hopSamples } from "./bed-config.ts";
import type { MovementBurst } from "./periodic-movements.ts";
import { breathingRateFromSignals, heartRateFromEnvelopes } from "./vital-rates.ts";

export type VitalQuality = "good" | "poor" | "no_contact";

export interface BedEpoch {
  startS: number;
  durationS: number;
  /** Share of the epoch with somebody on the bed. */
  occupancy: number;
  occupied: boolean;
  /** Share of the epoch spent sitting up. */
  sitting: number;
  heartRateBpm: number | null;
  heartRateQuality: VitalQuality;
  /** Heartbeats found in the epoch's valid samples (with a heart rate only). */
  heartBeats: number | null;
  breathingRatePerMin: number | null;
  breathingQuality: VitalQuality;
  /**
   * Breath-to-breath intervals (s) counted in the epoch's valid breathing samples, for the breathing
   * regularity that helps tell wake from sleep; empty when too little was valid.
   */
  breathIntervalsS: number[];
  /** Movement in percent of body load × seconds (per-hop intensity capped at 4 %), see movementIndex. */
  movementIndex: number;
  /** Share of the epoch flagged as movement. */
  movingShare: number;
  /** Movements that began in this epoch (runs of movement hops, a gap of ≥ 1 s apart). */
  movementBursts: number;
  /** Movements that ended in this epoch, with their start (analyzer time) and length. */
  bursts: MovementBurst[];
}

export interface HopRecord {
  occupied: boolean;
  sitting: boolean;
  moving: boolean;
  intensity: number;
  breathingAbsent: boolean;
}

export const maskMarginsS = { heartBefore: 1, heartAfter: 1, breathingBefore: 1, breathingAfter: 3 } as const;

/** Movement hops closer than this (5 hops = 1 s) belong to one burst. */
const burstGapHops = 5;

/** Intensity (share of body load) per hop counts up to this cap: one violent turn must not dominate. */
export const movementCap = 0.04;

export class EpochCollector {
  private readonly hopsPerEpoch: number;
  private readonly envelopes: Float64Array[];
  private readonly breathing: Float64Array[];
  private readonly hops: HopRecord[] = [];
  private frame = 0;
  private breathingSample = 0;
  private epochIndex = 0;
  private hopsSinceMoving = Number.POSITIVE_INFINITY;
  private sinceMoving: number[] = [];
  private bursts = 0;
  private endedBursts: MovementBurst[] = [];
  private hopCount = 0;
  /** First and last moving hop of the burst under way. */
  private burst: { first: number; last: number } | null = null;

  constructor(
    channels: number,
    private readonly epochS: number,
  ) {
    this.hopsPerEpoch = Math.round(epochS / hopS);
    this.envelopes = Array.from({ length: channels }, () => new Float64Array(epochS * analysisRateHz));
    this.breathing = Array.from({ length: channels }, () => new Float64Array(epochS * breathingRateHz));
  }

  addFrame(envelopeOf: (channel: number) => number): void {
    for (let c = 0; c < this.envelopes.length; c++) {
      const buffer = this.envelopes[c];
      if (buffer) buffer[this.frame] = envelopeOf(c);
    }
    this.frame++;
  }

  addBreathing(values: Float64Array): void {
    for (let c = 0; c < this.breathing.length; c++) {
      const buffer = this.breathing[c];
      if (buffer) buffer[this.breathingSample] = values[c] ?? 0;
    }
    this.breathingSample++;
  }

  /** Adds the flags of the hop just completed; returns the epoch when this hop closes it. */
  addHop(hop: HopRecord): BedEpoch | null {
    this.trackBurst(hop.moving && hop.occupied);
    this.hopsSinceMoving = hop.moving ? 0 : this.hopsSinceMoving + 1;
    this.hops.push(hop);
    this.sinceMoving.push(this.hopsSinceMoving);
    if (this.hops.length < this.hopsPerEpoch) return null;
    const epoch = this.estimate();
    this.hops.length = 0;
    this.sinceMoving = [];
    this.bursts = 0;
    this.endedBursts = [];
    this.frame = 0;
    this.breathingSample = 0;
    this.epochIndex++;
    return epoch;
  }

  private estimate(): BedEpoch {
    const occupiedHops = this.hops.filter((hop) => hop.occupied).length;
    const occupancy = occupiedHops / this.hops.length;
    const occupied = occupancy >= 0.5;
    const heart = heartRateFromEnvelopes(this.envelopes, this.validMask(hopSamples, "heart"));
    const { rate: breathing, intervalsS } = breathingRateFromSignals(
      this.breathing,
      this.validMask(hopSamples / (analysisRateHz / breathingRateHz), "breathing"),
    );
    const quality = (found: boolean): VitalQuality => (!occupied ? "no_contact" : found ? "good" : "poor");
    return {
      startS: this.epochIndex * this.epochS,
      durationS: this.epochS,
      occupancy,
      occupied,
      sitting: this.hops.filter((hop) => hop.sitting).length / this.hops.length,
      heartRateBpm: occupied && heart ? heart.perMin : null,
      heartRateQuality: quality(heart !== null),
      heartBeats: occupied && heart ? (heart.beats ?? null) : null,
      breathingRatePerMin: occupied && breathing ? breathing.perMin : null,
      breathingQuality: quality(breathing !== null),
      breathIntervalsS: occupied ? intervalsS.map((s) => Math.round(s * 100) / 100) : [],
      movementIndex: movementIndex(this.hops),
      movingShare: this.hops.filter((hop) => hop.moving).length / this.hops.length,
      movementBursts: this.bursts,
      bursts: this.endedBursts,
    };
  }

  /** Counts burst onsets; a burst ends once no movement followed for more than the gap. */
  private trackBurst(moving: boolean): void {
    const hop = this.hopCount++;
    if (moving) {
      if (this.burst && hop - this.burst.last <= burstGapHops) this.burst.last = hop;
      else {
        this.finishBurst();
        this.burst = { first: hop, last: hop };
        this.bursts++;
      }
    } else if (this.burst && hop - this.burst.last > burstGapHops) this.finishBurst();
  }

  private finishBurst(): void {
    if (!this.burst) return;
    const { first, last } = this.burst;
    this.endedBursts.push({ startS: first * hopS, durationS: (last - first + 1) * hopS });
    this.burst = null;
  }

  /** Sample-level validity: occupied, away from movement, and (for breathing) not in a pause. */
  private validMask(samplesPerHop: number, kind: "heart" | "breathing"): Uint8Array {
    const before = Math.round(
      (kind === "heart" ? maskMarginsS.heartBefore : maskMarginsS.breathingBefore) / hopS,
    );
    const after = Math.round(
      (kind === "heart" ? maskMarginsS.heartAfter : maskMarginsS.breathingAfter) / hopS,
    );
    const mask = new Uint8Array(this.hops.length * samplesPerHop);
    for (let h = 0; h < this.hops.length; h++) {
      const hop = this.hops[h];
      if (!hop?.occupied || (this.sinceMoving[h] ?? 0) <= after) continue;
      if (kind === "breathing" && hop.breathingAbsent) continue;
      if (this.hops.slice(h + 1, h + 1 + before).some((next) => next.moving)) continue;
      mask.fill(1, h * samplesPerHop, (h + 1) * samplesPerHop);
    }
    return mask;
  }
}

/** Sum over moving hops of intensity (percent of body load, capped) × hop duration. */
export function movementIndex(hops: readonly HopRecord[]): number {
  let sum = 0;
  for (const hop of hops) if (hop.moving) sum += Math.min(hop.intensity, movementCap) * 100 * hopS;
  return sum;
}
