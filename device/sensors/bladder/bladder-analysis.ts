// One bladder sensor's analysis, reading by reading: contact → posture → fill → void / jump check →
// filling trend → forecast to the personal threshold → "toilet soon". Every part is a pure reducer;
// this composes them into one: stepBladder(state, reading, settings) → [state, step].
// docs/bladder-prediction.md describes the algorithms and their measured accuracy.
import {
  type Forecast,
  forecastOf,
  noticeOddsOf,
  type TrendSummary,
  trendSummaryOf,
  usefulWindow,
} from "./bladder-forecast.ts";
import { type BladderSettings, startingThresholdMl } from "./bladder-settings.ts";
import { type ContactState, initialContactState, stepContact } from "./contact-monitor.ts";
import { type CouplingState, initialCoupling, judgeCoupling } from "./echo-coupling.ts";
import { type EchoInput, isUsableEcho } from "./fill-estimate.ts";
import { type LevelState, type LevelUpdate, reattachLevel, updateLevel } from "./level-update.ts";
import type { NoticeOdds } from "./notice-odds.ts";
import type { Posture, PostureState } from "./posture-tracker.ts";
import { initialPostureState, restartPosture, stepPosture } from "./posture-tracker.ts";
import { initialRateProfile, observeLevel, priorRate, type RateProfile } from "./rate-profile.ts";
import { canRaise, initialToiletSoon, stepToiletSoon, type ToiletSoonState } from "./toilet-soon.ts";
import { initialVoidContext, stepVoidContext, type VoidContextState } from "./void-context.ts";
import { initialVoidDetector } from "./void-detector.ts";
import {
  initialVoidThreshold,
  learnVoid,
  thresholdOf,
  type VoidThresholdState,
  voidVolumeModel,
} from "./void-threshold.ts";

export type { Forecast, TrendSummary } from "./bladder-forecast.ts";

/** Trend updates needed after a start or a reattachment before it may raise a notice. */
export const SETTLE_READINGS = 3;
/** A void whose last trusted reading before it is older than this has an extrapolated "before". */
const MEASURED_MAX_GAP_MS = 15 * 60_000;

export interface BladderReadingInput extends EchoInput {
  timeMs: number;
  moving: boolean;
}

export interface BladderAnalysisState {
  contact: ContactState;
  coupling: CouplingState;
  posture: PostureState;
  level: LevelState;
  lastTrustedMs: number;
  threshold: VoidThresholdState;
  voidContext: VoidContextState;
  rates: RateProfile;
  toiletSoon: ToiletSoonState;
  lastPublishedMs: number;
}

export type BladderOutput =
  | { kind: "detached" | "reattached"; timeMs: number; detail: string }
  | { kind: "void"; timeMs: number; atMs: number; beforeMl: number; afterMl: number; measured: boolean }
  | { kind: "forecast"; forecast: Forecast }
  | { kind: "trend"; trend: TrendSummary }
  | {
      kind: "toilet_soon_raised";
      timeMs: number;
      forecast: Forecast;
      expected: NoticeExpectation;
      leadTimeMin: number;
    }
  | {
      kind: "toilet_soon_cleared";
      timeMs: number;
      raisedMs: number;
      afterVoid: { beforeMl: number; afterMl: number };
    }
  /** The notice's useful window passed with no void. */
  | { kind: "toilet_soon_lapsed"; timeMs: number; raisedMs: number };

/** What a notice states: minutes until the expected void (learned threshold) or the fixed threshold, 1 σ. */
export interface NoticeExpectation {
  target: "void" | "threshold";
  minutesUntil: number;
  uncertaintyMin: number;
}

/** What the analysis made of one reading, for replays and accuracy runs. */
export interface BladderStep {
  outputs: BladderOutput[];
  /** Trusted: attached and the echo usable. */
  trusted: boolean;
  posture: Posture;
  /** This reading's own (posture-corrected) volume, when trusted. */
  readingMl: number | null;
  /** The trend after this reading, when trusted. */
  trend: TrendSummary | null;
  forecast: Forecast | null;
}

