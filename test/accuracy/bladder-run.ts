// One simulated resident wearing the bladder sensor for some days, read every minute by the bladder
// analyzer exactly as the agent would (same frame encoding, exact timestamps): the simulator's pure
// model is stepped directly, no ptys. A share of frames is lost on the link (`frameLoss`), and the next
// reading that arrives carries the count in `gapBefore`, as the agent's stamping stage gives it.
// Returns the ground truth and what the analyzer said.

import type { OutgoingPayload } from "../../device/pipeline/outgoing.ts";
import { bladderDefinition } from "../../device/sensors/bladder/bladder-definition.ts";
import {
  type BladderSettings,
  defaultBladderSettings,
} from "../../device/sensors/bladder/bladder-settings.ts";
import { care, decodeBladderEcho, encodeBladderEcho } from "../../proto/index.ts";
import {
  type BladderReading,
  type BladderSetup,
  drawResidentProfile,
  initialBladderModel,
  type ResidentProfile,
  Rng,
  readingAt,
} from "../../sim/bladder/index.ts";
import { CeilingNotices } from "./bladder-ceiling.ts";
import { OracleNotices } from "./bladder-oracle.ts";
import type { TimedNotice } from "./bladder-score.ts";
import { WindowFillScorer } from "./bladder-window-fill.ts";

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
/** The facility's time zone (Japan), as in the simulator's figures. */
export const UTC_OFFSET_MINUTES = 540;

export interface ResidentScenario {
  seed: number;
  days: number;
  /** Simulated wall time of the first reading. */
  startMs: number;
  readingPeriodMs: number;
  /** Share of frames lost on the link, each independently. */
  frameLoss: number;
  settings?: Partial<BladderSettings>;
}

export interface TruthVoid {
  timeMs: number;
  kind: "toilet" | "incontinent";
  cause: string;
  beforeMl: number;
  afterMl: number;
}

/** The true fill reached the urge volume of its filling cycle. */
export interface TruthUrge {
  timeMs: number;
  urgeThresholdMl: number;
}

export type TruthContact = BladderReading["contact"];

export interface Notice {
  timeMs: number;
  minutesUntil: number;
  uncertaintyMin: number;
  /** The simulator's contact state at this reading. */
  contactInTruth: TruthContact;
}

export interface PredictionRecord {
  timeMs: number;
  minutesUntil: number;
  uncertaintyMin: number;
}

export interface DetectedVoid {
  emittedMs: number;
  atMs: number;
  dropMl: number;
}

export interface ResidentRun {
  scenario: ResidentScenario;
  profile: ResidentProfile;
  leadTimeMin: number;
  voids: TruthVoid[];
  urges: TruthUrge[];
  notices: Notice[];
  /** Notices of the observer that knows the truth, by the fixed rule (bladder-oracle.ts). */
  oracleNotices: TimedNotice[];
  /** Notices of the observer that knows the truth and the physiology, by the analyzer's rule (bladder-ceiling.ts). */
  ceilingNotices: TimedNotice[];
  predictions: PredictionRecord[];
  detectedVoids: DetectedVoid[];
  /** Reading times with the transducer off the skin (truth). */
  detachedTimes: Set<number>;
  readings: number;
  lostReadings: number;
  detachEvents: number;
  /** The personal threshold the analyzer used at the end of the run (last bladder_trend), mL. */
  finalThresholdMl: number | null;
  /** |trend level − true volume| at each trend observation taken while attached. */
  fillErrorsMl: number[];
  /** |window `bladder_fill` − mean true volume| per good window with the transducer on throughout. */
  windowFillErrorsMl: number[];
  /** Trend observations at still, attached readings, and how many had the true posture. */
  postureChecks: number;
  postureAgreements: number;
}

const fieldValue = (
  fields: { name?: string | null; value?: number | null }[] | null | undefined,
  name: string,
) => fields?.find((f) => f.name === name)?.value ?? Number.NaN;

function newRun(scenario: ResidentScenario, profile: ResidentProfile, leadTimeMin: number): ResidentRun {
  return {
    scenario,
    profile,
    leadTimeMin,
    voids: [],
    urges: [],
    notices: [],
    oracleNotices: [],
    ceilingNotices: [],
    predictions: [],
    detectedVoids: [],
    detachedTimes: new Set(),
    readings: 0,
    lostReadings: 0,
    detachEvents: 0,
    finalThresholdMl: null,
    fillErrorsMl: [],
    windowFillErrorsMl: [],
    postureChecks: 0,
    postureAgreements: 0,
  };
}

