// What every emulated sensor shares on its way to the wire: the link it writes to (a serial port, a
// BLE characteristic, a test double) and the one rule for sending a frame over it.
import { MAX_FRAME_BYTES } from "../proto/sensor-frame/index.ts";
import type { OutgoingFrame, SensorFrameStream } from "./bladder/sensor-frame-stream.ts";

export interface FrameSink {
  readonly isOpen: boolean;
  canAccept(byteCount: number): boolean;
  write(bytes: Uint8Array): boolean;
  start(): void;
  close(): Promise<void>;
}

export interface LinkEvents {
  onOpen(): void;
  onClose(reason: string): void;
}

// Beyond the payload, the most one frame can put on the line: its header and CRC, a separator after
// a truncated frame (at most one more frame long) and a noise burst.
const WORST_CASE_EXTRA_BYTES = 2 * MAX_FRAME_BYTES + 16;

/**
 * Numbers (and maybe damages) the next frame, and writes it when the link can take the worst case.
 * A frame the link cannot take is still numbered (the sensor lost it); a write refused after all
 * resets the line, since a partial frame may have gone out.
 */
export function sendFrame(
  stream: SensorFrameStream,
  link: FrameSink,
  type: number,
  payload: Uint8Array,
): { frame: OutgoingFrame; sent: boolean } {
  const transmit = link.canAccept(payload.length + WORST_CASE_EXTRA_BYTES);
  const frame = stream.next(type, payload, transmit);
  const sent = transmit && link.write(frame.bytes);
  if (transmit && !sent) stream.resetLine();
  return { frame, sent };
}
