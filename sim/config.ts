// The emulator's configuration (sim.json): one schema gives the type, the validation, the defaults,
// the environment overrides and the --help text. Validated at start-up; every error is reported at once.
import { ok, type Result, rejected } from "../proto/index.ts";
import {
  type FieldValue,
  listField,
  numberField,
  objectField,
  optionalNumberField,
  type ParseContext,
  stringField,
} from "./config-schema.ts";

const residentSchema = objectField({
  sensorId: stringField({
    doc: "sensor id announced in HELLO and used in ground-truth file names",
    pattern: /^[A-Za-z0-9_-]+$/,
    maxLength: 64,
  }),
  seed: numberField({ doc: "seed of the resident's physiology, sensor and line faults", integer: true }),
  ttyPath: stringField({ doc: "sensor end of the pty pair (socat link); relative to the config file" }),
  groundTruthDir: stringField({ doc: "folder for <sensorId>.readings.csv and .events.jsonl" }),
});

export const simConfigSchema = objectField({
  residents: listField(residentSchema, { doc: "one emulated bladder sensor per resident", minItems: 1 }),
  readingPeriodS: numberField({
    doc: "simulated seconds between readings",
    above: 0,
    max: 86_400,
    default: 60,
    env: "SIM_READING_PERIOD_S",
  }),
  acceleration: numberField({
    doc: "simulated seconds per real second",
    above: 0,
    max: 1_000_000,
    default: 1,
    env: "SIM_ACCELERATION",
  }),
  epochMs: numberField({
    doc: "simulated wall time at start, ms since 1970 UTC",
    integer: true,
    min: 0,
    default: { fromContext: "nowMs" },
    env: "SIM_EPOCH_MS",
  }),
  startAtMs: optionalNumberField({
    doc: "real wall time (ms since 1970) at which simulated time equals epochMs; lets agents share the clock",
    integer: true,
    min: 0,
    env: "SIM_START_AT_MS",
  }),
  utcOffsetMinutes: numberField({
    doc: "the facility's local time zone, minutes east of UTC (daily routine follows local time)",
    integer: true,
    min: -720,
    max: 840,
    default: { fromContext: "localUtcOffsetMinutes" },
    env: "SIM_UTC_OFFSET_MINUTES",
  }),
  corruptFrameRate: numberField({
    doc: "share of frames damaged or preceded by noise, 0..1",
    min: 0,
    max: 1,
    default: 0,
    env: "SIM_CORRUPT_FRAME_RATE",
  }),
  durationS: optionalNumberField({
    doc: "stop after this many real seconds",
    above: 0,
    env: "SIM_DURATION_S",
  }),
});

export type SimConfig = FieldValue<typeof simConfigSchema>;
export type ResidentConfig = SimConfig["residents"][number];

export interface ConfigDefaults {
  nowMs: number;
  localUtcOffsetMinutes: number;
}

function checkUnique(config: SimConfig, key: "sensorId" | "ttyPath", errors: string[]): void {
  const seen = new Set<string>();
  for (const [index, resident] of config.residents.entries()) {
    if (seen.has(resident[key])) errors.push(`residents[${index}].${key}: "${resident[key]}" is used twice`);
    seen.add(resident[key]);
  }
}

/** Validates raw JSON; on failure `reason` holds every problem, one per line. */
export function parseSimConfig(
  raw: unknown,
  defaults: ConfigDefaults,
  env: Readonly<Record<string, string | undefined>> = {},
): Result<SimConfig> {
  const context: ParseContext = { errors: [], env, defaults: { ...defaults } };
  const config = simConfigSchema.parse(raw, "", context);
  if (config !== undefined) {
    checkUnique(config, "sensorId", context.errors);
    checkUnique(config, "ttyPath", context.errors);
  }
  if (config === undefined || context.errors.length > 0) return rejected(context.errors.join("\n"));
  return ok(config);
}

/** The --help text: one line per field. */
export function describeSimConfig(): string {
  return simConfigSchema.describe("").join("\n");
}
