import { describe, expect, it } from "vitest";
import { notificationChunks } from "./notification-chunks.ts";

const bytes = (length: number) => Uint8Array.from({ length }, (_, i) => i % 256);

describe("notificationChunks", () => {
  it("keeps a frame that fits in one notification whole", () => {
    const chunks = notificationChunks(bytes(20), 180);
    expect(chunks).toHaveLength(1);
    expect([...(chunks[0] ?? [])]).toEqual([...bytes(20)]);
  });

  it("cuts a maximal 258-byte frame into 180 + 78 bytes, in order", () => {
    const frame = bytes(258);
    const chunks = notificationChunks(frame, 180);
    expect(chunks.map((chunk) => chunk.length)).toEqual([180, 78]);
    expect(Buffer.concat(chunks).equals(Buffer.from(frame))).toBe(true);
  });

  it("gives exact multiples without an empty tail, and nothing for nothing", () => {
    expect(notificationChunks(bytes(360), 180).map((chunk) => chunk.length)).toEqual([180, 180]);
    expect(notificationChunks(new Uint8Array(0), 180)).toEqual([]);
  });

  it("refuses a chunk size that cannot make progress", () => {
    expect(() => notificationChunks(bytes(4), 0)).toThrow(RangeError);
  });
});
