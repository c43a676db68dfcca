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
  /** Scratch copy the order statistics are selected in (the history keeps its ring order). */
  private readonly scratch: Float64Array;
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
    this.scratch = new Float64Array(this.history.length);
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
    const n = this.count;
    const values = this.scratch.subarray(0, n);
    values.set(this.history.subarray(0, n));
    const rank = (p: number) => Math.min(n - 1, Math.floor((p / 100) * n));
    const levelRank = rank(this.percentile);
    const levelUv = selectInPlace(values, levelRank, 0, n - 1);
    // After the selection everything left of levelRank is ≤ it: the lower percentile is among them.
    const lowerUv = selectInPlace(values, rank(this.percentile / 4), 0, levelRank);
    this.current = { levelUv, spreadUv: levelUv - lowerUv };
  }
}

/**
 * The value of rank `k` (0-based, ascending) among `values[from..to]`, found by quickselect (Hoare
 * partition, middle pivot) in O(n): a sort per update cost most of the channel's time. Reorders the range
 * so that everything left of `k` is ≤ and everything right of it ≥ the result.
 */
function selectInPlace(values: Float64Array, k: number, from: number, to: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const pivot = values[(low + high) >> 1] ?? 0;
    let i = low;
    let j = high;
    while (i <= j) {
      while ((values[i] ?? 0) < pivot) i++;
      while ((values[j] ?? 0) > pivot) j--;
      if (i <= j) {
        const t = values[i] ?? 0;
        values[i] = values[j] ?? 0;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) high = j;
    else if (k >= i) low = i;
    else break;
  }
  return values[k] ?? 0;
}
