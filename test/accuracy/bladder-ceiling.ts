// The ceiling the simulated physiology allows under the strict scoring: notices from an observer that
// knows the true volume, its true rise over the last 30 minutes, whether the resident is asleep, and
// the resident's physiology as the simulator draws it (sim/bladder/voiding.ts): this cycle's urge
// volume ~ the usual one × N(1, urgeVariation) within ±15 %, the wait from urge to toilet log-normal
// (median toiletDelayMedianMin, spread 0.5, at most 6 × the median; asleep: woken with
// wakesForUrgeProbability and 1.5 × median + 3, otherwise a leak at a volume uniform between the urge
// volume and capacity), an overflow at capacity. It does not know this cycle's urge volume or wait, nor
// the future rise, nor the caregivers' rounds. Given no void yet, it computes the probability S(k) that
// a notice k minutes from now sees the void 5 to 3 × lead minutes after it, and raises a notice now
// when S(0) ≥ the analyzer's noticeMinProbability and no notice within one lead ahead would do better,
// at most noticesPerCycle per filling cycle, a later one after the earlier one's window has passed: the
// analyzer's own decision rule (notice-odds.ts) with perfect information. It states σ = lead (the widest
// window the scoring allows).
import { usefulWindow } from "../../device/sensors/bladder/bladder-forecast.ts";
import { normalCdf } from "../../device/sensors/bladder/normal-cdf.ts";
import type { ResidentProfile } from "../../sim/bladder/index.ts";
import type { TimedNotice } from "./bladder-score.ts";

const MINUTE_MS = 60_000;
const RISE_WINDOW = 30;
const MIN_RISE = 0.2;
const MAX_URGE_DEVIATION = 0.15;
const DELAY_SPREAD = 0.5;
const DELAY_CAP = 6;
/** Grid over the urge volume's standard normal draw. */
const URGE_GRID = Array.from({ length: 25 }, (_, k) => -3 + k / 4);
/** Readings kept for the rise. */
const KEPT_READINGS = RISE_WINDOW + 1;

export interface CeilingPolicy {
  leadMin: number;
  minProbability: number;
  noticesPerCycle: number;
}

interface CycleReading {
  timeMs: number;
  volumeMl: number;
  asleep: boolean;
}

/** P(wait > minutes) of the log-normal wait, capped at 6 × its median. */
function waitSurvival(minutes: number, medianMin: number): number {
  if (minutes <= 0) return 1;
  if (minutes >= DELAY_CAP * medianMin) return 0;
  return 1 - normalCdf(Math.log(minutes / medianMin) / DELAY_SPREAD);
}

export class CeilingNotices {
  readonly notices: TimedNotice[] = [];
  /** This cycle's last readings, for the rise. */
  private cycle: CycleReading[] = [];
  /** Per urge volume of the grid: when (and asleep or not) this cycle's fill first reached it. */
  private crossings: (CycleReading | null)[];
  private noticesThisCycle = 0;
  private lapsesMs = Number.NEGATIVE_INFINITY;
  private readonly urgeGrid: { volumeMl: number; weight: number }[];

  constructor(
    private readonly profile: ResidentProfile,
    private readonly policy: CeilingPolicy,
  ) {
    this.urgeGrid = URGE_GRID.map((z) => {
      const factor = Math.max(
        1 - MAX_URGE_DEVIATION,
        Math.min(1 + MAX_URGE_DEVIATION, 1 + profile.urgeVariation * z),
      );
      const volumeMl = Math.min(profile.urgeThresholdMl * factor, 0.97 * profile.capacityMl);
      return { volumeMl, weight: Math.exp((-z * z) / 2) };
    });
    this.crossings = this.urgeGrid.map(() => null);
  }

