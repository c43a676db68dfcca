// Accuracy harness of the bladder analyzer ("toilet soon", void detection, fill) against the
// simulator's ground truth:
//   npm run accuracy -- bladder [--days N] [--seed S] [--days-per-resident D] [--lead-time M]
//                               [--frame-loss P] [--set key=value …]   (any bladder setting)
// N resident-days in total (default 120), split into residents of D days (default 6), each with its own
// seed and start hour; a share P of frames (default 0.02) is lost on the link. Prints a row per
// resident, then `name=value` lines.
import { type BladderSettings, parseBladderSettings } from "../../device/sensors/bladder/bladder-settings.ts";
import { Rng } from "../../sim/bladder/index.ts";
import { type ForecastScore, scoreForecast } from "./bladder-forecast-score.ts";
import { type ResidentRun, residentScenario, runResident } from "./bladder-run.ts";
import { chanceConfirmations, type ResidentScore, scoreResident } from "./bladder-score.ts";
import { summariseBladder } from "./bladder-summary.ts";

/** Random-notice draws per resident for the chance level of PPV. */
const CHANCE_DRAWS = 20;

export type BladderSummary = ReturnType<typeof summariseBladder>;

export interface BladderHarnessOptions {
  days: number;
  seed: number;
  daysPerResident: number;
  leadTimeMin?: number;
  /** Share of frames lost on the link. */
  frameLoss: number;
  /** Settings that differ from the defaults. */
  settings?: Partial<BladderSettings>;
}

function parseSetting(options: BladderHarnessOptions, pair: string | undefined): void {
  const [key, value] = (pair ?? "").split("=");
  const raw = { ...options.settings, [key ?? ""]: Number(value) };
  const parsed = parseBladderSettings(raw);
  if (!key || value === undefined || !parsed.ok) {
    throw new Error(`--set ${pair}: ${parsed.ok ? "use key=value" : parsed.reason}`);
  }
  options.settings = raw as Partial<BladderSettings>;
}

export function parseBladderArgs(argv: readonly string[]): BladderHarnessOptions {
  const options: BladderHarnessOptions = {
    days: 120,
    seed: 1,
    daysPerResident: 6,
    frameLoss: 0.02,
  };
  for (let i = 0; i < argv.length; i += 2) {
    const value = Number(argv[i + 1]);
    const positive = Number.isFinite(value) && value > 0;
    if (argv[i] === "--days" && positive) options.days = value;
    else if (argv[i] === "--seed" && Number.isInteger(value)) options.seed = value;
    else if (argv[i] === "--days-per-resident" && positive) options.daysPerResident = value;
    else if (argv[i] === "--lead-time" && positive) options.leadTimeMin = value;
    else if (argv[i] === "--frame-loss" && value >= 0 && value < 1) options.frameLoss = value;
    else if (argv[i] === "--set") parseSetting(options, argv[i + 1]);
    else {
      throw new Error(
        `unknown or invalid option ${argv[i]} (use --days N, --seed S, --days-per-resident D, --lead-time M, --frame-loss P, --set key=value)`,
      );
    }
  }
  return options;
}

export interface BladderHarnessResult {
  runs: ResidentRun[];
  scores: ResidentScore[];
  forecasts: ForecastScore[];
  summary: BladderSummary;
}

function chanceOf(runs: readonly ResidentRun[], seed: number): { confirmed: number; judged: number } {
  const rng = Rng.fromSeed(seed, "chance-notices");
  const chance = { confirmed: 0, judged: 0 };
  for (const run of runs) {
    for (let draw = 0; draw < CHANCE_DRAWS; draw++) {
      const { confirmed, judged } = chanceConfirmations(run, rng);
      chance.confirmed += confirmed;
      chance.judged += judged;
    }
  }
  return chance;
}

export function runBladderAccuracy(options: BladderHarnessOptions): BladderHarnessResult {
  const residents = Math.max(1, Math.ceil(options.days / options.daysPerResident));
  const runs: ResidentRun[] = [];
  for (let i = 0; i < residents; i++) {
    const days = Math.min(options.daysPerResident, options.days - i * options.daysPerResident);
    const scenario = residentScenario(options.seed, i, days, options.frameLoss);
    scenario.settings = {
      ...options.settings,
      ...(options.leadTimeMin !== undefined ? { leadTimeMin: options.leadTimeMin } : {}),
    };
    runs.push(runResident(scenario));
  }
  const scores = runs.map(scoreResident);
  const forecasts = runs.map(scoreForecast);
  const chance = chanceOf(runs, options.seed);
  return { runs, scores, forecasts, summary: summariseBladder({ runs, scores, forecasts, chance }) };
}

function residentRow(run: ResidentRun, score: ResidentScore): string {
  const p = run.profile;
  const median = [...score.leadsMin].sort((a, b) => a - b)[score.leadsMin.length >> 1];
  return [
    String(p.seed).padStart(6),
    `${p.urgeThresholdMl}/${p.capacityMl}`.padStart(8),
    p.toiletDelayMedianMin.toFixed(0).padStart(4),
    `${score.coveredVoids}/${score.scoredVoids}`.padStart(7),
    `${score.pairing.confirmed}/${score.notices}`.padStart(7),
    (median ?? Number.NaN).toFixed(0).padStart(5),
    `${score.detectedVoids}/${score.detectableVoids}`.padStart(7),
    String(run.detachEvents).padStart(5),
  ].join(" ");
}

export async function run(argv: string[]): Promise<void> {
  const options = parseBladderArgs(argv);
  console.log(
    `bladder accuracy: ${options.days} resident-days, ${options.daysPerResident} per resident, seed ${options.seed}, frame loss ${options.frameLoss}`,
  );
  console.log("  seed  urge/cap wait covered  notices  lead  voids+ detach");
  const result = runBladderAccuracy(options);
  result.runs.forEach((r, i) => {
    const score = result.scores[i];
    if (score) console.log(residentRow(r, score));
  });
  console.log("");
  for (const [name, value] of Object.entries(result.summary)) console.log(`${name}=${value}`);
}
