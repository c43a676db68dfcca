// Replays a recorded series of bladder echoes through the analysis, as pure functions the CLI
// (replay-cli.ts) streams lines through: a header line names the columns, each row becomes one CSV
// line of estimates and what the analysis raised at that reading.
import { ok, type Result, rejected } from "../../../proto/index.ts";
import {
  type BladderAnalysisState,
  type BladderOutput,
  initialBladderAnalysis,
  stepBladder,
} from "./bladder-analysis.ts";
import type { BladderSettings } from "./bladder-settings.ts";

export interface ReplayColumns {
  time: string;
  anterior: string;
  posterior: string;
  strength: string;
  /** Optional motion flag column (0/1, true/false); readings are still when absent. */
  moving: string;
}

export const defaultReplayColumns: ReplayColumns = {
  time: "time_ms",
  anterior: "anterior_mm",
  posterior: "posterior_mm",
  strength: "strength",
  moving: "moving",
};

export interface ColumnIndex {
  time: number;
  anterior: number;
  posterior: number;
  strength: number;
  moving: number | null;
}

export interface ReplayRow {
  timeMs: number;
  anteriorMm: number;
  posteriorMm: number;
  strength: number;
  moving: boolean;
}

export const REPLAY_CSV_HEADER =
  "time_ms,trusted,posture,reading_ml,level_ml,level,rate_ml_per_min,threshold_ml,minutes_until,uncertainty_min,events";

const splitCsv = (line: string): string[] => line.split(",").map((cell) => cell.trim());

/** Finds the named columns in the header line; all but `moving` are required. */
export function indexColumns(headerLine: string, columns: ReplayColumns): Result<ColumnIndex> {
  const names = splitCsv(headerLine);
  const find = (name: string) => names.indexOf(name);
  const required = {
    time: columns.time,
    anterior: columns.anterior,
    posterior: columns.posterior,
    strength: columns.strength,
  };
  const missing = Object.values(required).filter((name) => find(name) < 0);
  if (missing.length)
    return rejected(`header has no column ${missing.join(", ")} (columns: ${names.join(", ")})`);
  const moving = find(columns.moving);
  return ok({
    time: find(columns.time),
    anterior: find(columns.anterior),
    posterior: find(columns.posterior),
    strength: find(columns.strength),
    moving: moving >= 0 ? moving : null,
  });
}

export function parseReplayRow(line: string, index: ColumnIndex): Result<ReplayRow> {
  const cells = splitCsv(line);
  const number = (at: number) => Number(cells[at] ?? Number.NaN);
  const row = {
    timeMs: number(index.time),
    anteriorMm: number(index.anterior),
    posteriorMm: number(index.posterior),
    strength: number(index.strength),
  };
  const bad = Object.entries(row).find(([, value]) => !Number.isFinite(value) || value < 0);
  if (bad) return rejected(`${bad[0]} is not a number ≥ 0 in "${line}"`);
  const flag = index.moving === null ? "" : (cells[index.moving] ?? "").toLowerCase();
  return ok({ ...row, moving: flag === "1" || flag === "true" });
}

function describe(output: BladderOutput): string | null {
  switch (output.kind) {
    case "toilet_soon_raised":
      return `toilet_soon_raised:${output.expected.minutesUntil.toFixed(1)}min`;
    case "toilet_soon_cleared":
    case "toilet_soon_lapsed":
      return output.kind;
    case "void":
      return `void_detected:${(output.beforeMl - output.afterMl).toFixed(0)}ml`;
    case "detached":
      return "sensor_detached";
    case "reattached":
      return "sensor_reattached";
    default:
      return null;
  }
}

const cell = (value: number | null | undefined, digits: number) =>
  value === null || value === undefined ? "" : value.toFixed(digits);

/** A stateful replay over pure steps: feed rows in time order, get one CSV line each. */
export function createBladderReplay(settings: BladderSettings): (row: ReplayRow) => string {
  let state: BladderAnalysisState = initialBladderAnalysis(settings);
  return (row) => {
    const [next, step] = stepBladder(state, row, settings);
    state = next;
    const { trend, forecast } = step;
    const events = step.outputs.map(describe).filter((text): text is string => text !== null);
    return [
      row.timeMs,
      step.trusted,
      step.posture,
      cell(step.readingMl, 1),
      cell(trend?.levelMl, 1),
      cell(trend?.level, 0),
      cell(trend?.rateMlPerMin, 3),
      cell(trend?.thresholdMl, 1),
      cell(forecast?.minutesUntil, 1),
      cell(forecast?.uncertaintyMin, 1),
      events.join(";"),
    ].join(",");
  };
}
