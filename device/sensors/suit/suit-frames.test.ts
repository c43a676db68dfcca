// Golden decode test: recorded suit frames (produced once by the proto/sensor-frame encoders, kept as bytes).
import { describe, expect, it } from "vitest";
import {
  encodeFrame,
  encodeSampleBlock,
  FrameAssembler,
  FrameType,
  type SensorFrame,
} from "../../../proto/index.ts";
import { decodeSuitFrame } from "./suit-frames.ts";

const bytes = (hex: string) => Uint8Array.from(hex.split(" ").map((byte) => Number.parseInt(byte, 16)));

/** Sample block, seq 0xFFFE: counter 0xFFFFFFFE (wraps inside the block), 2000 Hz, 4 channels × 3 instants. */
const BLOCK_FRAME = bytes(
  "A5 5A 20 20 FE FF FE FF FF FF D0 07 04 03 64 00 9C FF FF 7F 00 80 01 00 02 00 03 00 04 00 FB FF 00 00 FA 00 06 FF 04 3D",
);
/** Suit status, seq 0xFFFF: assist level 7, mode 2, battery 88 %, assisting. */
const STATUS_FRAME = bytes("A5 5A 04 31 FF FF 07 02 58 01 D5 79");

function framesOf(stream: Uint8Array): SensorFrame[] {
  return new FrameAssembler().push(stream).flatMap((item) => (item.ok ? [item.value] : []));
}

describe("suit frame decoding (golden bytes)", () => {
  it("decodes a recorded sample block and a recorded status frame from one byte stream", () => {
    const frames = framesOf(new Uint8Array([...BLOCK_FRAME, ...STATUS_FRAME]));
    expect(frames.map((frame) => [frame.type, frame.seq])).toEqual([
      [FrameType.sampleBlock, 0xfffe],
      [FrameType.suitStatus, 0xffff],
    ]);
    const [block, status] = frames.map((frame) => decodeSuitFrame(frame.payload, frame.type));
    expect(block?.ok && block.value.kind === "block" ? block.value.block : null).toEqual({
      firstSample: 0xfffffffe,
      rateHz: 2000,
      channels: 4,
      values: Int16Array.from([100, -100, 32767, -32768, 1, 2, 3, 4, -5, 0, 250, -250]),
    });
    expect(status).toEqual({
      ok: true,
      value: { kind: "status", status: { assistLevel: 7, mode: 2, batteryPct: 88, assisting: true } },
    });
  });

  it("rejects a rate the estimators cannot run, a bad status and a foreign frame type", () => {
    const slow = encodeSampleBlock({
      firstSample: 0,
      rateHz: 100,
      channels: 1,
      values: Int16Array.from([1]),
    });
    expect(decodeSuitFrame(slow, FrameType.sampleBlock)).toEqual({
      ok: false,
      reason: "suit sample rate 100 Hz outside 200–4000 Hz",
    });
    expect(decodeSuitFrame(Uint8Array.from([11, 0, 50, 1]), FrameType.suitStatus).ok).toBe(false);
    expect(decodeSuitFrame(Uint8Array.from([0]), FrameType.bladderEcho).ok).toBe(false);
  });

  it("round-trips through the encoder the emulator uses", () => {
    const payload = encodeSampleBlock({
      firstSample: 0xfffffffe,
      rateHz: 2000,
      channels: 4,
      values: Int16Array.from([100, -100, 32767, -32768, 1, 2, 3, 4, -5, 0, 250, -250]),
    });
    expect(encodeFrame({ type: FrameType.sampleBlock, seq: 0xfffe, payload })).toEqual(BLOCK_FRAME);
  });
});
