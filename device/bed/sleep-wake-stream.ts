// Sleep/wake epoch by epoch while the night goes on, for a live "asleep" flag. Each epoch is scored
// `delayS` (default 3 min) after it ended with the live model (sleep-wake-model.ts): an epoch's
// measures need 2 min of what follows (Cole–Kripke's window, a periodic limb-movement series), and the
// context windows look 1 min further. The night summary scores the whole night at once with the
// whole-night model, which also looks far ahead, so the live flag and the summary can differ on some
// epochs. Bounded: keeps the last 2 h of epochs (the heart-rate baseline) and 30 min of measures.
import { bedActivityCounts } from "./movement-counts.ts";
import {
  type SleepInputEpoch,
  type SleepMeasures,
  sleepMeasureRules,
  sleepMeasures,
} from "./sleep-measures.ts";
import {
  contextFeatures,
  contextScalesS,
  liveSleepWakeModel,
  type SleepWakeModel,
  wakeScore,
} from "./sleep-wake-model.ts";

export const liveSleepDelayS = 180;
/** How far an epoch's measures look ahead (s): Cole–Kripke's two minutes. */
const measureAheadS = 120;

export interface LiveSleepScore {
  /** The scored epoch (as pushed, `delayS` ago). */
  epoch: SleepInputEpoch;
  asleep: boolean;
  /** The epoch's movement count (the actigraphy-style activity). */
  activityCounts: number;
}

export class SleepWakeStream {
  private readonly epochs: SleepInputEpoch[] = [];
  /** Measures of the most recent epochs whose look-ahead is complete; the last is epoch `measured`. */
  private readonly measures: SleepMeasures[] = [];
  private readonly delayEpochs: number;
  private readonly measureAheadEpochs: number;
  private readonly keepEpochs: number;
  private readonly keepMeasures: number;

  constructor(
    private readonly epochS: number,
    delayS = liveSleepDelayS,
    private readonly model: SleepWakeModel = liveSleepWakeModel,
  ) {
    this.delayEpochs = Math.ceil(delayS / epochS);
    this.measureAheadEpochs = Math.ceil(measureAheadS / epochS);
    this.keepEpochs = Math.ceil(sleepMeasureRules.baselineBackS / epochS) + this.measureAheadEpochs + 1;
    this.keepMeasures = Math.ceil(Math.max(...contextScalesS) / epochS) + this.delayEpochs + 1;
  }

  get delayS(): number {
    return this.delayEpochs * this.epochS;
  }

  /** Adds the epoch just finished; returns the score of the epoch `delayS` older, once there is one. */
  push(epoch: SleepInputEpoch): LiveSleepScore | null {
    this.epochs.push(epoch);
    if (this.epochs.length > this.keepEpochs) this.epochs.shift();
    this.measureNewest();
    const target = this.epochs.length - 1 - this.delayEpochs;
    if (target < 0) return null;
    const scored = this.epochs[target] as SleepInputEpoch;
    // The target's place among the measures: they end `measureAheadEpochs` before the newest epoch.
    const at = this.measures.length - 1 - (this.delayEpochs - this.measureAheadEpochs);
    const features = contextFeatures(this.measures, at, this.epochS, this.model.contextAheadS);
    const asleep = scored.occupied && wakeScore(this.model, features) <= 0;
    const counts = bedActivityCounts(this.epochs);
    return { epoch: scored, asleep, activityCounts: counts[target] ?? 0 };
  }

  /** Measures the epoch whose look-ahead the newest epoch completed. */
  private measureNewest(): void {
    const index = this.epochs.length - 1 - this.measureAheadEpochs;
    if (index < 0) return;
    const [measures] = sleepMeasures(this.epochs, this.epochS, this.model.baselineAheadS, [index]);
    if (measures) this.measures.push(measures);
    if (this.measures.length > this.keepMeasures) this.measures.shift();
  }
}
