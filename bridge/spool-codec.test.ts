import { describe, expect, it } from "vitest";
import type { Point } from "./sink.ts";
import { decodePoints, encodePoints } from "./spool-codec.ts";
import {
  decodeRecords,
  encodeBatchRecord,
  encodeDoneThroughRecord,
  RECORD_BATCH,
  RECORD_DONE_THROUGH,
} from "./spool-record.ts";

const sharedTags = { site: "ward-3", device: "bed-07", sensor: "bladder-1" };
const points: Point[] = [
  {
    measurement: "bladder_echo",
    retentionPolicy: "raw",
    tags: sharedTags,
    fields: { echo_a: 6.5, echo_b: -9, sensor_seq: 500n },
    timeNs: 1_736_942_400_000_000_000n,
  },
  {
    measurement: "bladder_echo",
    retentionPolicy: "raw",
    tags: sharedTags,
    fields: { echo_a: 0.1, echo_b: 1e-300, sensor_seq: 501n },
    timeNs: 1_736_942_400_010_000_000n,
  },
  {
    measurement: 'alert "x", y',
    retentionPolicy: "autogen",
    tags: { site: "ward-3", "odd key": "a=b,c" },
    fields: {
      message: 'fill "8"\nsoon ✓',
      "i-look-like-a-type": "s",
      raised: true,
      cleared: false,
      big: -(2n ** 63n),
      nan: Number.NaN,
      up: Number.POSITIVE_INFINITY,
      down: Number.NEGATIVE_INFINITY,
    },
    timeNs: -5n,
  },
  {
    measurement: "bladder_echo",
    retentionPolicy: "raw",
    tags: sharedTags,
    fields: { echo_a: 7, echo_b: -10, sensor_seq: 502n },
    timeNs: 1_736_942_400_020_000_000n,
  },
];

describe("spool codec", () => {
  it("round-trips every field type, tag and time exactly", () => {
    const decoded = decodePoints(encodePoints(points));
    expect(decoded).toEqual({ ok: true, value: points });
    if (!decoded.ok) return;
    expect(typeof decoded.value[0]?.fields.sensor_seq).toBe("bigint");
    expect(typeof decoded.value[0]?.fields.echo_b).toBe("number");
  });

  it("writes each series and each field layout once and keeps tags shared after decoding", () => {
    const bytes = encodePoints(points);
    expect(bytes.toString().split("ward-3").length - 1).toBe(2);
    expect(bytes.toString().split("echo_a").length - 1).toBe(1);
    const decoded = decodePoints(bytes);
    if (!decoded.ok) throw new Error(decoded.reason);
    expect(decoded.value[0]?.tags).toBe(decoded.value[3]?.tags);
  });

  it("turns damaged or foreign bytes into a reason", () => {
    const valid = encodePoints(points).toString();
    const damaged = [
      "",
      "{",
      "[2,[],[],[]]",
      "[1,{},[],[]]",
      '[1,[["m","raw",{}]],[["fx"]]]',
      '[1,[["m","weekly",{}]],[["fx"]],[]]',
      '[1,[["m","raw",{"t":1}]],[["fx"]],[]]',
      '[1,[["m","raw",{}]],[[""]],[]]',
      '[1,[["m","raw",{}]],[["fx"]],[[1,0,"5",1]]]',
      '[1,[["m","raw",{}]],[["fx"]],[["length",0,"5",1]]]',
      '[1,[["m","raw",{}]],[["fx"]],[[0,1,"5",1]]]',
      '[1,[["m","raw",{}]],[["fx"]],[[0,0,"5.5",1]]]',
      '[1,[["m","raw",{}]],[["ix"]],[[0,0,"5","1.5"]]]',
      '[1,[["m","raw",{}]],[["qx"]],[[0,0,"5",1]]]',
      '[1,[["m","raw",{}]],[["fx"]],[[0,0,"5"]]]',
      valid.replace('"fecho_a"', '"becho_a"'),
    ];
    expect(decodePoints(Buffer.from('[1,[["m","raw",{}]],[["fx"]],[[0,0,"5",1]]]')).ok).toBe(true);
    for (const text of damaged) {
      const decoded = decodePoints(Buffer.from(text));
      expect(decoded.ok, text).toBe(false);
    }
  });
});

describe("spool records", () => {
  it("decodes batch and done-through records with where each ends", () => {
    const payload = encodePoints(points);
    const batch = encodeBatchRecord(7, 1234.5, points.length, payload);
    const done = encodeDoneThroughRecord(7);
    const { records, validBytes } = decodeRecords(Buffer.concat([batch, done]));
    expect(validBytes).toBe(batch.length + done.length);
    expect(records.map(({ record, end }) => [record.kind, record.id, end])).toEqual([
      [RECORD_BATCH, 7, batch.length],
      [RECORD_DONE_THROUGH, 7, batch.length + done.length],
    ]);
    const first = records[0]?.record;
    expect(first?.kind === RECORD_BATCH && Buffer.from(first.payload).equals(payload)).toBe(true);
    expect(first).toMatchObject({ appendedMs: 1234.5, pointCount: points.length });
  });

  it("stops at a torn or corrupted record and keeps what came before", () => {
    const first = encodeBatchRecord(1, 0, 1, Buffer.from("[1,[],[]]"));
    const second = encodeBatchRecord(2, 0, 1, Buffer.from("[1,[],[]]"));
    for (let cut = 1; cut < second.length; cut++) {
      const { records, validBytes } = decodeRecords(Buffer.concat([first, second.subarray(0, cut)]));
      expect(records).toHaveLength(1);
      expect(validBytes).toBe(first.length);
    }
    const flipped = Buffer.from(second);
    flipped[flipped.length - 1] = (flipped[flipped.length - 1] ?? 0) ^ 1;
    expect(decodeRecords(Buffer.concat([first, flipped, first])).records).toHaveLength(1);
  });
});
