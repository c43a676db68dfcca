// Accuracy harness of the assist-suit EMG estimators against simulated ground truth.
//   npm run accuracy -- suit [--sessions N] [--seed S] [--duration-s D]
// Prints a table per session, a summary, then machine-readable `name=value` lines.

import { drawSuitSession } from "../../sim/suit/index.ts";
import { percentile } from "./percentile.ts";
import type { ElectrodeScore, FatigueScore, IntentScore, OnsetScore } from "./suit-metrics.ts";
import { scoreElectrode, scoreFatigue, scoreIntents, scoreOnsets } from "./suit-metrics.ts";
import { runBiosppyEmg } from "./suit-real.ts";
import type { SuitSessionRun } from "./suit-session.ts";
import { runSuitSession } from "./suit-session.ts";
import type { SpliceScore } from "./suit-splices.ts";
import { scoreSplices } from "./suit-splices.ts";

export interface SuitHarnessOptions {
  sessions: number;
  seed: number;
  /** Fixed session length (s); random 180–300 s when absent. */
  durationS?: number;
}

export function parseSuitArgs(argv: readonly string[]): SuitHarnessOptions {
  const options: SuitHarnessOptions = { sessions: 20, seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const value = Number(argv[i + 1]);
    if (argv[i] === "--sessions" && Number.isInteger(value) && value > 0) options.sessions = value;
    else if (argv[i] === "--seed" && Number.isInteger(value)) options.seed = value;
    else if (argv[i] === "--duration-s" && value > 0) options.durationS = value;
    else throw new Error(`unknown or invalid option ${argv[i]} (use --sessions N, --seed S, --duration-s D)`);
    i++;
  }
  return options;
}

/** Session i of a run: alternating 50 and 60 Hz mains so both are always covered. */
export function sessionScenario(options: SuitHarnessOptions, index: number) {
  const mainsHz = index % 2 === 0 ? 50 : 60;
  return drawSuitSession(options.seed * 1000 + index, { mainsHz, durationS: options.durationS });
}

export interface SuitSessionScore {
  run: SuitSessionRun;
  onsets: OnsetScore;
  intents: IntentScore;
  electrode: ElectrodeScore;
  fatigue: FatigueScore;
  splices: SpliceScore;
}

export function scoreSession(run: SuitSessionRun): SuitSessionScore {
  return {
    run,
    onsets: scoreOnsets(run),
    intents: scoreIntents(run),
    electrode: scoreElectrode(run),
    fatigue: scoreFatigue(run),
    splices: scoreSplices(run.spliced, run.truth, run.scenario.sampleRateHz),
  };
}

const round = (value: number, digits = 1) =>
  Number.isFinite(value) ? Number(value.toFixed(digits)) : Number.NaN;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const pct = (part: number, whole: number) => (whole > 0 ? (100 * part) / whole : Number.NaN);

const sumOf = (scores: readonly SuitSessionScore[], pick: (score: SuitSessionScore) => number) =>
  sum(scores.map(pick));

