// The night so far: every epoch with its wall time, until the resident gets up for the day. A night ends
// when the bed has stayed empty for `nightEndEmptyMin` after at least `minNightInBedMin` in bed; a shorter
// stay (a nap) is dropped without a summary. Sleep/wake is scored on the whole night at once: the
// whole-night model looks up to half an hour (and its heart-rate baseline 2 h) ahead. Bounded: at most
// two days of epochs are kept.
import { type BedEpoch, scoreBedSleep, summarizeNight } from "../../bed/index.ts";
import type { NightReport } from "./bed-payloads.ts";

interface NightEpoch {
  startWallMs: number;
  epoch: BedEpoch;
}

export interface NightRules {
  epochS: number;
  nightEndEmptyMin: number;
  minNightInBedMin: number;
}

const MAX_NIGHT_HOURS = 48;

export class NightRecorder {
  private epochs: NightEpoch[] = [];
  private emptyRun = 0;
  private readonly maxEpochs: number;

  constructor(private readonly rules: NightRules) {
    this.maxEpochs = Math.ceil((MAX_NIGHT_HOURS * 3600) / rules.epochS);
  }

  get epochCount(): number {
    return this.epochs.length;
  }

  /** Adds an epoch; returns the night's report when this epoch ended the night. */
  add(epoch: BedEpoch, startWallMs: number): NightReport | null {
    this.epochs.push({ startWallMs, epoch });
    if (this.epochs.length > this.maxEpochs) this.epochs.shift();
    this.emptyRun = epoch.occupied ? 0 : this.emptyRun + 1;
    if (this.emptyRun * this.rules.epochS < this.rules.nightEndEmptyMin * 60) return null;
    const inBedMin = (this.epochs.filter((e) => e.epoch.occupied).length * this.rules.epochS) / 60;
    if (inBedMin === 0) {
      // Keep an empty bed's epochs short: the night starts when somebody comes.
      this.epochs = this.epochs.slice(-1);
      return null;
    }
    const report = inBedMin >= this.rules.minNightInBedMin ? this.report("morning") : null;
    this.epochs = [];
    this.emptyRun = 0;
    return report;
  }

  /** The night so far (for a summary on command); null before anybody was on the bed. */
  report(trigger: NightReport["trigger"]): NightReport | null {
    const first = this.epochs.findIndex((e) => e.epoch.occupied);
    if (first < 0) return null;
    let last = first;
    this.epochs.forEach((e, i) => {
      if (e.epoch.occupied) last = i;
    });
    const night = this.epochs.slice(first);
    const asleep = scoreBedSleep(
      night.map((e) => e.epoch),
      this.rules.epochS,
    );
    const summary = summarizeNight(
      night.map((e, i) => ({ occupied: e.epoch.occupied, asleep: asleep[i] ?? false })),
      this.rules.epochS,
    );
    const lastEpoch = this.epochs[last];
    return {
      summary,
      startWallMs: this.epochs[first]?.startWallMs ?? 0,
      endWallMs: (lastEpoch?.startWallMs ?? 0) + (lastEpoch?.epoch.durationS ?? 0) * 1000,
      epochs: last - first + 1,
      trigger,
    };
  }
}
