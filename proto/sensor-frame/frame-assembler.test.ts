import { describe, expect, it } from "vitest";
import { crc16 } from "./crc16.ts";
import { encodeFrame } from "./frame.ts";
import { FrameAssembler } from "./frame-assembler.ts";
import {
  decodeBladderEcho,
  decodeSampleBlock,
  decodeSuitStatus,
  encodeBladderEcho,
  encodeSampleBlock,
  encodeSuitStatus,
  FrameType,
} from "./frame-types.ts";

const ascii = (text: string) => new TextEncoder().encode(text);

// A bladder echo frame as the sensor sends it: seq 7, ticks 60 000 ms, walls at 31.2 / 126.5 mm,
// strength 201, not moving, battery 87 %.
const GOLDEN_ECHO = "a55a0c10070060ea00003801f104c90057008f79";

function frames(count: number): Uint8Array[] {
  return Array.from({ length: count }, (_, i) =>
    encodeFrame({
      type: FrameType.bladderEcho,
      seq: i,
      payload: encodeBladderEcho({
        ticksMs: i * 1000,
        anteriorMm: 30,
        posteriorMm: 80 + i,
        strength: 200,
        moving: false,
        batteryPct: 90,
      }),
    }),
  );
}

const concat = (parts: Uint8Array[]) => new Uint8Array(parts.flatMap((p) => [...p]));

describe("sensor frame codec", () => {
  it("uses CRC-16/CCITT-FALSE", () => {
    expect(crc16(ascii("123456789"))).toBe(0x29b1);
  });

  it("decodes a recorded bladder echo frame", () => {
    const bytes = Uint8Array.from(Buffer.from(GOLDEN_ECHO, "hex"));
    const [item] = new FrameAssembler().push(bytes);
    expect(item?.ok).toBe(true);
    if (!item?.ok) return;
    expect(item.value.seq).toBe(7);
    const echo = decodeBladderEcho(item.value.payload);
    expect(echo).toEqual({
      ok: true,
      value: {
        ticksMs: 60_000,
        anteriorMm: 31.2,
        posteriorMm: 126.5,
        strength: 201,
        moving: false,
        batteryPct: 87,
      },
    });
  });

  it("reassembles frames from any chunking of the stream", () => {
    const stream = concat(frames(20));
    for (const chunkSize of [1, 2, 7, 19, 64, stream.length]) {
      const assembler = new FrameAssembler();
      const seqs: number[] = [];
      for (let at = 0; at < stream.length; at += chunkSize) {
        for (const item of assembler.push(stream.subarray(at, at + chunkSize)))
          if (item.ok) seqs.push(item.value.seq);
      }
      expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => i));
    }
  });

  it("rejects a corrupt frame and resynchronises on the next one", () => {
    const parts = frames(3);
    const corrupt = parts[1]?.slice() ?? new Uint8Array();
    corrupt[10] = (corrupt[10] ?? 0) ^ 0x40;
    const assembler = new FrameAssembler();
    const items = assembler.push(
      concat([parts[0] ?? new Uint8Array(), ascii("noise!"), corrupt, parts[2] ?? new Uint8Array()]),
    );
    expect(items.filter((i) => i.ok).map((i) => (i.ok ? i.value.seq : -1))).toEqual([0, 2]);
    expect(assembler.counters.badCrc).toBe(1);
    expect(assembler.counters.noiseBytes).toBeGreaterThanOrEqual(6);
  });

  it("survives a megabyte of random bytes with bounded memory", () => {
    let seed = 12345;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed & 0xff;
    };
    const assembler = new FrameAssembler();
    let rejected = 0;
    for (let i = 0; i < 256; i++) {
      const chunk = Uint8Array.from({ length: 4096 }, random);
      rejected += assembler.push(chunk).filter((item) => !item.ok).length;
    }
    const after = assembler.push(concat(frames(2)));
    expect(rejected).toBeGreaterThan(0);
    expect(after.filter((i) => i.ok)).toHaveLength(2);
  });
});

describe("sample block and suit status payloads", () => {
  it("round-trips interleaved samples and rejects inconsistent sizes", () => {
    const block = {
      firstSample: 4_000_000_000,
      rateHz: 2000,
      channels: 4,
      values: Int16Array.from([1, -2, 3, -4, 32767, -32768, 0, 9]),
    };
    const bytes = encodeSampleBlock(block);
    expect(decodeSampleBlock(bytes)).toEqual({ ok: true, value: block });
    expect(decodeSampleBlock(bytes.subarray(0, bytes.length - 2)).ok).toBe(false);
    const zeroRate = bytes.slice();
    zeroRate[4] = 0;
    zeroRate[5] = 0;
    expect(decodeSampleBlock(zeroRate).ok).toBe(false);
  });

  it("decodes suit status and refuses an assist level above 10", () => {
    const status = { assistLevel: 4, mode: 2, batteryPct: 77, assisting: true };
    expect(decodeSuitStatus(encodeSuitStatus(status))).toEqual({ ok: true, value: status });
    expect(decodeSuitStatus(Uint8Array.from([11, 0, 50, 0])).ok).toBe(false);
  });
});
