// The Firmata protocol (version 2.x, as documented at github.com/firmata/protocol): the command bytes an
// emulated board understands and the replies it sends. MIDI-style framing: a byte ≥ 0x80 starts a
// message, data bytes are 7-bit; SysEx messages run from 0xF0 to 0xF7. Pure encoding, no I/O.

export const DIGITAL_MESSAGE = 0x90;
export const REPORT_ANALOG = 0xc0;
export const REPORT_DIGITAL = 0xd0;
export const ANALOG_MESSAGE = 0xe0;
export const START_SYSEX = 0xf0;
export const SET_PIN_MODE = 0xf4;
export const SET_DIGITAL_PIN_VALUE = 0xf5;
export const END_SYSEX = 0xf7;
export const REPORT_VERSION = 0xf9;
export const SYSTEM_RESET = 0xff;

export const SYSEX = {
  analogMappingQuery: 0x69,
  analogMappingResponse: 0x6a,
  capabilityQuery: 0x6b,
  capabilityResponse: 0x6c,
  pinStateQuery: 0x6d,
  pinStateResponse: 0x6e,
  queryFirmware: 0x79,
  samplingInterval: 0x7a,
} as const;

export const PIN_MODE = { input: 0x00, output: 0x01, analog: 0x02, pwm: 0x03, pullup: 0x0b } as const;

export const PROTOCOL_VERSION = { major: 2, minor: 5 } as const;

/** What one pin can do: [mode, resolution in bits] pairs. */
export type PinCapabilities = readonly (readonly [number, number])[];

export interface BoardLayout {
  pins: readonly PinCapabilities[];
  /** Analog channel of each pin, or null for a digital-only pin. */
  analogChannel: readonly (number | null)[];
}

/** An Arduino Uno: D0/D1 serve the serial line, D2–D13 digital (PWM on 3, 5, 6, 9, 10, 11), A0–A5 = pins 14–19. */
export function unoLayout(): BoardLayout {
  const digital = (pwm: boolean): PinCapabilities => [
    [PIN_MODE.input, 1],
    [PIN_MODE.output, 1],
    [PIN_MODE.pullup, 1],
    ...(pwm ? [[PIN_MODE.pwm, 8] as const] : []),
  ];
  const analog: PinCapabilities = [
    [PIN_MODE.input, 1],
    [PIN_MODE.output, 1],
    [PIN_MODE.analog, 10],
    [PIN_MODE.pullup, 1],
  ];
  const pins: PinCapabilities[] = [];
  const channels: (number | null)[] = [];
  for (let pin = 0; pin < 20; pin++) {
    if (pin < 2) pins.push([]);
    else if (pin < 14) pins.push(digital([3, 5, 6, 9, 10, 11].includes(pin)));
    else pins.push(analog);
    channels.push(pin >= 14 ? pin - 14 : null);
  }
  return { pins, analogChannel: channels };
}

export function reportVersion(): Uint8Array {
  return Uint8Array.from([REPORT_VERSION, PROTOCOL_VERSION.major, PROTOCOL_VERSION.minor]);
}

/** Firmware name as 7-bit pairs (LSB, MSB) per character. */
export function firmwareReport(name: string): Uint8Array {
  const chars = [...name].flatMap((char) => {
    const code = char.charCodeAt(0);
    return [code & 0x7f, (code >> 7) & 0x7f];
  });
  return Uint8Array.from([
    START_SYSEX,
    SYSEX.queryFirmware,
    PROTOCOL_VERSION.major,
    PROTOCOL_VERSION.minor,
    ...chars,
    END_SYSEX,
  ]);
}

export function capabilityResponse(layout: BoardLayout): Uint8Array {
  const body = layout.pins.flatMap((modes) => [...modes.flat(), 0x7f]);
  return Uint8Array.from([START_SYSEX, SYSEX.capabilityResponse, ...body, END_SYSEX]);
}

export function analogMappingResponse(layout: BoardLayout): Uint8Array {
  const body = layout.analogChannel.map((channel) => channel ?? 0x7f);
  return Uint8Array.from([START_SYSEX, SYSEX.analogMappingResponse, ...body, END_SYSEX]);
}

export function pinStateResponse(pin: number, mode: number, state: number): Uint8Array {
  const bytes = [state & 0x7f];
  for (let rest = state >> 7; rest > 0; rest >>= 7) bytes.push(rest & 0x7f);
  return Uint8Array.from([START_SYSEX, SYSEX.pinStateResponse, pin & 0x7f, mode & 0x7f, ...bytes, END_SYSEX]);
}

/** One analog input report: channel 0–15, value 0–16383 (a 10-bit ADC gives 0–1023). */
export function analogReport(channel: number, value: number): [number, number, number] {
  return [ANALOG_MESSAGE | (channel & 0x0f), value & 0x7f, (value >> 7) & 0x7f];
}
