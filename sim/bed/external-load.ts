// Weight on the bed that is not the resident's: a caregiver sitting on the edge or leaning on the
// mattress, a bag or a tray. Each load eases on over its ramp, stays, and eases off at its end.
import { channelZoneShares } from "./body-load.ts";
import type { ExternalLoad } from "./scenario.ts";

interface Placed {
  load: ExternalLoad;
  /** Counts per channel at full load. */
  counts: number[];
}

/** Smooth 0→1 over a ramp (the same ease as the body's posture changes). */
function ease(x: number): number {
  const u = Math.min(1, Math.max(0, x));
  return u * u * (3 - 2 * u);
}

export class ExternalLoadPlayer {
  private readonly placed: Placed[];
  private next = 0;
  private active: Placed[] = [];
  /** `out` may hold a load from the last call. */
  private dirty = true;

  constructor(loads: readonly ExternalLoad[], channels: number, countsPerKg: number) {
    this.placed = [...loads]
      .sort((a, b) => a.startS - b.startS)
      .map((load) => ({
        load,
        counts: channelZoneShares(load.zones, channels).map((share) => share * load.kg * countsPerKg),
      }));
  }

  /** Load of every channel at time t (counts), written into `out`; time only moves forward. */
  at(t: number, out: Float64Array): void {
    for (;;) {
      const due = this.placed[this.next];
      if (!due || due.load.startS > t) break;
      this.active.push(due);
      this.next++;
    }
    if (this.active.length === 0) {
      if (this.dirty) out.fill(0);
      this.dirty = false;
      return;
    }
    this.dirty = true;
    out.fill(0);
    for (const { load, counts } of this.active) {
      const ramp = Math.max(load.rampS, 1e-3);
      const weight = Math.min(
        ease((t - load.startS) / ramp),
        ease((load.startS + load.durationS - t) / ramp),
      );
      for (let c = 0; c < out.length; c++) out[c] = (out[c] ?? 0) + weight * (counts[c] ?? 0);
    }
    this.active = this.active.filter(({ load }) => load.startS + load.durationS > t);
  }
}
