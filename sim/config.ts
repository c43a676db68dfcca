// The emulator's configuration (sim.json): one schema gives the type, the validation, the defaults,
// the environment overrides and the --help text. Validated at start-up; every error is reported at once.
import { ok, type Result, rejected } from "../proto/index.ts";
import { bedSimFields, checkBeds } from "./bed/emulator-config.ts";
import { linkIdentity, optionalField, residentLinkField, resolveLink } from "./ble/link-config.ts";
import {
  type FieldValue,
  listField,
  numberField,
  objectField,
  optionalNumberField,
  type ParseContext,
  stringField,
} from "./config-schema.ts";
import { checkSuits, suitsField } from "./suit/emulator-config.ts";

const residentSchema = objectField({
  sensorId: stringField({
    doc: "sensor id announced in HELLO and used in ground-truth file names",
    pattern: /^[A-Za-z0-9_-]+$/,
    maxLength: 64,
  }),
  seed: numberField({ doc: "seed of the resident's physiology, sensor and line faults", integer: true }),
  ttyPath: optionalField(
    stringField({ doc: "sensor end of the pty pair (socat link); relative to the config file" }),
  ),
  link: residentLinkField,
  groundTruthDir: stringField({ doc: "folder for <sensorId>.readings.csv and .events.jsonl" }),
});

export const simConfigSchema = objectField({
  // May be empty when the run has beds or suits (checkBeds requires one sensor of some kind).
  residents: listField(residentSchema, { doc: "one emulated bladder sensor per resident", minItems: 0 }),
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
  suits: suitsField,
  ...bedSimFields,
});

export type SimConfig = FieldValue<typeof simConfigSchema>;
export type ResidentConfig = SimConfig["residents"][number];

export interface ConfigDefaults {
  nowMs: number;
  localUtcOffsetMinutes: number;
}

function checkUnique(config: SimConfig, errors: string[]): void {
  const seen = new Set<string>();
  for (const [index, resident] of config.residents.entries()) {
    if (seen.has(resident.sensorId))
      errors.push(`residents[${index}].sensorId: "${resident.sensorId}" is used twice`);
    seen.add(resident.sensorId);
  }
}

/** Each resident names exactly one link, and no tty or BLE address serves two sensors. */
function checkLinks(config: SimConfig, errors: string[]): void {
  const seen = new Set<string>();
  for (const [index, resident] of config.residents.entries()) {
    const link = resolveLink(resident);
    if (link === null) {
      errors.push(`residents[${index}]: give either ttyPath or link, exactly one`);
      continue;
    }
    const { key, field, value } = linkIdentity(link);
    if (seen.has(key)) errors.push(`residents[${index}].${field}: "${value}" is used twice`);
    seen.add(key);
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
    checkUnique(config, context.errors);
    checkLinks(config, context.errors);
    checkSuits(config, context.errors);
    checkBeds(config, context.errors);
  }
  if (config === undefined || context.errors.length > 0) return rejected(context.errors.join("\n"));
  return ok(config);
}

/** The --help text: one line per field. */
export function describeSimConfig(): string {
  return simConfigSchema.describe("").join("\n");
}
