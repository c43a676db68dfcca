import { describe, expect, it } from "vitest";
import { type care, encodeEnvelope } from "../../proto/index.ts";
import type { SendablePayload } from "./envelope-factory.ts";
import { fitPayload, splitSampleBatch } from "./fit-envelope.ts";

function batch(instants: number, channels = 16): care.v1.SampleBatch.$Properties {
  return {
    sensorId: "suit-1",
    stream: "emg",
    channelNames: Array.from({ length: channels }, (_, c) => `ch${c}`),
    values: Array.from({ length: instants * channels }, (_, i) => ((i * 7919) % 60_000) - 30_000),
    startTimeUs: 1_700_000_000_000_000,
    sampleOffsetsUs: Array.from({ length: instants }, (_, i) => i * 1000 + (i % 3)),
    firstSensorSeq: 500,
    gapBefore: 2,
  };
}
const size = (payload: SendablePayload) => encodeEnvelope({ deviceId: "d", seq: 1, ...payload }).length;
/** Every sample instant as (time, sensor seq, values): what the bridge turns into points. */
function instants(batches: care.v1.SampleBatch.$Properties[]): string[] {
  return batches.flatMap((b) => {
    const channels = b.channelNames?.length ?? 1;
    return (b.sampleOffsetsUs ?? []).map(
      (offset, i) =>
        `${Number(b.startTimeUs) + offset}/${(b.firstSensorSeq ?? 0) + i}/${(b.values ?? []).slice(i * channels, (i + 1) * channels).join(",")}`,
    );
  });
}

describe("fitPayload", () => {
  it("leaves a payload that fits alone", () => {
    const payload = { samples: batch(10) };
    expect(fitPayload(payload, size, 256 * 1024)).toEqual({ pieces: [payload], oversized: [] });
  });

  it("splits 10 000 instants × 16 channels into pieces under the limit with every instant, time and seq kept", () => {
    const original = batch(10_000);
    expect(size({ samples: original })).toBeGreaterThan(256 * 1024);
    const { pieces, oversized } = fitPayload({ samples: original }, size, 256 * 1024);
    expect(oversized).toEqual([]);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(size(piece)).toBeLessThanOrEqual(256 * 1024);
    const batches = pieces.map((piece) => ("samples" in piece ? piece.samples : {}));
    expect(instants(batches)).toEqual(instants([original]));
    expect(batches.map((b) => b.gapBefore)).toEqual([2, ...batches.slice(1).map(() => 0)]);
  });

  it("returns what cannot be split as oversized", () => {
    const alert = { alert: { sensorId: "s", message: "x".repeat(2_000) } };
    expect(fitPayload(alert, size, 1_000)).toEqual({ pieces: [], oversized: [alert] });
    const single = { samples: batch(1, 600) };
    expect(fitPayload(single, size, 1_000).oversized).toEqual([single]);
  });

  it("splits a regularly sampled batch by its period", () => {
    const regular = { ...batch(4, 1), sampleOffsetsUs: [], samplePeriodUs: 500 };
    const [, tail] = splitSampleBatch(regular, 3);
    expect(tail).toMatchObject({
      startTimeUs: 1_700_000_000_001_500,
      firstSensorSeq: 503,
      values: [regular.values?.[3]],
    });
  });
});
