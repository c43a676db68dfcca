// The "beds" section of sim.json and the beds' own clock: one emulated under-mattress sensor per entry,
// speaking sample-block frames on a pty ("frames") or presenting its load cells as a Firmata board's
// analog inputs ("firmata"). Beds run on a separate, slower acceleration than the bladder residents:
// a 250 Hz signal at the bladder's 3600× would be 900 000 samples per second per bed.
import { linkIdentity, optionalField, type ResidentLink, resolveLink } from "../ble/link-config.ts";
import {
  type Field,
  type FieldValue,
  listField,
  numberField,
  objectField,
  optionalNumberField,
  type ParseContext,
  stringField,
} from "../config-schema.ts";
import { DEFAULT_NIGHT_PLAN, type NightPlan } from "./emulator-scenarios.ts";

/** Highest bed acceleration accepted; docs/bed-integration.md has the measured per-core figures. */
export const MAX_BED_ACCELERATION = 50;

export type BedProtocol = "frames" | "firmata";

const protocolField: Field<BedProtocol> = {
  parse(value, path, context) {
    if (value === undefined || value === "frames" || value === "firmata") return value ?? "frames";
    return void context.errors.push(`${path}: must be "frames" or "firmata", got ${JSON.stringify(value)}`);
  },
  describe: (path) => [
    `${path}  "frames" (sample blocks in serial frames) or "firmata" (analog inputs of a Firmata board) (default frames)`,
  ],
};

function numberIn(
  record: Record<string, unknown>,
  key: string,
  path: string,
  context: ParseContext,
  min: number,
) {
  const value = record[key];
  if (typeof value === "number" && Number.isFinite(value) && value >= min) return value;
  context.errors.push(`${path}.${key}: must be a number ≥ ${min}`);
  return undefined;
}

const nightKeys: Record<string, string[]> = {
  drawn: ["type", "hours", "bedExits"],
  short: ["type", "leadS", "inBedS", "outS", "cycles"],
  file: ["type", "path"],
};

function parseNight(value: unknown, path: string, context: ParseContext): NightPlan | undefined {
  if (value === undefined) return DEFAULT_NIGHT_PLAN;
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return void context.errors.push(`${path}: must be an object`);
  const record = value as Record<string, unknown>;
  const keys = nightKeys[String(record.type)] ?? nightKeys.drawn ?? [];
  for (const key of Object.keys(record))
    if (!keys.includes(key)) context.errors.push(`${path}.${key}: unknown field`);
  if (record.type === "file") {
    if (typeof record.path === "string" && record.path !== "") return { type: "file", path: record.path };
    return void context.errors.push(`${path}.path: must name a scenario file (relative to this config)`);
  }
  if (record.type === "drawn") {
    const hours = record.hours === undefined ? 8 : numberIn(record, "hours", path, context, 2);
    const bedExits =
      record.bedExits === undefined ? undefined : numberIn(record, "bedExits", path, context, 0);
    return hours === undefined ? undefined : { type: "drawn", hours, bedExits };
  }
  if (record.type !== "short")
    return void context.errors.push(
      `${path}.type: must be "drawn", "short" or "file", got ${JSON.stringify(record.type)}`,
    );
  const leadS = numberIn(record, "leadS", path, context, 10);
  const inBedS = numberIn(record, "inBedS", path, context, 10);
  const outS = numberIn(record, "outS", path, context, 5);
  const cycles = numberIn(record, "cycles", path, context, 1);
  if (leadS === undefined || inBedS === undefined || outS === undefined || cycles === undefined)
    return undefined;
  return { type: "short", leadS, inBedS, outS, cycles: Math.round(cycles) };
}

const nightField: Field<NightPlan> = {
  parse: parseNight,
  describe: (path) => [
    `${path}  first night: {type:"drawn", hours?, bedExits?}, {type:"short", leadS, inBedS, outS, cycles} or {type:"file", path} (a scenario file, e.g. a <sensorId>.scenario.json written by an earlier run; default drawn 8 h)`,
  ],
};

