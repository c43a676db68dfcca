// The SensorAnalyzer of a bladder sensor: holds the analysis state and the resident's settings, runs
// stepBladder on each stamped reading and turns its outputs into wire payloads; applies the runtime
// commands set_lead_time and set_threshold. No I/O: the pipeline sends what analyze() returns.
import { type BladderEcho, care, ok, type Result, rejected } from "../../../proto/index.ts";
import type { OutgoingPayload } from "../../pipeline/outgoing.ts";
import type { ObservationDraft, SensorAnalyzer, SensorCommand, Stamped } from "../sensor-definition.ts";
import {
  type BladderAnalysisState,
  type BladderOutput,
  type BladderStep,
  type Forecast,
  initialBladderAnalysis,
  stepBladder,
  type TrendSummary,
} from "./bladder-analysis.ts";
import type { BladderSettings } from "./bladder-settings.ts";
import { fillObservation } from "./fill-observation.ts";
import type { Posture } from "./posture-tracker.ts";
import { lyingDiameterMm } from "./reading-fill.ts";
import { fixThreshold } from "./void-threshold.ts";

const BLADDER = care.v1.SensorKind.SENSOR_KIND_BLADDER;
export const PREDICTION_TARGET = "void_threshold";
export const TOILET_SOON = "toilet_soon";
export const TREND_OBSERVATION = "bladder_trend";

const round = (value: number, digits = 1): number => Number(value.toFixed(digits));
const field = (name: string, value: number, unit: string) => ({ name, value: round(value, 2), unit });

function forecastFields(forecast: Forecast, leadTimeMin: number) {
  return [
    field("minutes_until", forecast.minutesUntil, "min"),
    field("uncertainty_minutes", forecast.uncertaintyMin, "min"),
    field("volume_ml", forecast.levelMl, "mL"),
    field("threshold_ml", forecast.thresholdMl, "mL"),
    field("level", forecast.level, "level"),
    field("lead_time_min", leadTimeMin, "min"),
  ];
}

type Base = { sensorId: string; sensorKind: care.v1.SensorKind };

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
      const f = output.forecast;
      return toiletSoonAlert(base, output.timeMs, care.v1.AlertState.ALERT_STATE_RAISED, {
        timeMs: Math.round(output.timeMs),
        message: `Toilet soon: about ${Math.round(f.minutesUntil)} min to the usual fill (${Math.round(f.levelMl)} of ${Math.round(f.thresholdMl)} mL)`,
        fields: forecastFields(f, output.leadTimeMin),
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

function positiveNumber(text: string | undefined): number | null {
  if (text === undefined || text.trim() === "") return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

export class BladderAnalyzer implements SensorAnalyzer<BladderEcho> {
  private state: BladderAnalysisState;
  private settings: BladderSettings;
  /** The last step, for replays and accuracy runs that want more than the payloads. */
  lastStep: BladderStep | null = null;
  /** The posture each reading was given, so the window's fill can be read as lying (the geometry's posture). */
  private readonly postures = new WeakMap<Stamped<BladderEcho>, Posture>();

  constructor(
    settings: BladderSettings,
    private readonly sensorId: string,
  ) {
    this.settings = { ...settings };
    this.state = initialBladderAnalysis(this.settings);
  }

  get leadTimeMin(): number {
    return this.settings.leadTimeMin;
  }

  analyze(stamped: Stamped<BladderEcho>): OutgoingPayload[] {
    const echo = stamped.reading;
    const [state, step] = stepBladder(
      this.state,
      {
        timeMs: stamped.timeMs,
        anteriorMm: echo.anteriorMm,
        posteriorMm: echo.posteriorMm,
        strength: echo.strength,
        moving: echo.moving,
      },
      this.settings,
    );
    this.state = state;
    this.lastStep = step;
    this.postures.set(stamped, step.posture);
    return step.outputs.map((output) => payloadsOf(output, this.sensorId));
  }

  /**
   * `bladder_fill` of a window of readings this analyzer has seen: sitting gaps are divided by
   * sittingDiameterFactor, as for the trend (a sitting bladder reads about 19 % fuller otherwise).
   */
  estimateWindow(window: readonly Stamped<BladderEcho>[]): ObservationDraft {
    const echoes = window.map((stamped) => ({
      anteriorMm: stamped.reading.anteriorMm,
      posteriorMm: stamped.reading.posteriorMm,
      strength: stamped.reading.strength,
      // A reading the analysis has not seen (none, in the pipeline's order) is taken as it reads.
      lyingGapMm: lyingDiameterMm(stamped.reading, this.postures.get(stamped) ?? "unknown", this.settings),
    }));
    return fillObservation(echoes, this.settings, (echo) => echo.lyingGapMm);
  }

  applyCommand(command: SensorCommand): Result<string> {
    switch (command.kind) {
      case "set_lead_time":
        return this.setLeadTime(command.args);
      case "set_threshold":
        return this.setThreshold(command.args);
      default:
        return rejected(`unknown command "${command.kind}" (bladder takes set_lead_time, set_threshold)`);
    }
  }

  private setLeadTime(args: Record<string, string>): Result<string> {
    const minutes = positiveNumber(args.minutes);
    if (minutes === null || minutes < 1 || minutes > 240)
      return rejected("set_lead_time needs minutes in 1..240");
    this.settings = { ...this.settings, leadTimeMin: minutes };
    return ok(`lead time ${minutes} min`);
  }

  private setThreshold(args: Record<string, string>): Result<string> {
    if (args.learn === "true") {
      this.state = { ...this.state, threshold: fixThreshold(this.state.threshold, null) };
      return ok("threshold learned from voids");
    }
    const ml = positiveNumber(args.ml);
    const level = positiveNumber(args.level);
    if ((ml === null) === (level === null)) {
      return rejected("set_threshold needs exactly one of ml (10..2000), level (1..10) or learn=true");
    }
    if (ml !== null && (ml < 10 || ml > 2000)) return rejected("set_threshold ml must be in 10..2000");
    if (level !== null && (level < 1 || level > 10)) return rejected("set_threshold level must be in 1..10");
    const thresholdMl = ml ?? ((level ?? 0) / 10) * this.settings.capacityMl;
    this.state = { ...this.state, threshold: fixThreshold(this.state.threshold, thresholdMl) };
    return ok(`threshold ${Math.round(thresholdMl)} mL (fixed)`);
  }
}

export const createBladderAnalyzer = (settings: BladderSettings, sensorId: string): BladderAnalyzer =>
  new BladderAnalyzer(settings, sensorId);
