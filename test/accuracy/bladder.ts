// Accuracy harness of the bladder analyzer ("toilet soon", void detection, fill) against the
// simulator's ground truth:
//   npm run accuracy -- bladder [--days N] [--seed S] [--days-per-resident D] [--lead-time M]
//                               [--set key=value …]   (any bladder setting, e.g. --set sittingDiameterFactor=1)
// N resident-days in total (default 120), split into residents of D days (default 6), each with its own
// seed and start hour. Prints a row per resident, then `name=value` lines.
import { type BladderSettings, parseBladderSettings } from "../../device/sensors/bladder/bladder-settings.ts";
import { type ResidentRun, residentScenario, runResident } from "./bladder-run.ts";
import { type ResidentScore, scoreResident, summariseBladder } from "./bladder-score.ts";

export type BladderSummary = ReturnType<typeof summariseBladder>;

export interface BladderHarnessOptions {
  days: number;
  seed: number;
  daysPerResident: number;
  leadTimeMin?: number;
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
  const options: BladderHarnessOptions = { days: 120, seed: 1, daysPerResident: 6 };
  for (let i = 0; i < argv.length; i += 2) {
    const value = Number(argv[i + 1]);
    const positive = Number.isFinite(value) && value > 0;
    if (argv[i] === "--days" && positive) options.days = value;
    else if (argv[i] === "--seed" && Number.isInteger(value)) options.seed = value;
    else if (argv[i] === "--days-per-resident" && positive) options.daysPerResident = value;
    else if (argv[i] === "--lead-time" && positive) options.leadTimeMin = value;
    else if (argv[i] === "--set") parseSetting(options, argv[i + 1]);
    else {
      throw new Error(
        `unknown or invalid option ${argv[i]} (use --days N, --seed S, --days-per-resident D, --lead-time M, --set key=value)`,
      );
    }
  }
  return options;
}

export interface BladderHarnessResult {
  runs: ResidentRun[];
  scores: ResidentScore[];
  summary: BladderSummary;
}

export function runBladderAccuracy(options: BladderHarnessOptions): BladderHarnessResult {
  const residents = Math.max(1, Math.ceil(options.days / options.daysPerResident));
  const runs: ResidentRun[] = [];
  for (let i = 0; i < residents; i++) {
    const days = Math.min(options.daysPerResident, options.days - i * options.daysPerResident);
    const scenario = residentScenario(options.seed, i, days);
    scenario.settings = {
      ...options.settings,
      ...(options.leadTimeMin !== undefined ? { leadTimeMin: options.leadTimeMin } : {}),
    };
    runs.push(runResident(scenario));
  }
  const scores = runs.map(scoreResident);
  return { runs, scores, summary: summariseBladder(scores) };
}

function residentRow(run: ResidentRun, score: ResidentScore): string {
  const p = run.profile;
  const median = [...score.leadsMin].sort((a, b) => a - b)[score.leadsMin.length >> 1];
  return [
    String(p.seed).padStart(6),
    `${p.urgeThresholdMl}/${p.capacityMl}`.padStart(8),
    p.toiletDelayMedianMin.toFixed(0).padStart(4),
    `${score.coveredVoids}/${score.scoredVoids}`.padStart(7),
    `${score.confirmedNotices}/${score.notices}`.padStart(7),
    (median ?? Number.NaN).toFixed(0).padStart(5),
    `${score.detectedVoids}/${score.detectableVoids}`.padStart(7),
    String(run.detachEvents).padStart(5),
  ].join(" ");
}

export async function run(argv: string[]): Promise<void> {
  const options = parseBladderArgs(argv);
  console.log(
    `bladder accuracy: ${options.days} resident-days, ${options.daysPerResident} per resident, seed ${options.seed}`,
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
