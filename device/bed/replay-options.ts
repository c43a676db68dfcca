// Options of the replay tool (replay-cli.ts), checked all at once: a bad command line gets every
// problem in one message. Pure: argv in, options or the list of problems out.
import { parseArgs } from "node:util";
import { ok, type Result, rejected } from "../../proto/result.ts";
import { occupancyGain } from "./bed-config.ts";

export interface ReplayOptions {
  file: string;
  /** Null: take it from the file's header (BioSPPy). */
  rateHz: number | null;
  columns: number[];
  epochS: number;
  wrist: boolean;
  countsPerG: number;
  assumeOccupied: boolean;
  noBreathingS: number;
  /** Multiplies the recording before analysis (see occupancyGain). */
  gain: number;
  /** Empty-bed reading per column, in the recording's units; null = learnt from the first samples. */
  emptyBaseline: number[] | null;
}

export const replayUsage = `usage: node --import tsx device/bed/replay-cli.ts --file rec.csv --rate HZ --columns 1,2
  [--epoch 30] [--assume-occupied] [--no-breathing 20] [--empty-baseline 2100,1800]
  [--units counts|kg] [--counts-per-kg 200] [--min-occupied-kg 5] [--gain G]
  or --wrist --columns x,y,z [--counts-per-g 4096]`;

const optionSpec = {
  file: { type: "string" },
  rate: { type: "string" },
  columns: { type: "string", default: "1" },
  epoch: { type: "string", default: "30" },
  wrist: { type: "boolean", default: false },
  "counts-per-g": { type: "string", default: "1" },
  "assume-occupied": { type: "boolean", default: false },
  "no-breathing": { type: "string", default: "20" },
  units: { type: "string", default: "counts" },
  "counts-per-kg": { type: "string" },
  "min-occupied-kg": { type: "string", default: "5" },
  gain: { type: "string" },
  "empty-baseline": { type: "string" },
} as const;

/** A number option within [min, max], or a problem noted in `errors`. */
function numberOption(errors: string[], name: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value) || value < min || value > max)
    errors.push(`--${name} ${JSON.stringify(text)}: must be a number from ${min} to ${max}`);
  return value;
}

function numberList(errors: string[], name: string, text: string): number[] {
  const values = text.split(",").map(Number);
  if (values.some((v) => !Number.isFinite(v)))
    errors.push(`--${name} ${JSON.stringify(text)}: must be numbers, comma-separated`);
  return values;
}

/** Gain from --gain, or from the recording's units (kg, or counts of a sensor with --counts-per-kg). */
function gainOption(errors: string[], values: Record<string, string | boolean | undefined>): number {
  const minOccupiedKg = numberOption(errors, "min-occupied-kg", String(values["min-occupied-kg"]), 0.5, 100);
  if (values.gain !== undefined) return numberOption(errors, "gain", String(values.gain), 1e-6, 1e6);
  if (values.units !== "counts" && values.units !== "kg") {
    errors.push(`--units ${JSON.stringify(values.units)}: must be counts or kg`);
    return 1;
  }
  if (values.units === "kg") {
    if (values["counts-per-kg"] !== undefined) errors.push("--counts-per-kg: not with --units kg");
    return occupancyGain(1, minOccupiedKg);
  }
  const countsPerKg = numberOption(
    errors,
    "counts-per-kg",
    String(values["counts-per-kg"] ?? "200"),
    0.001,
    1e6,
  );
  return occupancyGain(countsPerKg, minOccupiedKg);
}

export function parseReplayOptions(argv: readonly string[]): Result<ReplayOptions> {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({ args: [...argv], options: optionSpec }).values;
  } catch (error) {
    return rejected((error as Error).message);
  }
  const errors: string[] = [];
  const wrist = values.wrist === true;
  if (typeof values.file !== "string") errors.push("--file is required");
  const columns = numberList(errors, "columns", String(values.columns));
  if (columns.some((c) => !Number.isInteger(c) || c < 1)) errors.push("--columns: 1-based column numbers");
  if (wrist && columns.length !== 3) errors.push("--wrist needs three columns: x, y, z");
  if (!wrist && columns.length > 4) errors.push("--columns: a bed has 1–4 load channels");
  const rateHz =
    values.rate === undefined
      ? null
      : numberOption(errors, "rate", String(values.rate), wrist ? 10 : 50, 1000);
  const epochS = numberOption(errors, "epoch", String(values.epoch), 10, 60);
  if (Number.isFinite(epochS) && !Number.isInteger(60 / epochS))
    errors.push(`--epoch ${epochS}: must divide 60`);
  const emptyBaseline =
    values["empty-baseline"] === undefined
      ? null
      : numberList(errors, "empty-baseline", String(values["empty-baseline"]));
  if (emptyBaseline && emptyBaseline.length !== columns.length)
    errors.push(`--empty-baseline: one value per column (${columns.length})`);
  const options: ReplayOptions = {
    file: String(values.file),
    rateHz,
    columns,
    epochS,
    wrist,
    countsPerG: numberOption(errors, "counts-per-g", String(values["counts-per-g"]), 1e-6, 1e9),
    assumeOccupied: values["assume-occupied"] === true,
    noBreathingS: numberOption(errors, "no-breathing", String(values["no-breathing"]), 5, 120),
    gain: gainOption(errors, values),
    emptyBaseline,
  };
  return errors.length > 0 ? rejected(errors.join("\n")) : ok(options);
}
