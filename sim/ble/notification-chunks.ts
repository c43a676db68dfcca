// A byte stream crosses BLE as a series of notifications, each at most one ATT payload long. Frame
// boundaries are not preserved (the receiver's frame assembler resynchronises on its own), so bytes are
// simply cut in order.

/** Splits `bytes` into consecutive views of at most `maxBytes` bytes; empty input gives no chunks. */
export function notificationChunks(bytes: Uint8Array, maxBytes: number): Uint8Array[] {
  if (!Number.isInteger(maxBytes) || maxBytes < 1) throw new RangeError(`bad chunk size ${maxBytes}`);
  const chunks: Uint8Array[] = [];
  for (let start = 0; start < bytes.length; start += maxBytes) {
    chunks.push(bytes.subarray(start, Math.min(bytes.length, start + maxBytes)));
  }
  return chunks;
}