export const bedSchema = objectField({
  sensorId: stringField({
    doc: "bed sensor id (HELLO, ground-truth file names)",
    pattern: /^[A-Za-z0-9_-]+$/,
    maxLength: 64,
  }),
  seed: numberField({ doc: "seed of the resident, the sensor installation and the nights", integer: true }),
  ttyPath: stringField({ doc: "sensor (or board) end of the pty pair; relative to the config file" }),
  protocol: protocolField,
  channels: optionalNumberField({ doc: "load channels 1–4 (default 2)", integer: true, min: 1, max: 4 }),
  sampleRateHz: optionalNumberField({
    doc: "sensor sampling rate, 50–1000 Hz with a whole-µs period (default 250; 200 behind Firmata)",
    integer: true,
    min: 50,
    max: 1000,
  }),
  night: nightField,
  sampleCounterStart: optionalNumberField({
    doc: "first value of the 32-bit sample counter (frames; e.g. near 2^32 to test the wrap)",
    integer: true,
    min: 0,
    max: 2 ** 32 - 1,
  }),
  adcCountsPerStep: optionalNumberField({
    doc: "load counts per 10-bit ADC step (firmata; default 16)",
    above: 0,
  }),
  alarmTtyPath: optionalField(
    stringField({
      doc: "board end of a pty where an extra Firmata board (LED/buzzer box) serves this bed's alarm",
    }),
  ),
  groundTruthDir: stringField({
    doc: "folder for <sensorId>.bed-seconds.csv, .bed-events.jsonl, .scenario.json, .firmata.jsonl",
  }),
});

export const bedSimFields = {
  beds: optionalField(listField(bedSchema, { doc: "emulated under-mattress bed sensors" })),
  bedAcceleration: optionalNumberField({
    doc: `simulated seconds per real second for beds, ≤ ${MAX_BED_ACCELERATION} (default 1: real time)`,
    above: 0,
    max: MAX_BED_ACCELERATION,
    env: "SIM_BED_ACCELERATION",
  }),
  bedEpochMs: optionalNumberField({
    doc: "simulated wall time of the beds at start (default epochMs)",
    integer: true,
    min: 0,
    env: "SIM_BED_EPOCH_MS",
  }),
};

export type BedConfig = FieldValue<typeof bedSchema>;

/**
 * Bed rates need a whole-µs period (raw batches carry a fixed one); no sensor id or tty serves two
 * sensors, residents included; and a run has at least one sensor of some kind.
 */
export function checkBeds(
  config: {
    residents: { sensorId: string; ttyPath?: string | undefined; link?: ResidentLink | undefined }[];
    beds?: readonly BedConfig[] | undefined;
    suits?: readonly unknown[] | undefined;
  },
  errors: string[],
): void {
  const beds = config.beds ?? [];
  if (config.residents.length + beds.length + (config.suits?.length ?? 0) === 0)
    errors.push("residents: needs at least 1 item (or beds, or suits)");
  const taken = new Set(config.residents.map((resident) => `id:${resident.sensorId}`));
  for (const resident of config.residents) {
    const link = resolveLink(resident);
    if (link) taken.add(linkIdentity(link).key);
  }
  for (const [index, bed] of beds.entries()) {
    if (bed.sampleRateHz !== undefined && 1e6 % bed.sampleRateHz !== 0)
      errors.push(`beds[${index}].sampleRateHz: ${bed.sampleRateHz} Hz has no whole-µs period`);
    const keys: [string, string | undefined][] = [
      ["sensorId", `id:${bed.sensorId}`],
      ["ttyPath", `tty:${bed.ttyPath}`],
      ["alarmTtyPath", bed.alarmTtyPath === undefined ? undefined : `tty:${bed.alarmTtyPath}`],
    ];
    for (const [field, key] of keys) {
      if (key === undefined) continue;
      if (taken.has(key))
        errors.push(`beds[${index}].${field}: "${key.slice(key.indexOf(":") + 1)}" is used twice`);
      taken.add(key);
    }
  }
}
