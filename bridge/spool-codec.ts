// Points ↔ bytes for one spool batch: compact JSON that round-trips every Point exactly.
//   [1, series, layouts, rows]
//   series  = [[measurement, retentionPolicy, tags], …]   one per distinct series in the batch
//   layouts = [[typedKey, …], …]                          one per distinct set of fields and types
//   row     = [seriesIndex, layoutIndex, timeNs (decimal string), value, value, …]
// A typed key is one type letter and the field name: f float, n non-finite float (value as text),
// i integer (bigint as decimal text), s string, b boolean. JSON has neither bigint nor NaN, and the
// letter keeps an integer an integer after a replay (InfluxDB refuses a float into an integer field).
// The tables keep a sample batch to its values and times (about half the size of line protocol), and
// points of one series share one tags object after decoding, as they did before, so the line-protocol
// builder still builds each series key once.
import { ok, type Result, rejected } from "../proto/index.ts";
import type { FieldValue, Point, RetentionPolicy } from "./sink.ts";

const FORMAT_VERSION = 1;

type EncodedSeries = [string, RetentionPolicy, Readonly<Record<string, string>>];
type EncodedValue = number | string | boolean;

function typed(key: string, value: FieldValue): [string, EncodedValue] {
  switch (typeof value) {
    case "number":
      return Number.isFinite(value) ? [`f${key}`, value] : [`n${key}`, String(value)];
    case "bigint":
      return [`i${key}`, value.toString()];
    case "string":
      return [`s${key}`, value];
    default:
      return [`b${key}`, value];
  }
}

/** Assigns small indexes to distinct keys, reusing the last one without a lookup when it repeats. */
class Table<T> {
  readonly entries: T[] = [];
  readonly #index = new Map<string, number>();

  indexOf(entry: T, key: string): number {
    const known = this.#index.get(key);
    if (known !== undefined) return known;
    this.#index.set(key, this.entries.length);
    return this.entries.push(entry) - 1;
  }
}

const sameKeys = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((key, i) => key === b[i]);

export function encodePoints(points: readonly Point[]): Buffer {
  const series = new Table<EncodedSeries>();
  const layouts = new Table<string[]>();
  const rows: EncodedValue[][] = new Array(points.length);
  let last: { point: Point; series: number; keys: string[]; layout: number } | undefined;
  for (let p = 0; p < points.length; p++) {
    const point = points[p] as Point;
    const keys: string[] = [];
    const row: EncodedValue[] = [0, 0, point.timeNs.toString()];
    for (const name in point.fields) {
      const [key, value] = typed(name, point.fields[name] as FieldValue);
      keys.push(key);
      row.push(value);
    }
    const sameSeries =
      last?.point.tags === point.tags &&
      last.point.measurement === point.measurement &&
      last.point.retentionPolicy === point.retentionPolicy;
    const seriesIndex =
      sameSeries && last
        ? last.series
        : series.indexOf(
            [point.measurement, point.retentionPolicy, point.tags],
            JSON.stringify([point.measurement, point.retentionPolicy, point.tags]),
          );
    const layout =
      last && sameKeys(last.keys, keys) ? last.layout : layouts.indexOf(keys, JSON.stringify(keys));
    row[0] = seriesIndex;
    row[1] = layout;
    rows[p] = row;
    last = { point, series: seriesIndex, keys, layout };
  }
  return Buffer.from(JSON.stringify([FORMAT_VERSION, series.entries, layouts.entries, rows]));
}

function decodeValue(type: string | undefined, raw: unknown): FieldValue | undefined {
  switch (type) {
    case "f":
      return typeof raw === "number" ? raw : undefined;
    case "n":
      return typeof raw === "string" ? Number(raw) : undefined;
    case "i":
      // BigInt throws on anything but an integer; decodePoints turns that into a reason.
      return typeof raw === "string" ? BigInt(raw) : undefined;
    case "s":
      return typeof raw === "string" ? raw : undefined;
    case "b":
      return typeof raw === "boolean" ? raw : undefined;
    default:
      return undefined;
  }
}

function isSeries(value: unknown): value is EncodedSeries {
  return (
    Array.isArray(value) &&
    typeof value[0] === "string" &&
    (value[1] === "raw" || value[1] === "autogen") &&
    typeof value[2] === "object" &&
    value[2] !== null &&
    Object.values(value[2]).every((tag) => typeof tag === "string")
  );
}

const isLayout = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((key) => typeof key === "string" && key.length > 0);

const entryAt = <T>(table: readonly T[], index: unknown): T | undefined =>
  Number.isInteger(index) ? table[index as number] : undefined;

function decodeRow(row: unknown, series: readonly EncodedSeries[], layouts: readonly string[][]) {
  if (!Array.isArray(row)) return undefined;
  const owner = entryAt(series, row[0]);
  const layout = entryAt(layouts, row[1]);
  const time = row[2];
  if (!owner || !layout || row.length !== 3 + layout.length || typeof time !== "string") return undefined;
  const fields: Record<string, FieldValue> = {};
  for (let k = 0; k < layout.length; k++) {
    const key = layout[k] as string;
    const value = decodeValue(key[0], row[3 + k]);
    if (value === undefined) return undefined;
    fields[key.slice(1)] = value;
  }
  const [measurement, retentionPolicy, tags] = owner;
  return { measurement, retentionPolicy, tags, fields, timeNs: BigInt(time) } satisfies Point;
}

/** The points of one batch; a reason when the bytes are not a batch this version wrote. */
export function decodePoints(bytes: Uint8Array): Result<Point[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("utf8"));
  } catch (error) {
    return rejected(`spool batch is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!Array.isArray(parsed) || parsed[0] !== FORMAT_VERSION) return rejected("unknown spool batch format");
  const [, series, layouts, rows] = parsed as unknown[];
  if (
    !Array.isArray(series) ||
    !series.every(isSeries) ||
    !Array.isArray(layouts) ||
    !layouts.every(isLayout)
  ) {
    return rejected("spool batch has no series or field tables");
  }
  if (!Array.isArray(rows)) return rejected("spool batch has no points");
  const points: Point[] = new Array(rows.length);
  for (let p = 0; p < rows.length; p++) {
    let point: Point | undefined;
    try {
      point = decodeRow(rows[p], series, layouts);
    } catch {
      // A time or integer that BigInt cannot read.
    }
    if (!point) return rejected(`spool batch point ${p} is damaged`);
    points[p] = point;
  }
  return ok(points);
}