/** Records what the analyzer said about one reading. */
function recordPayload(run: ResidentRun, payload: OutgoingPayload, reading: BladderReading, t: number): void {
  if ("alert" in payload && payload.alert.state === care.v1.AlertState.ALERT_STATE_RAISED) {
    const fields = payload.alert.fields;
    run.notices.push({
      timeMs: t,
      minutesUntil: fieldValue(fields, "minutes_until"),
      uncertaintyMin: fieldValue(fields, "uncertainty_minutes"),
      contactInTruth: reading.contact,
    });
  } else if ("prediction" in payload) {
    const { minutesUntil, uncertaintyMinutes } = payload.prediction;
    run.predictions.push({
      timeMs: t,
      minutesUntil: Number(minutesUntil),
      uncertaintyMin: Number(uncertaintyMinutes),
    });
  } else if ("event" in payload && payload.event.kind === "void_detected") {
    run.detectedVoids.push({
      emittedMs: t,
      atMs: Number(payload.event.timeMs),
      dropMl: fieldValue(payload.event.fields, "volume_drop_ml"),
    });
  } else if ("event" in payload && payload.event.kind === "sensor_detached") {
    run.detachEvents++;
  } else if ("observation" in payload && payload.observation.name === "bladder_trend") {
    const fields = payload.observation.fields;
    run.finalThresholdMl = fieldValue(fields, "threshold_ml");
    if (reading.detached) return;
    run.fillErrorsMl.push(Math.abs(fieldValue(fields, "volume_ml") - reading.volumeMl));
    if (reading.moving) return;
    run.postureChecks++;
    if ((fieldValue(fields, "sitting") === 1) === (reading.posture === "sitting")) run.postureAgreements++;
  }
}

export function runResident(scenario: ResidentScenario): ResidentRun {
  const profile = drawResidentProfile(scenario.seed);
  const setup: BladderSetup = {
    profile,
    clock: { utcOffsetMinutes: UTC_OFFSET_MINUTES },
    powerUpMs: scenario.startMs,
  };
  const settings = { ...defaultBladderSettings, utcOffsetMinutes: UTC_OFFSET_MINUTES, ...scenario.settings };
  const analyzer = bladderDefinition.createAnalyzer?.(settings, `bl-${scenario.seed}`);
  if (!analyzer) throw new Error("the bladder definition has no analyzer");
  const run = newRun(scenario, profile, settings.leadTimeMin);
  const windows = new WindowFillScorer(bladderDefinition, settings, analyzer);
  run.windowFillErrorsMl = windows.errorsMl;
  const link = Rng.fromSeed(scenario.seed, "harness-link");
  const oracle = new OracleNotices(
    profile.urgeThresholdMl,
    settings.leadTimeMin,
    scenario.readingPeriodMs / MINUTE_MS,
  );
  run.oracleNotices = oracle.notices;
  const ceiling = new CeilingNotices(profile, {
    leadMin: settings.leadTimeMin,
    minProbability: settings.noticeMinProbability,
    noticesPerCycle: settings.noticesPerCycle,
  });
  run.ceilingNotices = ceiling.notices;
  let model = initialBladderModel(setup, scenario.startMs);
  let gapBefore = 0;
  let sensorSeq = 0;
  const endMs = scenario.startMs + scenario.days * DAY_MS;
  for (let t = scenario.startMs + scenario.readingPeriodMs; t <= endMs; t += scenario.readingPeriodMs) {
    const [next, { reading, events }] = readingAt(model, setup, t);
    model = next;
    const voided = events.some((event) => event.type === "void");
    oracle.observe(t, reading.volumeMl, voided);
    ceiling.observe(t, reading.volumeMl, model.resident.asleep, voided);
    for (const event of events) {
      if (event.type === "void") {
        const { simTimeMs, kind, cause, volumeBeforeMl, volumeAfterMl } = event;
        run.voids.push({ timeMs: simTimeMs, kind, cause, beforeMl: volumeBeforeMl, afterMl: volumeAfterMl });
      } else if (event.type === "urge") {
        run.urges.push({ timeMs: event.simTimeMs, urgeThresholdMl: event.urgeThresholdMl });
      }
    }
    if (reading.detached) run.detachedTimes.add(t);
    sensorSeq++;
    if (link.chance(scenario.frameLoss)) {
      run.lostReadings++;
      gapBefore++;
      continue;
    }
    // Through the wire encoding, so the analyzer sees exactly the frame's resolution.
    const decoded = decodeBladderEcho(encodeBladderEcho(reading));
    if (!decoded.ok) throw new Error(`simulated reading does not decode: ${decoded.reason}`);
    const stamped = { reading: decoded.value, timeMs: t, sensorSeq, gapBefore };
    gapBefore = 0;
    const payloads = analyzer.analyze(stamped);
    windows.add({ stamped, trueVolumeMl: reading.volumeMl, attached: !reading.detached });
    run.readings++;
    for (const payload of payloads) recordPayload(run, payload, reading, t);
  }
  return run;
}

/** Resident i of a run: its own seed and a start hour spread over the day. */
export function residentScenario(
  baseSeed: number,
  index: number,
  days: number,
  frameLoss: number,
): ResidentScenario {
  const localMidnight = Date.UTC(2025, 0, 5, 15, 0);
  return {
    seed: baseSeed * 1000 + index,
    days,
    startMs: localMidnight + ((index * 7) % 24) * 3_600_000,
    readingPeriodMs: MINUTE_MS,
    frameLoss,
  };
}
