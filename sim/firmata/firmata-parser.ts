// Splits the bytes a Firmata host sends into messages. A command byte interrupting an unfinished
// message drops the unfinished part (as the Arduino firmware does), so line noise costs one message.
import {
  ANALOG_MESSAGE,
  DIGITAL_MESSAGE,
  END_SYSEX,
  REPORT_ANALOG,
  REPORT_DIGITAL,
  REPORT_VERSION,
  SET_DIGITAL_PIN_VALUE,
  SET_PIN_MODE,
  START_SYSEX,
  SYSTEM_RESET,
} from "./firmata-protocol.ts";

export type FirmataMessage =
  | { type: "digital_port"; port: number; mask: number }
  | { type: "report_analog"; channel: number; enable: boolean }
  | { type: "report_digital"; port: number; enable: boolean }
  | { type: "analog_write"; pin: number; value: number }
  | { type: "pin_mode"; pin: number; mode: number }
  | { type: "digital_pin"; pin: number; value: number }
  | { type: "report_version" }
  | { type: "reset" }
  | { type: "sysex"; command: number; data: number[] };

/** Bytes in a message by its command (upper nibble below 0xF0, whole byte above). */
function messageLength(command: number): number {
  const group = command < 0xf0 ? command & 0xf0 : command;
  if (group === DIGITAL_MESSAGE || group === ANALOG_MESSAGE) return 3;
  if (group === REPORT_ANALOG || group === REPORT_DIGITAL) return 2;
  if (group === SET_PIN_MODE || group === SET_DIGITAL_PIN_VALUE) return 3;
  if (group === REPORT_VERSION || group === SYSTEM_RESET) return 1;
  return 0;
}

function toMessage(bytes: readonly number[]): FirmataMessage | null {
  const [command = 0, a = 0, b = 0] = bytes;
  const group = command < 0xf0 ? command & 0xf0 : command;
  const low = command & 0x0f;
  switch (group) {
    case DIGITAL_MESSAGE:
      return { type: "digital_port", port: low, mask: a | (b << 7) };
    case REPORT_ANALOG:
      return { type: "report_analog", channel: low, enable: a !== 0 };
    case REPORT_DIGITAL:
      return { type: "report_digital", port: low, enable: a !== 0 };
    case ANALOG_MESSAGE:
      return { type: "analog_write", pin: low, value: a | (b << 7) };
    case SET_PIN_MODE:
      return { type: "pin_mode", pin: a, mode: b };
    case SET_DIGITAL_PIN_VALUE:
      return { type: "digital_pin", pin: a, value: b };
    case REPORT_VERSION:
      return { type: "report_version" };
    case SYSTEM_RESET:
      return { type: "reset" };
    default:
      return null;
  }
}

export class FirmataParser {
  private message: number[] = [];
  private sysex = false;

  push(bytes: Uint8Array): FirmataMessage[] {
    const out: FirmataMessage[] = [];
    for (const byte of bytes) {
      if (this.sysex) {
        if (byte === END_SYSEX) {
          const [command = 0, ...data] = this.message;
          out.push({ type: "sysex", command, data });
          this.sysex = false;
          this.message = [];
        } else if (byte >= 0x80) {
          this.sysex = false;
          this.message = [];
          this.start(byte, out);
        } else {
          this.message.push(byte);
        }
        continue;
      }
      if (byte >= 0x80) this.start(byte, out);
      else if (this.message.length > 0) this.append(byte, out);
      // A data byte outside any message is noise: dropped.
    }
    return out;
  }

  private start(byte: number, out: FirmataMessage[]): void {
    this.message = [];
    if (byte === START_SYSEX) {
      this.sysex = true;
      return;
    }
    if (messageLength(byte) === 0) return;
    this.append(byte, out);
  }

  private append(byte: number, out: FirmataMessage[]): void {
    this.message.push(byte);
    const command = this.message[0] ?? 0;
    if (this.message.length < messageLength(command)) return;
    const message = toMessage(this.message);
    if (message) out.push(message);
    this.message = [];
  }
}
