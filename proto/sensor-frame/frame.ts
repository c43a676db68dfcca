// The sensor serial frame protocol (documented in docs/serial-frame-protocol.md):
//   0xA5 0x5A | length u8 | type u8 | seq u16 LE | payload[length] | crc16 u16 LE
// The CRC covers length, type, seq and payload.
import { crc16 } from "./crc16.ts";

export const SYNC_0 = 0xa5;
export const SYNC_1 = 0x5a;
export const HEADER_BYTES = 6;
export const CRC_BYTES = 2;
export const MAX_PAYLOAD_BYTES = 250;
export const MAX_FRAME_BYTES = HEADER_BYTES + MAX_PAYLOAD_BYTES + CRC_BYTES;

export interface SensorFrame {
  type: number;
  /** Sensor-side frame counter, wraps at 65536. */
  seq: number;
  payload: Uint8Array;
}

export function encodeFrame(frame: SensorFrame): Uint8Array {
  if (frame.payload.length > MAX_PAYLOAD_BYTES) {
    throw new RangeError(`frame payload of ${frame.payload.length} bytes exceeds ${MAX_PAYLOAD_BYTES}`);
  }
  const bytes = new Uint8Array(HEADER_BYTES + frame.payload.length + CRC_BYTES);
  const view = new DataView(bytes.buffer);
  bytes[0] = SYNC_0;
  bytes[1] = SYNC_1;
  bytes[2] = frame.payload.length;
  bytes[3] = frame.type & 0xff;
  view.setUint16(4, frame.seq & 0xffff, true);
  bytes.set(frame.payload, HEADER_BYTES);
  const crcAt = HEADER_BYTES + frame.payload.length;
  view.setUint16(crcAt, crc16(bytes, 2, crcAt), true);
  return bytes;
}
