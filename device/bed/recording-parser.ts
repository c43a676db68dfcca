// Reads a recording for replay: CSV (comma, semicolon, tab or blank separated, optional header row)
// or BioSPPy's text format (`#` header lines, one value per line). Pure: text in, samples out.
import { ok, type Result, rejected } from "../../proto/result.ts";

export interface ParsedRecording {
  /** Sampling rate found in a `# Sampling Rate (Hz):= …` header, else null. */
  headerRateHz: number | null;
  /** True for BioSPPy's "# Simple Text Format" files. */
  bioSppy: boolean;
  channels: number;
  frames: number;
  /** Selected columns, interleaved frame by frame. */
  interleaved: Float64Array;
  /** Data rows skipped because a selected column was missing or not a number. */
  skippedRows: number;
}

const separators = /[,;\t ]+/;

/** `columns` are 1-based column numbers, as in `cut -f`. */
export function parseRecording(text: string, columns: readonly number[]): Result<ParsedRecording> {
  if (columns.length === 0 || columns.some((c) => !Number.isInteger(c) || c < 1)) {
    return rejected("columns must be 1-based column numbers");
  }
  let headerRateHz: number | null = null;
  let bioSppy = false;
  let skippedRows = 0;
  let sawData = false;
  const values: number[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === "") continue;
    if (line.startsWith("#")) {
      if (/simple text format/i.test(line)) bioSppy = true;
      const rate = /sampling rate \(hz\)\s*:=\s*([0-9.]+)/i.exec(line);
      if (rate?.[1]) headerRateHz = Number(rate[1]);
      continue;
    }
    const fields = line.split(separators);
    const row = columns.map((c) => Number(fields[c - 1]));
    if (row.some((v) => fields.length < Math.max(...columns) || !Number.isFinite(v))) {
      if (sawData) skippedRows++;
      sawData = true; // a first unreadable row is a header, later ones are bad rows
      continue;
    }
    sawData = true;
    values.push(...row);
  }
  const frames = values.length / columns.length;
  if (frames === 0) return rejected("no data rows with the selected columns");
  return ok({
    headerRateHz,
    bioSppy,
    channels: columns.length,
    frames,
    interleaved: Float64Array.from(values),
    skippedRows,
  });
}
