import { describe, expect, it } from "vitest";
import type { BladderEcho } from "../../proto/index.ts";
import { care } from "../../proto/index.ts";
import { sampleBatchOf } from "../pipeline/sensor-pipeline.ts";
import { bladderDefinition } from "../sensors/bladder/bladder-definition.ts";
import type { Stamped } from "../sensors/sensor-definition.ts";
import { Counters } from "../status/counters.ts";
import { decodeFragments, encodeFragment, joinFragments, leftoverBatches } from "./batch-fragments.ts";

const definition = bladderDefinition as unknown as Parameters<typeof sampleBatchOf<BladderEcho>>[0];

function reading(sensorSeq: number, timeMs: number, gapBefore = 0): Stamped<BladderEcho> {
  const echo = {
    ticksMs: timeMs,
    anteriorMm: 30,
    posteriorMm: 90 + sensorSeq,
    strength: 200,
    moving: false,
    batteryPct: 80,
  };
  return { reading: echo, timeMs, sensorSeq, gapBefore };
}

const fragmentOf = (stamped: Stamped<BladderEcho>) =>
  encodeFragment(sampleBatchOf(definition, "bladder-1", [stamped]));

/** What the bridge stores: the batch as it travels on the wire. */
const onWire = (batch: care.v1.SampleBatch.$Properties) =>
  care.v1.SampleBatch.toObject(care.v1.SampleBatch.decode(care.v1.SampleBatch.encode(batch).finish()), {
    longs: Number,
  });

describe("batch fragments", () => {
  it("join back into the very batch the open batch would have become", () => {
    const readings = [reading(7, 1_000, 2), reading(8, 61_000), reading(9, 121_500)];
    const { batches, undecodable } = decodeFragments(readings.map(fragmentOf));
    expect(undecodable).toBe(0);
    const joined = joinFragments(batches);
    expect(joined).toHaveLength(1);
    expect(onWire(joined[0] ?? {})).toEqual(onWire(sampleBatchOf(definition, "bladder-1", readings)));
  });

  it("keep batches apart where the sensor seq jumps, a gap is marked or time goes back", () => {
    const { batches } = decodeFragments(
      [reading(1, 1_000), reading(2, 2_000), reading(5, 3_000, 2), reading(6, 2_500)].map(fragmentOf),
    );
    const joined = joinFragments(batches);
    expect(joined.map((b) => [b.firstSensorSeq, b.values?.length])).toEqual([
      [1, 2 * 5],
      [5, 5],
      [6, 5],
    ]);
    expect(joined[1]?.gapBefore).toBe(2);
  });

  it("join fixed-period blocks into one fixed-period batch", () => {
    const block = (firstSeq: number, startUs: number): care.v1.SampleBatch.$Properties => ({
      sensorId: "bed-1",
      stream: "bed_load",
      channelNames: ["load_1"],
      values: [firstSeq, firstSeq + 1],
      scale: 0.08,
      unit: "kg",
      startTimeUs: startUs,
      samplePeriodUs: 4_000,
      firstSensorSeq: firstSeq,
    });
    const { batches } = decodeFragments([block(10, 0), block(12, 8_000)].map(encodeFragment));
    const [joined] = joinFragments(batches);
    expect(joined).toMatchObject({ samplePeriodUs: 4_000, startTimeUs: 0, values: [10, 11, 12, 13] });
    expect(joined?.sampleOffsetsUs ?? []).toEqual([]);
  });

  it("counts what it recovers and what does not decode", () => {
    const counters = new Counters();
    const leftover = [
      fragmentOf(reading(1, 1_000)),
      Uint8Array.from([0xff, 0xff, 0xff]),
      fragmentOf(reading(2, 2_000)),
    ];
    const batches = leftoverBatches({ takeLeftover: () => leftover }, counters);
    expect(batches).toHaveLength(1);
    expect(counters.get("readings_recovered")).toBe(2);
    expect(counters.get("journal_undecodable")).toBe(1);
  });
});
