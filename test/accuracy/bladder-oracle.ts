// The ceiling the simulated residents allow: notices from an observer that knows the true volume, its
// true rise over the last 30 minutes and the resident's usual urge volume (but not this cycle's varied
// urge volume, nor how long the resident will wait), raised once per true filling cycle when the volume
// is within `lead` minutes of the usual urge volume at that rise. Scored exactly as the analyzer's
// notices, stating σ = lead (the widest window the scoring allows), it shows how much of the strict
// sensitivity and PPV the unpredictable part of the physiology leaves to any estimator.
import type { TimedNotice } from "./bladder-score.ts";

const RISE_WINDOW = 30;
/** mL/min: a floor so that a flat stretch does not postpone the notice for ever. */
const MIN_RISE = 0.2;

export class OracleNotices {
  readonly notices: TimedNotice[] = [];
  private readonly recent: number[] = [];
  private notified = false;

  constructor(
    private readonly urgeVolumeMl: number,
    private readonly leadMin: number,
    private readonly readingPeriodMin: number,
  ) {}

  /** One reading a period, in time order; `voided` when a true void came since the last one. */
  observe(timeMs: number, volumeMl: number, voided: boolean): void {
    if (voided) {
      this.notified = false;
      this.recent.length = 0;
    }
    this.recent.push(volumeMl);
    if (this.recent.length > RISE_WINDOW + 1) this.recent.shift();
    const first = this.recent[0] ?? volumeMl;
    const minutes = (this.recent.length - 1) * this.readingPeriodMin;
    const rise = minutes > 0 ? Math.max(MIN_RISE, (volumeMl - first) / minutes) : MIN_RISE;
    if (this.notified || volumeMl + this.leadMin * rise < this.urgeVolumeMl) return;
    this.notified = true;
    this.notices.push({ timeMs, uncertaintyMin: this.leadMin });
  }
}