/** Onset figures; the definitions are in docs/suit-estimators.md. */
function onsetFigures(scores: readonly SuitSessionScore[]): Record<string, number> {
  const onsetErrors = scores.flatMap((s) => s.onsets.errorsMs);
  const offsetErrors = scores.flatMap((s) => s.onsets.offsetErrorsMs.map(Math.abs));
  const restMinutes = sumOf(scores, (s) => s.onsets.restMinutes);
  const suitRestMinutes = sumOf(scores, (s) => s.onsets.suitRestMinutes);
  const sessionMinutes = sumOf(scores, (s) => s.run.truth.durationMs / 60000);
  return {
    suit_activations: sumOf(scores, (s) => s.onsets.eligible),
    suit_onset_err_p50_ms: round(percentile(onsetErrors.map(Math.abs), 50)),
    suit_onset_err_p90_ms: round(percentile(onsetErrors.map(Math.abs), 90)),
    suit_onset_bias_ms: round(percentile(onsetErrors, 50)),
    suit_onsets_found_pct: round(
      pct(
        sumOf(scores, (s) => s.onsets.found),
        sumOf(scores, (s) => s.onsets.eligible),
      ),
      2,
    ),
    suit_false_onsets_per_min: round(sumOf(scores, (s) => s.onsets.falseOnsets) / restMinutes, 3),
    suit_rest_minutes: round(restMinutes),
    suit_false_onsets_per_session_rest_min: round(
      sumOf(scores, (s) => s.onsets.falseOnsetsInSuitRest) / suitRestMinutes,
      3,
    ),
    suit_session_rest_minutes: round(suitRestMinutes),
    suit_unmatched_onsets_per_min: round(sumOf(scores, (s) => s.onsets.unmatched) / sessionMinutes, 3),
    suit_split_onsets_per_min: round(sumOf(scores, (s) => s.onsets.extraInActivity) / sessionMinutes, 3),
    suit_sharp_artefacts: sumOf(scores, (s) => s.run.truth.sharpArtefacts.length),
    suit_false_onsets_near_sharp_artefacts: sumOf(scores, (s) => s.onsets.falseNearSharpArtefacts),
    suit_rises_rejected: sumOf(scores, (s) => s.run.rejectedRises),
    suit_offset_err_p50_ms: round(percentile(offsetErrors, 50)),
    suit_offset_err_p90_ms: round(percentile(offsetErrors, 90)),
  };
}

/** Worst session of each mains frequency for one per-session figure. */
function worstByMains(
  scores: readonly SuitSessionScore[],
  pick: (run: SuitSessionRun) => number,
  hz: 50 | 60,
) {
  const values = scores
    .filter((s) => s.run.truth.mainsHz === hz)
    .map((s) => pick(s.run))
    .filter(Number.isFinite);
  return values.length > 0 ? Math.min(...values) : Number.NaN;
}

function mainsFigures(scores: readonly SuitSessionScore[]): Record<string, number> {
  const worst = (pick: (run: SuitSessionRun) => number) => [
    round(worstByMains(scores, pick, 50)),
    round(worstByMains(scores, pick, 60)),
  ];
  const [fundamental50, fundamental60] = worst((run) => run.mainsRejectionDb);
  const [third50, third60] = worst((run) => run.mainsThirdHarmonicRejectionDb);
  const [output50, output60] = worst((run) => run.mainsOutputRejectionDb);
  const [afterStart50, afterStart60] = worst((run) => run.mainsOutputRejectionAfterStartDb);
  const [noMuscle50, noMuscle60] = worst((run) => run.mainsOutputRejectionWithoutMuscleDb);
  return {
    suit_mains_detected_pct: round(
      pct(scores.filter((s) => s.run.mainsDetectedHz === s.run.truth.mainsHz).length, scores.length),
    ),
    suit_mains_rejection_50hz_db: fundamental50 ?? Number.NaN,
    suit_mains_rejection_60hz_db: fundamental60 ?? Number.NaN,
    suit_mains_rejection_db: Math.min(fundamental50 ?? Number.NaN, fundamental60 ?? Number.NaN),
    suit_mains_rejection_3rd_harmonic_db: Math.min(third50 ?? Number.NaN, third60 ?? Number.NaN),
    suit_mains_rejection_output_50hz_db: output50 ?? Number.NaN,
    suit_mains_rejection_output_60hz_db: output60 ?? Number.NaN,
    suit_mains_rejection_output_after_1s_db: Math.min(afterStart50 ?? Number.NaN, afterStart60 ?? Number.NaN),
    suit_mains_rejection_output_no_muscle_50hz_db: noMuscle50 ?? Number.NaN,
    suit_mains_rejection_output_no_muscle_60hz_db: noMuscle60 ?? Number.NaN,
  };
}

