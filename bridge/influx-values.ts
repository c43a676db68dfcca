// Small conversions from wire values to InfluxDB values, shared by the point builders.

export const NS_PER_MS = 1_000_000n;
export const NS_PER_US = 1_000n;

/** Wall time in ms → ns. Whole milliseconds only; the wire carries integers. */
export const msToNs = (ms: number): bigint => BigInt(Math.trunc(ms)) * NS_PER_MS;

/** An integer field; the wire's int64 values arrive as numbers. */
export const int = (value: number | null | undefined): bigint => BigInt(Math.trunc(value ?? 0));

/** Enum value → "warning", "no_contact"…; values newer than this bridge become their number. */
export function enumLabel(
  names: Readonly<Record<number, string>>,
  value: number | null | undefined,
  prefix: string,
): string {
  const name = names[value ?? 0];
  return name === undefined ? String(value) : name.slice(prefix.length).toLowerCase();
}
