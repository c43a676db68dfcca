// The resting level of a channel's envelope, learnt continuously: a low percentile of the last ~20 s of
// envelope values. A low percentile stays at rest level even when the muscle works most of the time
// (walking keeps each muscle silent for part of every gait cycle), so no calibration pause is needed.

export interface RestBaseline {
  /** Envelope level at rest (µV). */
  levelUv: number;
  /** Spread of the resting envelope: distance from a lower percentile to the baseline percentile (µV). */
  spreadUv: number;
}

export class RestBaselineTracker {
  private readonly history: Float64Array;
  private count = 0;
  private next = 0;
  private sinceUpdate = 0;
  private current: RestBaseline | null = null;

  constructor(
    historyHops: number,
    private readonly percentile: number,
    private readonly updateEveryHops: number,
    private readonly warmupHops: number,
  ) {
    this.history = new Float64Array(Math.max(1, historyHops));
  }

  /** Null until enough history exists for a trustworthy baseline. */
  get baseline(): RestBaseline | null {
    return this.current;
  }

  push(envelopeUv: number): void {
    this.history[this.next] = envelopeUv;
    this.next = (this.next + 1) % this.history.length;
    if (this.count < this.history.length) this.count++;
    this.sinceUpdate++;
    const warm = this.count >= this.warmupHops;
    if (warm && (this.current === null || this.sinceUpdate >= this.updateEveryHops)) this.update();
  }

  private update(): void {
    this.sinceUpdate = 0;
    const sorted = this.history.slice(0, this.count).sort();
    const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
    const levelUv = at(this.percentile);
    this.current = { levelUv, spreadUv: levelUv - at(this.percentile / 4) };
  }
}