function otherFigures(scores: readonly SuitSessionScore[]): Record<string, number> {
  const windows = scores.flatMap((s) => s.run.windowProcessingMs);
  const fatigueCompared = sumOf(scores, (s) => s.fatigue.compared);
  const intentLatencies = scores.flatMap((s) => s.intents.latenciesMs);
  return {
    suit_intent_found_pct: round(
      pct(
        sumOf(scores, (s) => s.intents.found),
        sumOf(scores, (s) => s.intents.movements),
      ),
    ),
    suit_intent_latency_p50_ms: round(percentile(intentLatencies, 50)),
    suit_intent_latency_p90_ms: round(percentile(intentLatencies, 90)),
    suit_false_intents: sumOf(scores, (s) => s.intents.falseIntents),
    suit_electrode_off_found_pct: round(
      pct(
        sumOf(scores, (s) => s.electrode.detected),
        sumOf(scores, (s) => s.electrode.events),
      ),
    ),
    suit_electrode_off_latency_p50_ms: round(
      percentile(
        scores.flatMap((s) => s.electrode.latenciesMs),
        50,
      ),
    ),
    suit_false_electrode_off: sumOf(scores, (s) => s.electrode.falseOff),
    suit_fatigue_channels: fatigueCompared,
    suit_fatigue_sign_agreement_pct: round(
      pct(
        sumOf(scores, (s) => s.fatigue.agreeing),
        fatigueCompared,
      ),
    ),
    suit_fatigue_change_err_p50_pct: round(
      percentile(
        scores.flatMap((s) => s.fatigue.changeErrorsPct.map(Math.abs)),
        50,
      ),
    ),
    suit_splices: sumOf(scores, (s) => s.splices.splices),
    suit_splice_false_onsets_per_100: round(
      (100 * sumOf(scores, (s) => s.splices.falseOnsets)) / sumOf(scores, (s) => s.splices.splices),
      2,
    ),
    suit_splice_false_intents_per_100: round(
      (100 * sumOf(scores, (s) => s.splices.falseIntents)) / sumOf(scores, (s) => s.splices.splices),
      2,
    ),
    suit_window_ms_p50: round(percentile(windows, 50), 3),
    suit_window_ms_p99: round(percentile(windows, 99), 3),
  };
}

export function summarise(scores: readonly SuitSessionScore[]): Record<string, number> {
  return {
    suit_sessions: scores.length,
    ...onsetFigures(scores),
    ...otherFigures(scores),
    ...mainsFigures(scores),
  };
}

function sessionRow(index: number, score: SuitSessionScore): string {
  const { run, onsets, intents, electrode, fatigue } = score;
  const cells = [
    String(index).padStart(3),
    `${run.scenario.sampleRateHz}`.padStart(5),
    `${run.scenario.channels.length}`.padStart(3),
    `${(run.scenario.durationMs / 1000).toFixed(0)}`.padStart(5),
    `${run.truth.mainsHz}/${run.mainsDetectedHz ?? "-"}`.padStart(6),
    run.mainsRejectionDb.toFixed(1).padStart(6),
    run.mainsOutputRejectionDb.toFixed(1).padStart(6),
    run.mainsOutputRejectionWithoutMuscleDb.toFixed(1).padStart(6),
    `${onsets.found}/${onsets.eligible}`.padStart(8),
    percentile(onsets.errorsMs.map(Math.abs), 90).toFixed(0).padStart(6),
    `${onsets.falseOnsets}`.padStart(5),
    `${intents.found}/${intents.movements}`.padStart(6),
    `${electrode.detected}/${electrode.events}`.padStart(5),
    `${fatigue.agreeing}/${fatigue.compared}`.padStart(6),
  ];
  return cells.join(" ");
}

export async function run(argv: string[]): Promise<void> {
  const options = parseSuitArgs(argv);
  console.log(`suit EMG accuracy: ${options.sessions} simulated sessions, seed ${options.seed}`);
  console.log("  #    fs  ch   dur  mains    rej    out  nomus    found  p90ms false intent  eoff  fatig");
  const scores: SuitSessionScore[] = [];
  for (let i = 0; i < options.sessions; i++) {
    const score = scoreSession(runSuitSession(sessionScenario(options, i)));
    scores.push(score);
    console.log(sessionRow(i, score));
  }
  const summary = summarise(scores);
  const real = runBiosppyEmg();
  summary.suit_real_quiet_onsets_per_min = round(real.quietOnsets.length / real.quietMinutes, 2);
  console.log(
    `real recording (BioSPPy EMG): ${real.quietOnsets.length} onsets in ${real.quietMinutes.toFixed(2)} min of quiet stretches`,
  );
  console.log("");
  for (const [name, value] of Object.entries(summary)) console.log(`${name}=${value}`);
}