export function initialBladderAnalysis(settings: BladderSettings): BladderAnalysisState {
  const fixedMl = settings.thresholdMl > 0 ? settings.thresholdMl : null;
  return {
    contact: initialContactState,
    coupling: initialCoupling,
    posture: initialPostureState(),
    level: { trend: null, trendReadings: 0, voids: initialVoidDetector },
    lastTrustedMs: Number.NEGATIVE_INFINITY,
    threshold: initialVoidThreshold(startingThresholdMl(settings), fixedMl),
    voidContext: initialVoidContext,
    rates: initialRateProfile(),
    toiletSoon: initialToiletSoon,
    lastPublishedMs: Number.NEGATIVE_INFINITY,
  };
}

const detachDetail = (echo: EchoInput): string =>
  echo.anteriorMm === 0
    ? "no echo: transducer lifted off the skin"
    : "weak echo: transducer slipped or poor skin contact";

/** Contact and posture, for every reading. */
function senseContact(
  previous: BladderAnalysisState,
  input: BladderReadingInput,
  settings: BladderSettings,
  outputs: BladderOutput[],
): { state: BladderAnalysisState; trusted: boolean; posture: Posture } {
  // A readable echo must also be as strong as this sensor's usual one (echo-coupling.ts).
  const readable = isUsableEcho(input, settings);
  const [coupling, weak] = readable ? judgeCoupling(previous.coupling, input) : [previous.coupling, false];
  const usable = readable && !weak;
  const [contact, change] = stepContact(previous.contact, usable);
  let state: BladderAnalysisState = { ...previous, contact, coupling };
  if (change) {
    const detail = change === "detached" ? detachDetail(input) : "echo back";
    outputs.push({ kind: change, timeMs: input.timeMs, detail });
  }
  // After a reattachment the trend must take in a few fresh readings before it may raise a notice, and
  // the transducer sits at a slightly different depth: the posture levels are fitted afresh.
  if (change === "reattached") {
    state = { ...state, level: reattachLevel(state.level), posture: restartPosture(state.posture) };
  }
  const trusted = contact.attached && usable;
  const still = trusted && !input.moving;
  const [posture, postureNow] = stepPosture(
    state.posture,
    { timeMs: input.timeMs, anteriorMm: input.anteriorMm, still },
    settings.sittingAnteriorShiftMm,
    settings.utcOffsetMinutes,
  );
  return { state: { ...state, posture }, trusted, posture: postureNow };
}

/** Reports a void and learns from it when it says something about the urge (void-context.ts). */
function noteVoid(
  state: BladderAnalysisState,
  update: LevelUpdate,
  timeMs: number,
  posture: Posture,
  outputs: BladderOutput[],
): BladderAnalysisState {
  const { verdict } = update;
  let voided: { atMs: number; beforeMl: number } | null = null;
  if (verdict.kind === "void") {
    const measured = verdict.atMs - state.lastTrustedMs <= MEASURED_MAX_GAP_MS;
    const { atMs, beforeMl, afterMl } = verdict;
    outputs.push({ kind: "void", timeMs, atMs, beforeMl, afterMl, measured });
    if (measured) voided = { atMs, beforeMl };
  }
  const [voidContext, learnMl] = stepVoidContext(state.voidContext, { timeMs, posture, voided });
  const threshold = learnMl === null ? state.threshold : learnVoid(state.threshold, learnMl);
  return { ...state, voidContext, threshold };
}

/**
 * What a notice raised now would state: with a learned threshold, when the void is expected (and the
 * chance that a notice now is useful); with a fixed one, the forecast to that threshold.
 */
function noticeExpectation(
  state: BladderAnalysisState,
  forecast: Forecast,
  settings: BladderSettings,
): { expected: NoticeExpectation; odds: NoticeOdds | null } {
  const model = voidVolumeModel(state.threshold);
  const trend = state.level.trend;
  if (!model || !trend) {
    const { minutesUntil, uncertaintyMin } = forecast;
    return { expected: { target: "threshold", minutesUntil, uncertaintyMin }, odds: null };
  }
  const { odds, voidTime } = noticeOddsOf(trend, model, state.rates, settings);
  const expected = {
    target: "void" as const,
    minutesUntil: voidTime.medianMin,
    uncertaintyMin: voidTime.sdMin,
  };
  return { expected, odds };
}

