// The figures of a whole bladder accuracy run, as stable `name=value` pairs
// (definitions in bladder-score.ts, bladder-forecast-score.ts and docs/bladder-prediction.md).
import type { ForecastScore } from "./bladder-forecast-score.ts";
import type { ResidentRun } from "./bladder-run.ts";
import type { ObserverScore, ResidentScore } from "./bladder-score.ts";
import { percentile } from "./percentile.ts";

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const mean = (values: readonly number[]) => (values.length ? sum(values) / values.length : Number.NaN);
const pct = (part: number, whole: number) => (whole > 0 ? (100 * part) / whole : Number.NaN);
const round = (value: number, digits = 1) =>
  Number.isFinite(value) ? Number(value.toFixed(digits)) : Number.NaN;

export interface BladderRunParts {
  runs: readonly ResidentRun[];
  scores: readonly ResidentScore[];
  forecasts: readonly ForecastScore[];
  chance: { confirmed: number; judged: number };
}

/** Sensitivity, PPV and false notices per day of a truth-knowing observer. */
function observerFigures<Name extends string>(
  name: Name,
  scores: readonly ResidentScore[],
  pick: (score: ResidentScore) => ObserverScore,
) {
  const total = (of: (s: ResidentScore) => number) => sum(scores.map(of));
  const notices = total((s) => pick(s).notices - pick(s).pairing.censored);
  const confirmed = total((s) => pick(s).pairing.confirmed);
  return {
    [`bladder_sensitivity_${name}_pct`]: round(
      pct(
        total((s) => pick(s).coveredVoids),
        total((s) => s.scoredVoids),
      ),
    ),
    [`bladder_ppv_${name}_pct`]: round(pct(confirmed, notices)),
    [`bladder_false_per_day_${name}`]: round((notices - confirmed) / total((s) => s.residentDays), 2),
  } as Record<
    `bladder_sensitivity_${Name}_pct` | `bladder_ppv_${Name}_pct` | `bladder_false_per_day_${Name}`,
    number
  >;
}

function noticeFigures(scores: readonly ResidentScore[], chance: BladderRunParts["chance"]) {
  const total = (pick: (s: ResidentScore) => number) => sum(scores.map(pick));
  const days = total((s) => s.residentDays);
  const notices = total((s) => s.notices);
  const confirmed = total((s) => s.pairing.confirmed);
  const censored = total((s) => s.pairing.censored);
  const scored = total((s) => s.scoredVoids);
  const covered = total((s) => s.coveredVoids);
  const excluded = total((s) => s.excludedDetachedVoids);
  const leads = scores.flatMap((s) => s.leadsMin);
  const timing = scores.flatMap((s) => s.noticeTimeErrorsMin);
  return {
    bladder_resident_days: days,
    bladder_scored_voids: scored,
    bladder_sensitivity_pct: round(pct(covered, scored)),
    bladder_all_voids: total((s) => s.allVoids),
    bladder_sensitivity_all_voids_pct: round(
      pct(
        total((s) => s.allCoveredVoids),
        total((s) => s.allVoids),
      ),
    ),
    bladder_voids_excluded_detached: excluded,
    bladder_sensitivity_incl_detached_pct: round(pct(covered, scored + excluded)),
    bladder_notified_before_void_pct: round(
      pct(
        total((s) => s.notifiedVoids),
        scored,
      ),
    ),
    bladder_notices: notices,
    bladder_ppv_pct: round(pct(confirmed, notices - censored)),
    bladder_ppv_chance_pct: round(pct(chance.confirmed, chance.judged)),
    bladder_notices_late: total((s) => s.pairing.late),
    bladder_notices_early: total((s) => s.pairing.early),
    bladder_notices_censored: censored,
    bladder_false_per_day: round((notices - censored - confirmed) / days, 2),
    bladder_lead_median_min: round(percentile(leads, 50)),
    bladder_lead_p25_min: round(percentile(leads, 25)),
    bladder_lead_p75_min: round(percentile(leads, 75)),
    bladder_lead_iqr_min: round(percentile(leads, 75) - percentile(leads, 25)),
    bladder_notice_void_time_median_error_min: round(percentile(timing, 50)),
    bladder_notice_sigma_median_min: round(
      percentile(
        scores.flatMap((s) => s.noticeSigmasMin),
        50,
      ),
    ),
    bladder_notice_within_1sigma_pct: round(
      pct(
        total((s) => s.noticesWithinSigma),
        timing.length,
      ),
    ),
    ...observerFigures("oracle", scores, (s) => s.ceiling),
    ...observerFigures("oracle_rule", scores, (s) => s.oracle),
  };
}

