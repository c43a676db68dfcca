// Activation onset/offset from the envelope: a double threshold over the resting baseline with hold times
// (after Hodges & Bui 1996, Electroencephalogr Clin Neurophysiol 101:511, and the hysteresis used in most
// EMG-triggered devices), plus backtracking: once an onset is confirmed, its time is moved back to the last
// hop at which the envelope was still near rest, which removes most of the threshold and hold delay.

import type { SuitDspConfig } from "./config.ts";
import type { RestBaseline } from "./rest-baseline.ts";
import { RiseShape } from "./rise-shape.ts";

export interface OnsetEvent {
  channel: number;
  /** Estimated start of the activation (ms since the stream start). */
  onsetMs: number;
  /** When the detector was sure (the earliest a device could act on it). */
  detectedAtMs: number;
  thresholdUv: number;
}

export interface OffsetEvent {
  channel: number;
  offsetMs: number;
  detectedAtMs: number;
  /** True when the activation was cut short by an electrode fault rather than seen to end. */
  interrupted?: boolean;
}

export interface Thresholds {
  onUv: number;
  offUv: number;
  backtrackUv: number;
}

export function onsetThresholds(baseline: RestBaseline, onset: SuitDspConfig["onset"]): Thresholds {
  const level = baseline.levelUv;
  const onUv = Math.max(level * onset.onRatio, level + onset.onSpread * baseline.spreadUv, onset.floorUv);
  return {
    onUv,
    offUv: level + onset.offFraction * (onUv - level),
    backtrackUv: level + onset.backtrackFraction * (onUv - level),
  };
}

type DetectorState = "rest" | "rising" | "active" | "falling";

export interface OnsetStep {
  onset?: OnsetEvent;
  offset?: OffsetEvent;
  /** A rise was judged a sharp artefact (rise-shape.ts) and will not become an onset. */
  rejected?: boolean;
}

/** Going back in time, an envelope this much above the hop after it means the valley was passed. */
const valleyTolerance = 1.1;

export class OnsetDetector {
  private state: DetectorState = "rest";
  private since = 0;
  private hopsAbove = 0;
  /** Highest envelope of the activation in progress; the offset threshold is relative to it. */
  private peakUv = 0;
  /** Lowest envelope since the last offset; a new onset must rise well above it (see `rearmRatio`). */
  private restMinUv = 0;
  /**
   * After a gap nothing counts until the envelope has fallen below the off level (an activation in
   * progress has lost its start): re-arming starts from there.
   */
  private waitForRest = false;
  private readonly shape: RiseShape;
  private readonly history: Float64Array;
  private readonly historyTimes: Float64Array;
  private historyNext = 0;

  constructor(
    private readonly channel: number,
    private readonly config: SuitDspConfig["onset"],
    private readonly hopMs: number,
    private readonly windowMs: number,
  ) {
    const slots = Math.max(2, Math.ceil(config.maxBacktrackMs / hopMs) + 2);
    this.history = new Float64Array(slots);
    this.historyTimes = new Float64Array(slots).fill(Number.NaN);
    this.shape = new RiseShape(config);
  }

  get active(): boolean {
    return this.state === "active" || this.state === "falling";
  }

  /** Forget any activation in progress (electrode off, blanking) without emitting events. */
  reset(): void {
    this.state = "rest";
    this.hopsAbove = 0;
    this.restMinUv = this.waitForRest ? Number.POSITIVE_INFINITY : 0;
  }

  /**
   * A gap in the data at `timeMs`: an activation in progress ends there as interrupted and the envelope
   * history is forgotten. The next onset needs the envelope to have fallen below the off level first (an
   * activation that began during the gap has no onset to report) and then to rise `rearmRatio` above the
   * lowest hop since (a filter tail decaying after the restart never does).
   */
  restart(timeMs: number): OffsetEvent | null {
    const interrupted = this.active
      ? { channel: this.channel, offsetMs: timeMs, detectedAtMs: timeMs, interrupted: true }
      : null;
    this.waitForRest = true;
    this.reset();
    this.historyTimes.fill(Number.NaN);
    return interrupted;
  }

  /**
   * One envelope hop; `hopUv` is the RMS of the hop's own samples (the envelope spans a whole window).
   * `thresholds` null means the detector is not ready (warm-up).
   */
  step(timeMs: number, envelopeUv: number, thresholds: Thresholds | null, hopUv = envelopeUv): OnsetStep {
    const levelBeforeUv = this.lastEnvelopeUv();
    this.remember(timeMs, envelopeUv);
    if (thresholds === null) {
      this.reset();
      return {};
    }
    switch (this.state) {
      case "rest":
        if (this.whileResting(timeMs, envelopeUv, thresholds)) this.shape.begin(levelBeforeUv, hopUv);
        return {};
      case "rising":
        return this.whileRising(timeMs, envelopeUv, thresholds, hopUv);
      case "active":
        this.peakUv = Math.max(this.peakUv, envelopeUv);
        if (envelopeUv < this.offUv(thresholds)) {
          this.state = "falling";
          this.since = timeMs;
        }
        return {};
      case "falling":
        return this.whileFalling(timeMs, envelopeUv, thresholds);
    }
  }

