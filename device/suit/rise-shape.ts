// How a rise of the envelope began, to tell a muscle from a sharp artefact. An electrode pop (a step of the
// electrode potential) or the crackle of a tugged cable arrives as an edge far above the level before it,
// and its energy then decays as the filters ring out (the mains notch for ≈ 200 ms); a contraction builds
// up over tens of ms and is sustained. So a rise whose first hops jump `abruptJumpRatio` above the envelope
// before it is confirmed only after `abruptHoldMs`, and only if its last hops still carry `sustainRatio` of
// the energy of its first ones. A gradual rise is confirmed as before, without extra delay.

import type { SuitDspConfig } from "./config.ts";

export type RiseVerdict = "wait" | "confirm" | "reject";

/** Hops averaged at the start and at the end of an abrupt rise. */
const hopsCompared = 3;

export class RiseShape {
  private levelBeforeUv = 0;
  private readonly firstHopsUv: number[] = [];
  private readonly lastHopsUv: number[] = [];
  private abruptRise = false;

  constructor(private readonly config: SuitDspConfig["onset"]) {}

  /** A rise begins: `levelBeforeUv` is the envelope just before it, `hopUv` the RMS of its first hop. */
  begin(levelBeforeUv: number, hopUv: number): void {
    this.levelBeforeUv = levelBeforeUv;
    this.firstHopsUv.length = 0;
    this.lastHopsUv.length = 0;
    this.abruptRise = false;
    this.add(hopUv);
  }

  add(hopUv: number): void {
    if (this.firstHopsUv.length < hopsCompared) this.firstHopsUv.push(hopUv);
    this.lastHopsUv.push(hopUv);
    if (this.lastHopsUv.length > hopsCompared) this.lastHopsUv.shift();
    // The edge of an artefact is in the first or second hop of the rise.
    if (this.firstHopsUv.length <= 2 && hopUv >= this.config.abruptJumpRatio * this.levelBeforeUv)
      this.abruptRise = true;
  }

  get abrupt(): boolean {
    return this.abruptRise;
  }

  /** Called once the ordinary hold time is satisfied, `elapsedMs` after the rise began. */
  verdict(elapsedMs: number): RiseVerdict {
    if (!this.abruptRise) return "confirm";
    if (elapsedMs < this.config.abruptHoldMs) return "wait";
    const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length);
    return mean(this.lastHopsUv) >= this.config.sustainRatio * mean(this.firstHopsUv) ? "confirm" : "reject";
  }
}
