// The optional `suits` section of sim.json: one emulated assist suit per entry, streaming in real time.
import {
  linkIdentity,
  optionalField,
  type ResidentLink,
  residentLinkField,
  resolveLink,
} from "../ble/link-config.ts";
import {
  type Field,
  type FieldValue,
  listField,
  numberField,
  objectField,
  optionalNumberField,
  stringField,
} from "../config-schema.ts";
import { requiredBaud } from "./emulator-frames.ts";
import { type DrawSessionOptions, drawSuitSession } from "./random-session.ts";

const suitSchema = objectField({
  sensorId: stringField({
    doc: "suit id announced in HELLO and used in the ground-truth file name",
    pattern: /^[A-Za-z0-9_-]+$/,
    maxLength: 64,
  }),
  seed: numberField({ doc: "seed of the first session (session k uses seed + k − 1)", integer: true }),
  ttyPath: optionalField(stringField({ doc: "suit end of the pty pair; relative to the config file" })),
  link: residentLinkField,
  groundTruthDir: stringField({ doc: "folder for <sensorId>.suit.jsonl" }),
  sessions: numberField({ doc: "assist sessions to stream, 0 = endless", integer: true, min: 0, default: 1 }),
  sessionS: numberField({ doc: "length of each session, s (real time)", min: 10, max: 3600, default: 120 }),
  restS: numberField({ doc: "pause between sessions, s", min: 0, max: 3600, default: 10 }),
  startDelayS: numberField({
    doc: "from the link's first opening to the first session, s",
    min: 0,
    default: 2,
  }),
  channelCount: optionalNumberField({
    doc: "EMG channels 1–8 (drawn 4–8 when absent)",
    integer: true,
    min: 1,
    max: 8,
  }),
  sampleRateHz: optionalNumberField({
    doc: "sampling rate, Hz (drawn 1000/1200/1500/2000)",
    integer: true,
    min: 200,
    max: 4000,
  }),
  mainsHz: optionalNumberField({
    doc: "mains frequency 50 or 60 (drawn when absent)",
    integer: true,
    min: 50,
    max: 60,
  }),
  electrodeOffCount: optionalNumberField({
    doc: "electrode lift-offs per session (drawn 0–2)",
    integer: true,
    min: 0,
    max: 5,
  }),
  baudRate: numberField({
    doc: "serial line rate; must carry the EMG stream",
    integer: true,
    min: 9600,
    default: 921_600,
  }),
  counterStart: numberField({
    doc: "sample counter at power-up (near 4294967295 makes it wrap during the run)",
    integer: true,
    min: 0,
    max: 2 ** 32 - 1,
    default: 0,
  }),
  corruptFrameRate: numberField({
    doc: "share of frames damaged on the line, 0..1",
    min: 0,
    max: 1,
    default: 0,
  }),
});

export type SuitConfig = FieldValue<typeof suitSchema>;

const suitList = listField(suitSchema, {
  doc: "emulated assist suits (HAL-style EMG), streaming in real time",
});

/** Optional as a whole; inside an entry the fields keep their own required/optional marks in --help. */
export const suitsField: Field<SuitConfig[] | undefined> = {
  parse: (value, path, context) => (value === undefined ? undefined : suitList.parse(value, path, context)),
  describe: (path) =>
    suitList.describe(path).map((line, index) => (index === 0 ? `${line} (optional)` : line)),
};

/** The session options a suit entry gives drawSuitSession. */
export function suitSessionOptions(suit: SuitConfig): Omit<DrawSessionOptions, "fatigue"> {
  return {
    durationS: suit.sessionS,
    ...(suit.channelCount === undefined ? {} : { channelCount: suit.channelCount }),
    ...(suit.sampleRateHz === undefined ? {} : { sampleRateHz: suit.sampleRateHz }),
    ...(suit.mainsHz === 50 || suit.mainsHz === 60 ? { mainsHz: suit.mainsHz } : {}),
    ...(suit.electrodeOffCount === undefined ? {} : { electrodeOffCount: suit.electrodeOffCount }),
  };
}

function checkSuit(suit: SuitConfig, path: string, errors: string[]): ResidentLink | null {
  const link = resolveLink(suit);
  if (link === null) errors.push(`${path}: give either ttyPath or link, exactly one`);
  if (suit.mainsHz !== undefined && suit.mainsHz !== 50 && suit.mainsHz !== 60)
    errors.push(`${path}.mainsHz: must be 50 or 60`);
  if (link?.type === "serial") {
    const session = drawSuitSession(suit.seed, suitSessionOptions(suit));
    const needed = requiredBaud(session.sampleRateHz, session.channels.length);
    if (suit.baudRate < needed) {
      errors.push(
        `${path}.baudRate: ${suit.baudRate} baud cannot carry ${session.channels.length} channels at ${session.sampleRateHz} Hz (needs ≥ ${needed})`,
      );
    }
  }
  return link;
}

/** Ids and links are unique across residents and suits; every suit has exactly one link its line can carry. */
export function checkSuits(
  config: {
    residents: { sensorId: string; ttyPath?: string | undefined; link?: ResidentLink | undefined }[];
    suits?: SuitConfig[] | undefined;
  },
  errors: string[],
): void {
  const ids = new Set(config.residents.map((resident) => resident.sensorId));
  const links = new Set(
    config.residents.flatMap((resident) => {
      const link = resolveLink(resident);
      return link ? [linkIdentity(link).key] : [];
    }),
  );
  for (const [index, suit] of (config.suits ?? []).entries()) {
    const path = `suits[${index}]`;
    if (ids.has(suit.sensorId)) errors.push(`${path}.sensorId: "${suit.sensorId}" is used twice`);
    ids.add(suit.sensorId);
    const link = checkSuit(suit, path, errors);
    if (!link) continue;
    const { key, field, value } = linkIdentity(link);
    if (links.has(key)) errors.push(`${path}.${field}: "${value}" is used twice`);
    links.add(key);
  }
}