  /** One reading a period, in time order; `voided` when a true void came since the last one. */
  observe(timeMs: number, volumeMl: number, asleep: boolean, voided: boolean): void {
    if (voided) {
      this.cycle = [];
      this.crossings = this.urgeGrid.map(() => null);
      this.noticesThisCycle = 0;
      this.lapsesMs = Number.NEGATIVE_INFINITY;
    }
    const reading = { timeMs, volumeMl, asleep };
    this.cycle.push(reading);
    if (this.cycle.length > KEPT_READINGS) this.cycle.shift();
    this.crossings = this.crossings.map((crossing, k) =>
      crossing === null && volumeMl >= (this.urgeGrid[k]?.volumeMl ?? Number.POSITIVE_INFINITY)
        ? reading
        : crossing,
    );
    if (timeMs < this.lapsesMs || this.noticesThisCycle >= this.policy.noticesPerCycle) return;
    const survival = this.voidSurvival();
    // The stated σ = lead: the widest window, 5 to 3 × lead minutes.
    const { earliestMin, latestMin } = usefulWindow(this.policy.leadMin, this.policy.leadMin);
    const useful = (k: number) => survival(k + earliestMin) - survival(k + latestMin);
    const now = useful(0);
    if (now < this.policy.minProbability) return;
    for (let k = 1; k <= this.policy.leadMin; k++) if (useful(k) > now) return;
    this.notices.push({ timeMs, uncertaintyMin: this.policy.leadMin });
    this.noticesThisCycle++;
    this.lapsesMs = timeMs + latestMin * MINUTE_MS;
  }

  /** P(no void for `minutes` more | no void yet), as a function of minutes. */
  private voidSurvival(): (minutes: number) => number {
    const now = this.cycle[this.cycle.length - 1];
    if (!now) return () => 0;
    const back = this.cycle[Math.max(0, this.cycle.length - 1 - RISE_WINDOW)] ?? now;
    const spanMin = (now.timeMs - back.timeMs) / MINUTE_MS;
    const rise = Math.max(MIN_RISE, spanMin > 0 ? (now.volumeMl - back.volumeMl) / spanMin : MIN_RISE);
    const perUrge = this.urgeGrid.map(({ volumeMl, weight }, k) => ({
      weight,
      survival: this.survivalGivenUrge(volumeMl, this.crossings[k] ?? null, now, rise),
    }));
    const total = (minutes: number) =>
      perUrge.reduce((sum, { weight, survival }) => sum + weight * survival(minutes), 0);
    const notYet = total(0);
    return (minutes) => (notYet > 0 ? total(minutes) / notYet : 0);
  }

  /** P(no void within `minutes`) for one urge volume (not conditioned on the past). */
  private survivalGivenUrge(
    urgeMl: number,
    crossed: CycleReading | null,
    now: CycleReading,
    rise: number,
  ): (minutes: number) => number {
    const p = this.profile;
    const volumeAt = (minutes: number) => now.volumeMl + rise * Math.max(0, minutes);
    const capMin = (p.capacityMl - now.volumeMl) / rise;
    const urgeAtMin = crossed ? (crossed.timeMs - now.timeMs) / MINUTE_MS : (urgeMl - now.volumeMl) / rise;
    const asleep = crossed ? crossed.asleep : now.asleep;
    const capped = (minutes: number, survival: number) => (minutes >= capMin ? 0 : survival);
    if (!asleep) return (m) => capped(m, waitSurvival(m - urgeAtMin, p.toiletDelayMedianMin));
    const wokenMedian = p.toiletDelayMedianMin * 1.5 + 3;
    const span = Math.max(1, p.capacityMl - urgeMl);
    return (m) => {
      const woken = waitSurvival(m - urgeAtMin, wokenMedian);
      // Not woken: a leak at a volume uniform between the urge volume and capacity.
      const leak = Math.max(0, Math.min(1, (p.capacityMl - Math.max(volumeAt(m), urgeMl)) / span));
      return capped(m, p.wakesForUrgeProbability * woken + (1 - p.wakesForUrgeProbability) * leak);
    };
  }
}
