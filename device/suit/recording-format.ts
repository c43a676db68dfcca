// Reading recorded multi-channel EMG text files: CSV / TSV / whitespace columns, optionally with a header
// row of names, and the BioSPPy / OpenSignals "Simple Text Format" whose metadata sits in `#` lines
// ("# Sampling Rate (Hz):= 1000.00", "# Resolution:= 12", "# Labels:= EMG").

import type { Result } from "../../proto/index.ts";

export interface RecordingHeader {
  sampleRateHz?: number;
  resolutionBits?: number;
  labels?: string[];
  /** Names from a non-numeric first row, if the file has one. */
  columnNames?: string[];
}

/** Reads one `#` metadata line into the header; unknown keys are ignored. */
export function parseHeaderLine(line: string, header: RecordingHeader): RecordingHeader {
  const match = /^#\s*([^:]+?)\s*:=\s*(.*)$/.exec(line.trim());
  if (!match) return header;
  const key = (match[1] ?? "").toLowerCase();
  const value = (match[2] ?? "").trim();
  if (key.startsWith("sampling rate")) {
    const rate = Number.parseFloat(value);
    return Number.isFinite(rate) ? { ...header, sampleRateHz: rate } : header;
  }
  if (key === "resolution") {
    const bits = Number.parseInt(value, 10);
    return Number.isInteger(bits) ? { ...header, resolutionBits: bits } : header;
  }
  if (key === "labels") return { ...header, labels: value.split(/[\s,;]+/).filter(Boolean) };
  return header;
}

export function splitFields(line: string): string[] {
  const trimmed = line.trim();
  if (trimmed.includes(",")) return trimmed.split(",").map((field) => field.trim());
  if (trimmed.includes(";")) return trimmed.split(";").map((field) => field.trim());
  return trimmed.split(/\s+/);
}

export type RecordingLine =
  | { kind: "skip" }
  | { kind: "names"; names: string[] }
  | { kind: "sample"; values: number[] };

/**
 * Classifies one line. `columns` are 1-based column numbers to keep (all columns when null).
 * A row with a bad number in a selected column is a reject, reported with its reason.
 */
export function parseRecordingLine(
  line: string,
  columns: readonly number[] | null,
  firstDataRow: boolean,
): Result<RecordingLine> {
  const trimmed = line.trim();
  if (trimmed === "" || trimmed.startsWith("#")) return { ok: true, value: { kind: "skip" } };
  const fields = splitFields(trimmed);
  const numeric = fields.map((field) => (field === "" ? Number.NaN : Number(field)));
  if (firstDataRow && numeric.every((value) => Number.isNaN(value))) {
    return { ok: true, value: { kind: "names", names: fields } };
  }
  const selected = columns ?? fields.map((_, i) => i + 1);
  const values: number[] = [];
  for (const column of selected) {
    const value = numeric[column - 1];
    if (value === undefined)
      return { ok: false, reason: `row has ${fields.length} columns, column ${column} missing` };
    if (!Number.isFinite(value))
      return { ok: false, reason: `column ${column} is not a number: "${fields[column - 1]}"` };
    values.push(value);
  }
  return { ok: true, value: { kind: "sample", values } };
}

/** ADC rails implied by the header's resolution (unsigned counts), if it has one. */
export function adcRangeFromHeader(header: RecordingHeader): { min: number; max: number } | null {
  if (header.resolutionBits === undefined || header.resolutionBits < 1 || header.resolutionBits > 24)
    return null;
  return { min: 0, max: 2 ** header.resolutionBits - 1 };
}
