// The SensorAnalyzer of a bladder sensor: holds the analysis state and the resident's settings, runs
// stepBladder on each stamped reading and turns its outputs into wire payloads; applies the runtime
// commands set_lead_time and set_threshold. No I/O of its own: the pipeline sends what analyze()
// returns, and the state store the agent lends it (bladder-memory.ts) keeps commanded settings and the
// learned model across restarts. The effective lead time and threshold go out as `bladder_settings`.
import { type BladderEcho, ok, type Result, rejected } from "../../../proto/index.ts";
import type { OutgoingPayload } from "../../pipeline/outgoing.ts";
import type {
  AnalyzerContext,
  ObservationDraft,
  SensorAnalyzer,
  SensorCommand,
  Stamped,
} from "../sensor-definition.ts";
import {
  type BladderAnalysisState,
  type BladderStep,
  initialBladderAnalysis,
  stepBladder,
} from "./bladder-analysis.ts";
import {
  type BladderMemory,
  type BladderOverrides,
  liveOverrides,
  memoryOf,
  parseBladderMemory,
  restoreMemory,
  withOverrides,
} from "./bladder-memory.ts";
import { BLADDER, payloadsOf, settingsPayload } from "./bladder-payloads.ts";
import type { BladderSettings } from "./bladder-settings.ts";
import { fillObservation } from "./fill-observation.ts";
import type { Posture } from "./posture-tracker.ts";
import { lyingDiameterMm } from "./reading-fill.ts";
import { fixThreshold } from "./void-threshold.ts";

/** The effective settings are published again at least this often (by reading time). */
const SETTINGS_REPEAT_MS = 3_600_000;

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

  private readonly configured: BladderSettings;
  private overrides: BladderOverrides = {};
  /** What was saved last, to save again only when the learned model changed. */
  private saved: { voidsMl: readonly number[]; counts: readonly number[] } | null = null;
  private settingsDue = true;
  private lastSettingsMs = Number.NEGATIVE_INFINITY;
  private lastTimeMs: number | null = null;

  constructor(
    settings: BladderSettings,
    private readonly sensorId: string,
    private readonly context?: AnalyzerContext,
  ) {
    this.configured = { ...settings };
    this.settings = { ...settings };
    this.state = initialBladderAnalysis(this.settings);
    const raw = context?.stateStore?.load() ?? null;
    if (raw !== null) this.restore(raw);
  }

  private restore(raw: unknown): void {
    const memory = parseBladderMemory(raw);
    if (!memory.ok) {
      this.context?.counters.increment("sensor_state_rejected");
      return;
    }
    this.overrides = liveOverrides(memory.value, this.configured);
    this.settings = withOverrides(this.configured, this.overrides);
    this.state = restoreMemory(initialBladderAnalysis(this.settings), memory.value);
    this.saved = { voidsMl: this.state.threshold.voidsMl, counts: this.state.rates.counts };
    this.context?.counters.increment("sensor_state_restored");
  }

  /** Saves what must survive a restart (a no-op without a store). */
  private save(): void {
    const memory: BladderMemory = memoryOf(this.state, this.overrides);
    this.context?.stateStore?.save(memory);
    this.saved = { voidsMl: this.state.threshold.voidsMl, counts: this.state.rates.counts };
  }

  private settingsPayloads(timeMs: number): OutgoingPayload[] {
    if (!this.settingsDue && timeMs - this.lastSettingsMs < SETTINGS_REPEAT_MS) return [];
    this.settingsDue = false;
    this.lastSettingsMs = timeMs;
    const base = { sensorId: this.sensorId, sensorKind: BLADDER };
    return [settingsPayload(this.settings, this.state, Math.round(timeMs), base)];
  }

  /** The effective settings after a command, stamped with the latest reading's time. */
  drainOutputs(): OutgoingPayload[] {
    return this.lastTimeMs === null ? [] : this.settingsPayloads(this.lastTimeMs);
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
    this.lastTimeMs = stamped.timeMs;
    this.postures.set(stamped, step.posture);
    const learned = this.saved ?? { voidsMl: [], counts: [] };
    if (state.threshold.voidsMl !== learned.voidsMl || state.rates.counts !== learned.counts) this.save();
    const payloads = step.outputs.map((output) => payloadsOf(output, this.sensorId));
    return [...payloads, ...this.settingsPayloads(stamped.timeMs)];
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
    this.overrides = {
      ...this.overrides,
      leadTimeMin: { value: minutes, configured: this.configured.leadTimeMin },
    };
    this.applied();
    return ok(`lead time ${minutes} min`);
  }

  private setThreshold(args: Record<string, string>): Result<string> {
    if (args.learn === "true") {
      this.fixThreshold(0);
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
    this.fixThreshold(thresholdMl);
    return ok(`threshold ${Math.round(thresholdMl)} mL (fixed)`);
  }

  /** A fixed threshold in mL, or 0 to learn it from voids (as the setting). */
  private fixThreshold(thresholdMl: number): void {
    this.state = { ...this.state, threshold: fixThreshold(this.state.threshold, thresholdMl || null) };
    this.settings = { ...this.settings, thresholdMl };
    const configured = this.configured.thresholdMl;
    this.overrides = { ...this.overrides, thresholdMl: { value: thresholdMl, configured } };
    this.applied();
  }

  /** A command took effect: keep it across restarts and publish the effective settings. */
  private applied(): void {
    this.save();
    this.settingsDue = true;
  }
}

export const createBladderAnalyzer = (
  settings: BladderSettings,
  sensorId: string,
  context?: AnalyzerContext,
): BladderAnalyzer => new BladderAnalyzer(settings, sensorId, context);
