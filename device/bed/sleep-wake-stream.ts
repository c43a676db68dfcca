// Sleep/wake epoch by epoch while the night goes on, for a live "asleep" flag. Cole–Kripke looks two
// minutes ahead and a periodic limb-movement series is known only once its later movements came, so
// each epoch is scored `delayS` (default 3 min) after it ended, on the same counts as the night's
// scoring (bed-sleep.ts). Webster's rules that look back (after ≥ 4 / 10 / 15 min of wake the next
// 1 / 3 / 4 min of sleep are wake) apply; the two that need the wake after a sleep run (short sleep
// between long wake) would need up to 20 min and are left to the night summary, which scores the
// whole night at once. So the live flag and the summary can differ on a few epochs. Bounded: keeps
// a window of the last epochs only.
import { bedActivityCounts } from "./bed-sleep.ts";
import type { BedEpoch } from "./epoch-estimator.ts";
import { scoreColeKripke } from "./sleep-wake.ts";

export const liveSleepDelayS = 180;
/** Minutes of wake before a sleep run → minutes of that run rescored as wake (Webster). */
const websterLookBack: readonly [wakeMin: number, rescoredMin: number][] = [
  [15, 4],
  [10, 3],
  [4, 1],
];
/** Epochs kept before the scored one: the Cole–Kripke window (4 min) and a PLM series (~6 min). */
const historyS = 600;

type StreamEpoch = Pick<BedEpoch, "startS" | "occupied" | "movementBursts" | "bursts">;

export interface LiveSleepScore {
  /** The scored epoch (as pushed, `delayS` ago). */
  epoch: StreamEpoch;
  asleep: boolean;
  activityCounts: number;
}

export class SleepWakeStream {
  private readonly window: StreamEpoch[] = [];
  private readonly delayEpochs: number;
  private readonly historyEpochs: number;
  private readonly perMinute: number;
  /** Cole–Kripke runs before Webster: the last finished wake run and the run now under way. */
  private lastWakeRun = 0;
  private run = { sleep: true, length: 0 };

  constructor(
    private readonly epochS: number,
    delayS = liveSleepDelayS,
  ) {
    this.delayEpochs = Math.ceil(delayS / epochS);
    this.historyEpochs = Math.ceil(historyS / epochS);
    this.perMinute = Math.round(60 / epochS);
  }

  get delayS(): number {
    return this.delayEpochs * this.epochS;
  }

  /** Adds the epoch just finished; returns the score of the epoch `delayS` older, once there is one. */
  push(epoch: StreamEpoch): LiveSleepScore | null {
    this.window.push(epoch);
    const target = this.window.length - 1 - this.delayEpochs;
    if (target < 0) return null;
    const counts = bedActivityCounts(this.window);
    const coleKripke = scoreColeKripke(counts, this.epochS)[target] ?? false;
    const scoredEpoch = this.window[target] as StreamEpoch;
    const asleep = this.rescore(coleKripke) && scoredEpoch.occupied;
    if (target >= this.historyEpochs) this.window.shift();
    return { epoch: scoredEpoch, asleep, activityCounts: counts[target] ?? 0 };
  }

  /** Webster's look-back rules on the Cole–Kripke sequence. */
  private rescore(sleep: boolean): boolean {
    if (sleep === this.run.sleep) this.run.length++;
    else {
      if (!this.run.sleep) this.lastWakeRun = this.run.length;
      this.run = { sleep, length: 1 };
    }
    if (!sleep) return false;
    const wakeMin = this.lastWakeRun / this.perMinute;
    const rule = websterLookBack.find(([minimum]) => wakeMin >= minimum);
    return !rule || this.run.length > rule[1] * this.perMinute;
  }
}
