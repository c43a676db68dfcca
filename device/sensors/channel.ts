// A channel contributes, in one place, how a value is read from a decoded reading, how it is
// scaled onto the wire's integer array, and the unit that the bridge and dashboards show.
export interface Channel<Reading> {
  name: string;
  unit: string;
  /** value_in_unit = wire_integer * scale */
  scale: number;
  read(reading: Reading): number;
}

export function channel<Reading>(
  name: string,
  unit: string,
  scale: number,
  read: (reading: Reading) => number,
): Channel<Reading> {
  return { name, unit, scale, read };
}

/** Interleaves readings into the integer array of a SampleBatch, one row per reading. */
export function toWireIntegers<Reading>(
  channels: readonly Channel<Reading>[],
  readings: readonly Reading[],
): number[] {
  const values: number[] = [];
  for (const reading of readings) {
    for (const ch of channels) values.push(Math.round(ch.read(reading) / ch.scale));
  }
  return values;
}