/** The "toilet soon" notice: raised from a settled, accepted reading; cleared by a void or lapsed. */
function noteToiletSoon(
  state: BladderAnalysisState,
  update: LevelUpdate,
  input: BladderReadingInput,
  forecast: Forecast | null,
  settings: BladderSettings,
  outputs: BladderOutput[],
): BladderAnalysisState {
  const { verdict } = update;
  const { timeMs, moving } = input;
  // A resident on the move is on the way to the toilet or being changed: too late for a notice.
  const trusted = verdict.kind === "accept" && state.level.trendReadings >= SETTLE_READINGS && !moving;
  const { leadTimeMin } = settings;
  const possible = trusted && canRaise(state.toiletSoon, settings.noticesPerCycle);
  const notice = possible && forecast ? noticeExpectation(state, forecast, settings) : null;
  const [toiletSoon, change] = stepToiletSoon(state.toiletSoon, {
    timeMs,
    trusted: notice !== null,
    minutesUntil: forecast?.minutesUntil ?? null,
    leadTimeMin,
    odds: notice?.odds ?? null,
    minProbability: settings.noticeMinProbability,
    usefulForMin: usefulWindow(leadTimeMin, notice?.expected.uncertaintyMin ?? leadTimeMin).latestMin,
    noticesPerCycle: settings.noticesPerCycle,
    voided: verdict.kind === "void",
  });
  if (change?.kind === "raised" && forecast && notice) {
    outputs.push({ kind: "toilet_soon_raised", timeMs, forecast, expected: notice.expected, leadTimeMin });
  } else if (change?.kind === "cleared" && verdict.kind === "void") {
    const afterVoid = { beforeMl: verdict.beforeMl, afterMl: verdict.afterMl };
    outputs.push({ kind: "toilet_soon_cleared", timeMs, raisedMs: change.raisedMs, afterVoid });
  } else if (change?.kind === "lapsed") {
    outputs.push({ kind: "toilet_soon_lapsed", timeMs, raisedMs: change.raisedMs });
  }
  return { ...state, toiletSoon };
}

export function stepBladder(
  previous: BladderAnalysisState,
  input: BladderReadingInput,
  settings: BladderSettings,
): [BladderAnalysisState, BladderStep] {
  const outputs: BladderOutput[] = [];
  const { timeMs } = input;
  const sensed = senseContact(previous, input, settings, outputs);
  let state = sensed.state;
  const { posture } = sensed;
  if (!sensed.trusted) {
    const interrupted = !state.contact.attached;
    const rates = observeLevel(
      state.rates,
      { timeMs, levelMl: null, interrupted },
      settings.utcOffsetMinutes,
    );
    const step = { outputs, trusted: false, posture, readingMl: null, trend: null, forecast: null };
    return [{ ...state, rates }, step];
  }
  const prior = priorRate(state.rates, timeMs, settings.utcOffsetMinutes);
  const update = updateLevel(state.level, input, posture, prior, settings);
  state = noteVoid({ ...state, level: update.level }, update, timeMs, posture, outputs);
  if (update.verdict.kind !== "hold") state = { ...state, lastTrustedMs: timeMs };
  const trendState = state.level.trend;
  const threshold = thresholdOf(state.threshold);
  const forecast = trendState ? forecastOf(trendState, threshold, state.rates, settings) : null;
  state = noteToiletSoon(state, update, input, forecast, settings, outputs);
  const trend = trendState ? trendSummaryOf(trendState, threshold, posture, settings) : null;
  if (trend && timeMs - state.lastPublishedMs >= settings.predictionIntervalMs) {
    if (forecast) outputs.push({ kind: "forecast", forecast });
    outputs.push({ kind: "trend", trend });
    state = { ...state, lastPublishedMs: timeMs };
  }
  const interrupted = update.verdict.kind === "void" || update.verdict.kind === "jump";
  const levelMl = trend?.levelMl ?? null;
  const rates = observeLevel(state.rates, { timeMs, levelMl, interrupted }, settings.utcOffsetMinutes);
  return [
    { ...state, rates },
    { outputs, trusted: true, posture, readingMl: update.readingMl, trend, forecast },
  ];
}
