// Fatigue trend of one channel: the least-squares slope of the median frequency of active windows over the
// session. Running sums keep it O(1) in memory however long the session.

export interface FatigueTrend {
  channel: number;
  /** Active spectral windows used. */
  windows: number;
  /** Slope of the median frequency (Hz per minute); negative = fatiguing. NaN until enough windows. */
  slopeHzPerMin: number;
  /** Slope relative to the fitted median frequency at the first window (% per minute). */
  slopePctPerMin: number;
  /** Fitted median frequency at the first and last active window (Hz). */
  startHz: number;
  endHz: number;
}

export class FatigueTrendTracker {
  private n = 0;
  private sumT = 0;
  private sumY = 0;
  private sumTT = 0;
  private sumTY = 0;
  private firstMin = Number.NaN;
  private lastMin = Number.NaN;

  constructor(
    private readonly channel: number,
    private readonly minWindows: number,
  ) {}

  add(timeMs: number, medianHz: number): void {
    if (!Number.isFinite(medianHz)) return;
    const t = timeMs / 60000;
    if (this.n === 0) this.firstMin = t;
    this.lastMin = t;
    this.n++;
    this.sumT += t;
    this.sumY += medianHz;
    this.sumTT += t * t;
    this.sumTY += t * medianHz;
  }

  get trend(): FatigueTrend {
    const denominator = this.n * this.sumTT - this.sumT * this.sumT;
    const enough = this.n >= this.minWindows && denominator > 1e-12;
    const slope = enough ? (this.n * this.sumTY - this.sumT * this.sumY) / denominator : Number.NaN;
    const intercept = enough ? (this.sumY - slope * this.sumT) / this.n : Number.NaN;
    const startHz = intercept + slope * this.firstMin;
    const endHz = intercept + slope * this.lastMin;
    return {
      channel: this.channel,
      windows: this.n,
      slopeHzPerMin: slope,
      slopePctPerMin: enough && startHz > 0 ? (100 * slope) / startHz : Number.NaN,
      startHz,
      endHz,
    };
  }
}