type ForecastFigures = Record<string, number> & {
  bladder_forecast_within_1sigma_pct: number;
  bladder_forecast_coverage_pct: number;
  bladder_learned_threshold_mae_ml: number;
  bladder_learned_threshold_bias_ml: number;
};

function forecastFigures(forecasts: readonly ForecastScore[]): ForecastFigures {
  const perHorizon: Record<string, number> = {};
  const horizons = forecasts.flatMap((f) => f.horizons);
  for (const horizonMin of new Set(horizons.map((h) => h.horizonMin))) {
    const at = horizons.filter((h) => h.horizonMin === horizonMin);
    const errors = at.flatMap((h) => h.errorsMin);
    perHorizon[`bladder_forecast_mae_${horizonMin}min_min`] = round(mean(errors.map(Math.abs)));
    perHorizon[`bladder_forecast_bias_${horizonMin}min_min`] = round(mean(errors));
    perHorizon[`bladder_forecast_within_1sigma_${horizonMin}min_pct`] = round(
      pct(sum(at.map((h) => h.withinOneSigma)), errors.length),
    );
  }
  const found = sum(horizons.map((h) => h.errorsMin.length));
  const thresholdErrors = forecasts.flatMap((f) => (f.thresholdErrorMl === null ? [] : [f.thresholdErrorMl]));
  return {
    ...perHorizon,
    bladder_forecast_within_1sigma_pct: round(pct(sum(horizons.map((h) => h.withinOneSigma)), found)),
    bladder_forecast_coverage_pct: round(pct(found, sum(horizons.map((h) => h.due)))),
    bladder_learned_threshold_mae_ml: round(mean(thresholdErrors.map(Math.abs))),
    bladder_learned_threshold_bias_ml: round(mean(thresholdErrors)),
  };
}

function detectionFigures(runs: readonly ResidentRun[], scores: readonly ResidentScore[]) {
  const total = (pick: (s: ResidentScore) => number) => sum(scores.map(pick));
  const days = total((s) => s.residentDays);
  const fillErrors = runs.flatMap((r) => r.fillErrorsMl);
  const windowFillErrors = runs.flatMap((r) => r.windowFillErrorsMl);
  return {
    bladder_void_detect_pct: round(
      pct(
        total((s) => s.detectedVoids),
        total((s) => s.detectableVoids),
      ),
    ),
    bladder_void_detect_delay_median_min: round(
      percentile(
        scores.flatMap((s) => s.detectionDelaysMin),
        50,
      ),
      2,
    ),
    bladder_false_void_detections_per_day: round(total((s) => s.falseVoidDetections) / days, 2),
    bladder_fill_mae_ml: round(mean(fillErrors)),
    bladder_fill_p90_error_ml: round(percentile(fillErrors, 90)),
    bladder_window_fill_mae_ml: round(mean(windowFillErrors)),
    bladder_window_fill_p90_error_ml: round(percentile(windowFillErrors, 90)),
    bladder_posture_agreement_pct: round(
      pct(sum(runs.map((r) => r.postureAgreements)), sum(runs.map((r) => r.postureChecks))),
    ),
    bladder_readings_lost_pct: round(
      pct(sum(runs.map((r) => r.lostReadings)), sum(runs.map((r) => r.lostReadings + r.readings))),
      2,
    ),
    bladder_notices_while_detached: total((s) => s.noticesWhileDetached),
    bladder_notices_while_partial_slip: total((s) => s.noticesWhilePartialSlip),
  };
}

/** The figures of a whole run, as `name=value` pairs. */
export function summariseBladder(parts: BladderRunParts) {
  return {
    ...noticeFigures(parts.scores, parts.chance),
    ...forecastFigures(parts.forecasts),
    ...detectionFigures(parts.runs, parts.scores),
  };
}
