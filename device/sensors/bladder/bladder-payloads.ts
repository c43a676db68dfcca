// Wire payloads of the bladder analysis: predictions, the trend and settings observations, the
// "toilet soon" alert, and void and contact events. Pure.
import { care } from "../../../proto/index.ts";
import type { OutgoingPayload } from "../../pipeline/outgoing.ts";
import type {
  BladderAnalysisState,
  BladderOutput,
  Forecast,
  NoticeExpectation,
  TrendSummary,
} from "./bladder-analysis.ts";
import type { BladderSettings } from "./bladder-settings.ts";
import { thresholdOf } from "./void-threshold.ts";

export const BLADDER = care.v1.SensorKind.SENSOR_KIND_BLADDER;
export const PREDICTION_TARGET = "void_threshold";
export const TOILET_SOON = "toilet_soon";
export const TREND_OBSERVATION = "bladder_trend";
export const SETTINGS_OBSERVATION = "bladder_settings";

const round = (value: number, digits = 1): number => Number(value.toFixed(digits));
const field = (name: string, value: number, unit: string) => ({ name, value: round(value, 2), unit });

function noticeFields(forecast: Forecast, expected: NoticeExpectation, leadTimeMin: number) {
  return [
    field("minutes_until", expected.minutesUntil, "min"),
    field("uncertainty_minutes", expected.uncertaintyMin, "min"),
    field("threshold_minutes_until", forecast.minutesUntil, "min"),
    field("volume_ml", forecast.levelMl, "mL"),
    field("threshold_ml", forecast.thresholdMl, "mL"),
    field("level", forecast.level, "level"),
    field("lead_time_min", leadTimeMin, "min"),
  ];
}

export type Base = { sensorId: string; sensorKind: care.v1.SensorKind };

function predictionPayload(f: Forecast, base: Base): OutgoingPayload {
  return {
    prediction: {
      ...base,
      target: PREDICTION_TARGET,
      timeMs: Math.round(f.timeMs),
      minutesUntil: round(f.minutesUntil, 2),
      uncertaintyMinutes: round(f.uncertaintyMin, 2),
      confidence: round(f.probabilityWithinLead, 3),
    },
  };
}

function trendPayload(t: TrendSummary, base: Base): OutgoingPayload {
  const fields = [
    field("volume_ml", t.levelMl, "mL"),
    field("level", t.level, "level"),
    field("rate_ml_per_min", t.rateMlPerMin, "mL/min"),
    field("threshold_ml", t.thresholdMl, "mL"),
    field("sitting", t.posture === "sitting" ? 1 : 0, "bool"),
  ];
  const quality = care.v1.Quality.QUALITY_GOOD;
  const timeMs = Math.round(t.timeMs);
  return { observation: { ...base, name: TREND_OBSERVATION, timeMs, windowMs: 0, fields, quality } };
}

export function settingsPayload(
  settings: BladderSettings,
  state: BladderAnalysisState,
  timeMs: number,
  base: Base,
): OutgoingPayload {
  const threshold = thresholdOf(state.threshold);
  const fields = [
    field("lead_time_min", settings.leadTimeMin, "min"),
    field("threshold_ml", threshold.thresholdMl, "mL"),
    field("threshold_fixed", threshold.source === "fixed" ? 1 : 0, "bool"),
    field("learned_voids", state.threshold.voidsMl.length, "count"),
  ];
  const quality = care.v1.Quality.QUALITY_GOOD;
  return { observation: { ...base, name: SETTINGS_OBSERVATION, timeMs, windowMs: 0, fields, quality } };
}

function toiletSoonAlert(
  base: Base,
  raisedMs: number,
  state: care.v1.AlertState,
  rest: Pick<care.v1.Alert.$Properties, "timeMs" | "message" | "fields">,
): OutgoingPayload {
  return {
    alert: {
      ...base,
      // One id per notice: its raise and its clearing are two states of the same alert.
      alertId: `${base.sensorId}-${TOILET_SOON}-${Math.round(raisedMs)}`,
      kind: TOILET_SOON,
      severity: care.v1.Severity.SEVERITY_WARNING,
      state,
      ...rest,
    },
  };
}

function voidEvent(output: Extract<BladderOutput, { kind: "void" }>, base: Base): OutgoingPayload {
  return {
    event: {
      ...base,
      kind: "void_detected",
      timeMs: Math.round(output.atMs),
      detail: output.measured ? "may have voided" : "may have voided (seen across a contact gap)",
      fields: [
        field("volume_before_ml", output.beforeMl, "mL"),
        field("volume_after_ml", output.afterMl, "mL"),
        field("volume_drop_ml", output.beforeMl - output.afterMl, "mL"),
        field("detection_delay_min", (output.timeMs - output.atMs) / 60_000, "min"),
      ],
    },
  };
}

/** Wire payloads of one analysis output. */
export function payloadsOf(output: BladderOutput, sensorId: string): OutgoingPayload {
  const base: Base = { sensorId, sensorKind: BLADDER };
  switch (output.kind) {
    case "forecast":
      return predictionPayload(output.forecast, base);
    case "trend":
      return trendPayload(output.trend, base);
    case "toilet_soon_raised": {
      const { forecast: f, expected } = output;
      const fill = `${Math.round(f.levelMl)} of ${Math.round(f.thresholdMl)} mL`;
      const minutes = Math.round(expected.minutesUntil);
      const message =
        expected.target === "void"
          ? `Toilet soon: likely to void in about ${minutes} min (${fill})`
          : `Toilet soon: about ${minutes} min to the set fill (${fill})`;
      return toiletSoonAlert(base, output.timeMs, care.v1.AlertState.ALERT_STATE_RAISED, {
        timeMs: Math.round(output.timeMs),
        message,
        fields: noticeFields(f, expected, output.leadTimeMin),
      });
    }
    case "toilet_soon_cleared": {
      const drop = output.afterVoid.beforeMl - output.afterVoid.afterMl;
      return toiletSoonAlert(base, output.raisedMs, care.v1.AlertState.ALERT_STATE_CLEARED, {
        timeMs: Math.round(output.timeMs),
        message: `Cleared: may have voided about ${Math.round(drop)} mL`,
        fields: [field("volume_drop_ml", drop, "mL")],
      });
    }
    case "toilet_soon_lapsed": {
      const minutes = Math.round((output.timeMs - output.raisedMs) / 60_000);
      return toiletSoonAlert(base, output.raisedMs, care.v1.AlertState.ALERT_STATE_CLEARED, {
        timeMs: Math.round(output.timeMs),
        message: `Lapsed: no void within ${minutes} min of the notice`,
        fields: [field("lapsed_after_min", minutes, "min")],
      });
    }
    case "void":
      return voidEvent(output, base);
    case "detached":
    case "reattached": {
      const kind = output.kind === "detached" ? "sensor_detached" : "sensor_reattached";
      return {
        event: { ...base, kind, timeMs: Math.round(output.timeMs), detail: output.detail, fields: [] },
      };
    }
  }
}
