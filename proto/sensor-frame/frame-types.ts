// Payload layouts of the sensor frame types. All integers little-endian.
import { ok, type Result, rejected } from "../result.ts";

export const FrameType = {
  /** Identity, sent at power-up and every 10 s: kind u8, firmware u16, id (ASCII, rest of payload). */
  hello: 0x01,
  /** One ultrasound reading of a bladder sensor. */
  bladderEcho: 0x10,
  /** A block of multi-channel samples (bed piezo/load cells, suit EMG). */
  sampleBlock: 0x20,
  /** Assist-suit state: assist level, mode, battery. */
  suitStatus: 0x31,
} as const;

export const SensorKindCode = { bladder: 1, bed: 2, suit: 3 } as const;

export interface HelloPayload {
  kindCode: number;
  firmware: number;
  sensorId: string;
}

export function encodeHello(hello: HelloPayload): Uint8Array {
  const id = new TextEncoder().encode(hello.sensorId);
  const bytes = new Uint8Array(3 + id.length);
  bytes[0] = hello.kindCode;
  new DataView(bytes.buffer).setUint16(1, hello.firmware, true);
  bytes.set(id, 3);
  return bytes;
}

export function decodeHello(payload: Uint8Array): Result<HelloPayload> {
  if (payload.length < 4 || payload.length > 67) return rejected(`hello payload of ${payload.length} bytes`);
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  const sensorId = new TextDecoder().decode(payload.subarray(3));
  if (!/^[A-Za-z0-9_-]+$/.test(sensorId)) return rejected("hello sensor id has invalid characters");
  return ok({ kindCode: view.getUint8(0), firmware: view.getUint16(1, true), sensorId });
}

/**
 * Bladder echo reading (12 bytes):
 *   ticks_ms u32     sensor clock, ms since sensor power-up (wraps after 49.7 days)
 *   anterior u16     depth of the anterior bladder wall echo, 0.1 mm
 *   posterior u16    depth of the posterior bladder wall echo, 0.1 mm (0 = no echo)
 *   strength u8      echo strength 0..255 (skin contact quality)
 *   flags u8         bit0 = sensor reports motion during the reading
 *   battery u8       percent
 *   reserved u8
 */
export interface BladderEcho {
  ticksMs: number;
  anteriorMm: number;
  posteriorMm: number;
  strength: number;
  moving: boolean;
  batteryPct: number;
}

export const BLADDER_ECHO_BYTES = 12;

export function encodeBladderEcho(echo: BladderEcho): Uint8Array {
  const bytes = new Uint8Array(BLADDER_ECHO_BYTES);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, echo.ticksMs >>> 0, true);
  view.setUint16(4, Math.round(echo.anteriorMm * 10), true);
  view.setUint16(6, Math.round(echo.posteriorMm * 10), true);
  view.setUint8(8, echo.strength);
  view.setUint8(9, echo.moving ? 1 : 0);
  view.setUint8(10, echo.batteryPct);
  return bytes;
}

export function decodeBladderEcho(payload: Uint8Array): Result<BladderEcho> {
  if (payload.length !== BLADDER_ECHO_BYTES) {
    return rejected(`bladder echo payload of ${payload.length} bytes, expected ${BLADDER_ECHO_BYTES}`);
  }
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  const anteriorMm = view.getUint16(4, true) / 10;
  const posteriorMm = view.getUint16(6, true) / 10;
  if (posteriorMm !== 0 && posteriorMm < anteriorMm) {
    return rejected(`posterior wall ${posteriorMm} mm lies in front of anterior wall ${anteriorMm} mm`);
  }
  const batteryPct = view.getUint8(10);
  if (batteryPct > 100) return rejected(`battery ${batteryPct} % out of range`);
  return ok({
    ticksMs: view.getUint32(0, true),
    anteriorMm,
    posteriorMm,
    strength: view.getUint8(8),
    moving: (view.getUint8(9) & 1) === 1,
    batteryPct,
  });
}

/**
 * Sample block (8 + 2·channels·count bytes, at most 250):
 *   first_sample u32   sensor sample counter of the first sample instant (wraps)
 *   rate_hz u16        sampling rate
 *   channels u8        channels per sample instant (1..16)
 *   count u8           sample instants in this block
 *   values i16[...]    interleaved: instant 0 ch 0..n-1, instant 1 ch 0..n-1, ...
 */
export interface SampleBlock {
  firstSample: number;
  rateHz: number;
  channels: number;
  /** Interleaved raw counts, channels × count. */
  values: Int16Array;
}

export const SAMPLE_BLOCK_HEADER_BYTES = 8;

export function encodeSampleBlock(block: SampleBlock): Uint8Array {
  const count = block.values.length / block.channels;
  const bytes = new Uint8Array(SAMPLE_BLOCK_HEADER_BYTES + block.values.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, block.firstSample >>> 0, true);
  view.setUint16(4, block.rateHz, true);
  view.setUint8(6, block.channels);
  view.setUint8(7, count);
  block.values.forEach((value, i) => {
    view.setInt16(SAMPLE_BLOCK_HEADER_BYTES + 2 * i, value, true);
  });
  return bytes;
}

export function decodeSampleBlock(payload: Uint8Array): Result<SampleBlock> {
  if (payload.length < SAMPLE_BLOCK_HEADER_BYTES) return rejected(`sample block of ${payload.length} bytes`);
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  const rateHz = view.getUint16(4, true);
  const channels = view.getUint8(6);
  const count = view.getUint8(7);
  if (rateHz === 0) return rejected("sample block with rate 0 Hz");
  if (channels < 1 || channels > 16) return rejected(`sample block with ${channels} channels`);
  if (payload.length !== SAMPLE_BLOCK_HEADER_BYTES + 2 * channels * count) {
    return rejected(`sample block of ${payload.length} bytes does not hold ${count}×${channels} samples`);
  }
  const values = new Int16Array(channels * count);
  for (let i = 0; i < values.length; i++) values[i] = view.getInt16(SAMPLE_BLOCK_HEADER_BYTES + 2 * i, true);
  return ok({ firstSample: view.getUint32(0, true), rateHz, channels, values });
}

/** Suit status (4 bytes): assist_level u8 (0..10), mode u8, battery_pct u8, flags u8 (bit0 = assisting). */
export interface SuitStatus {
  assistLevel: number;
  mode: number;
  batteryPct: number;
  assisting: boolean;
}

export function encodeSuitStatus(status: SuitStatus): Uint8Array {
  return Uint8Array.from([status.assistLevel, status.mode, status.batteryPct, status.assisting ? 1 : 0]);
}

export function decodeSuitStatus(payload: Uint8Array): Result<SuitStatus> {
  if (payload.length !== 4) return rejected(`suit status of ${payload.length} bytes, expected 4`);
  const [assistLevel = 0, mode = 0, batteryPct = 0, flags = 0] = payload;
  if (assistLevel > 10) return rejected(`assist level ${assistLevel} out of range`);
  if (batteryPct > 100) return rejected(`battery ${batteryPct} % out of range`);
  return ok({ assistLevel, mode, batteryPct, assisting: (flags & 1) === 1 });
}