  /** After a strong burst the envelope decays slowly (notch ringing, late units): end relative to the peak. */
  private offUv(thresholds: Thresholds): number {
    return Math.max(thresholds.offUv, this.config.offPeakFraction * this.peakUv);
  }

  /** True when a rise begins. */
  private whileResting(timeMs: number, envelopeUv: number, thresholds: Thresholds): boolean {
    // After a gap (an activation may be in progress whose start was lost) or an artefact: wait for rest.
    if (this.waitForRest && envelopeUv >= thresholds.offUv) return false;
    this.waitForRest = false;
    this.restMinUv = Math.min(this.restMinUv, envelopeUv);
    // Re-arming: a decaying tail never rises above `rearmRatio` × its own minimum; a new burst does.
    if (envelopeUv < Math.max(thresholds.onUv, this.config.rearmRatio * this.restMinUv)) return false;
    this.state = "rising";
    this.since = timeMs;
    this.hopsAbove = 1;
    return true;
  }

  private whileRising(timeMs: number, envelopeUv: number, thresholds: Thresholds, hopUv: number): OnsetStep {
    if (envelopeUv < thresholds.offUv) {
      this.state = "rest";
      return {};
    }
    if (envelopeUv >= thresholds.onUv) this.hopsAbove++;
    this.shape.add(hopUv);
    if (this.hopsAbove * this.hopMs < this.config.holdOnMs) return {};
    const verdict = this.shape.verdict(timeMs - this.since);
    if (verdict === "wait") return {};
    if (verdict === "reject") {
      // Its filter tail decays from here, never doubling its own minimum; a contraction within it does.
      this.state = "rest";
      this.restMinUv = envelopeUv;
      return { rejected: true };
    }
    this.state = "active";
    this.peakUv = envelopeUv;
    const onsetMs = this.backtrack(this.since, thresholds.backtrackUv);
    return { onset: { channel: this.channel, onsetMs, detectedAtMs: timeMs, thresholdUv: thresholds.onUv } };
  }

  private whileFalling(timeMs: number, envelopeUv: number, thresholds: Thresholds): OnsetStep {
    if (envelopeUv >= this.offUv(thresholds)) {
      this.state = "active";
      return {};
    }
    if (timeMs - this.since < this.config.holdOffMs) return {};
    this.state = "rest";
    this.restMinUv = envelopeUv;
    // A trailing RMS window falls from the plateau A to level q·A over (1 − q²) of a window after the stop.
    const q = Math.min(1, this.offUv(thresholds) / Math.max(this.peakUv, Number.MIN_VALUE));
    const offsetMs = Math.max(0, this.since - (1 - q * q) * this.windowMs);
    return { offset: { channel: this.channel, offsetMs, detectedAtMs: timeMs } };
  }

  /** The envelope of the previous hop (0 before the first). */
  private lastEnvelopeUv(): number {
    const slots = this.history.length;
    return this.history[(this.historyNext - 1 + slots) % slots] ?? 0;
  }

  private remember(timeMs: number, envelopeUv: number): void {
    this.history[this.historyNext] = envelopeUv;
    this.historyTimes[this.historyNext] = timeMs;
    this.historyNext = (this.historyNext + 1) % this.history.length;
  }

  /**
   * Walks back from `fromMs` to where the rise began: the last hop at or below `levelUv`, or the valley
   * (the envelope was higher before it, e.g. the tail of the previous burst), at most `maxBacktrackMs`.
   */
  private backtrack(fromMs: number, levelUv: number): number {
    const slots = this.history.length;
    let candidate = fromMs;
    let candidateUv = Number.POSITIVE_INFINITY;
    for (let k = 1; k <= slots; k++) {
      const slot = (this.historyNext - k + slots) % slots;
      const time = this.historyTimes[slot] ?? Number.NaN;
      if (Number.isNaN(time) || fromMs - time > this.config.maxBacktrackMs) break;
      if (time > fromMs) continue;
      const value = this.history[slot] ?? 0;
      if (value <= levelUv) return time;
      if (value > candidateUv * valleyTolerance) return candidate;
      if (value < candidateUv) {
        candidate = time;
        candidateUv = value;
      }
    }
    return candidate;
  }
}
