// An emulated Firmata board's state: pin modes, output levels, which analog channels report and how
// often. It answers the host's queries (firmata.js is ready only after REPORT_VERSION, QUERY_FIRMWARE,
// CAPABILITY_QUERY and ANALOG_MAPPING_QUERY are answered), applies writes, and reports every change
// of an output pin as an event so tests can watch a bedside alarm switch. Pure: bytes in, bytes and
// events out; the caller owns the port and the clock.
import { type FirmataMessage, FirmataParser } from "./firmata-parser.ts";
import {
  analogMappingResponse,
  analogReport,
  type BoardLayout,
  capabilityResponse,
  firmwareReport,
  PIN_MODE,
  pinStateResponse,
  reportVersion,
  SYSEX,
  unoLayout,
} from "./firmata-protocol.ts";

export type BoardEvent =
  | { type: "pin_mode"; pin: number; mode: number }
  | { type: "output"; pin: number; value: number }
  | { type: "report_analog"; channel: number; enabled: boolean }
  | { type: "sampling_interval"; ms: number }
  | { type: "reset" };

export interface DeviceOutput {
  replies: Uint8Array[];
  events: BoardEvent[];
}

/** StandardFirmata's default sampling interval. */
export const DEFAULT_SAMPLING_INTERVAL_MS = 19;
/** StandardFirmata refuses shorter intervals. */
export const MIN_SAMPLING_INTERVAL_MS = 10;

export class FirmataDevice {
  private readonly parser = new FirmataParser();
  private readonly modes: number[];
  private readonly levels: number[];
  private readonly reporting = new Set<number>();
  private intervalMs = DEFAULT_SAMPLING_INTERVAL_MS;

  constructor(
    private readonly layout: BoardLayout = unoLayout(),
    private readonly firmwareName = "StandardFirmata.ino",
  ) {
    // As StandardFirmata starts: analog-capable pins read analog, every other pin is a digital output.
    this.modes = layout.analogChannel.map((channel) =>
      channel === null ? PIN_MODE.output : PIN_MODE.analog,
    );
    this.levels = layout.pins.map(() => 0);
  }

  get samplingIntervalMs(): number {
    return this.intervalMs;
  }

  /** Analog channels reporting, in the order the board reports them (ascending). */
  get reportingChannels(): number[] {
    return [...this.reporting].sort((a, b) => a - b);
  }

  outputLevel(pin: number): number {
    return this.levels[pin] ?? 0;
  }

  receive(bytes: Uint8Array): DeviceOutput {
    const output: DeviceOutput = { replies: [], events: [] };
    for (const message of this.parser.push(bytes)) this.handle(message, output);
    return output;
  }

  /** One sampling tick: a report for each reporting channel; `readingOf` gives the ADC reading. */
  analogReports(readingOf: (channel: number) => number): Uint8Array {
    const bytes: number[] = [];
    for (const channel of this.reportingChannels) bytes.push(...analogReport(channel, readingOf(channel)));
    return Uint8Array.from(bytes);
  }

  private handle(message: FirmataMessage, output: DeviceOutput): void {
    switch (message.type) {
      case "report_version":
        output.replies.push(reportVersion());
        return;
      case "sysex":
        this.handleSysex(message.command, message.data, output);
        return;
      case "pin_mode":
        if (message.pin >= this.modes.length) return;
        this.modes[message.pin] = message.mode;
        output.events.push({ type: "pin_mode", pin: message.pin, mode: message.mode });
        return;
      case "digital_port":
        for (let bit = 0; bit < 8; bit++)
          this.setOutput(message.port * 8 + bit, (message.mask >> bit) & 1, output);
        return;
      case "digital_pin":
        this.setOutput(message.pin, message.value ? 1 : 0, output);
        return;
      case "report_analog":
        if (message.enable) this.reporting.add(message.channel);
        else this.reporting.delete(message.channel);
        output.events.push({ type: "report_analog", channel: message.channel, enabled: message.enable });
        return;
      case "reset":
        this.reporting.clear();
        this.intervalMs = DEFAULT_SAMPLING_INTERVAL_MS;
        output.events.push({ type: "reset" });
        return;
      default:
        // Digital input reporting and PWM writes are accepted and ignored: nothing here reads them.
        return;
    }
  }

  private handleSysex(command: number, data: readonly number[], output: DeviceOutput): void {
    if (command === SYSEX.queryFirmware) output.replies.push(firmwareReport(this.firmwareName));
    else if (command === SYSEX.capabilityQuery) output.replies.push(capabilityResponse(this.layout));
    else if (command === SYSEX.analogMappingQuery) output.replies.push(analogMappingResponse(this.layout));
    else if (command === SYSEX.pinStateQuery) {
      const pin = data[0] ?? 0;
      output.replies.push(pinStateResponse(pin, this.modes[pin] ?? 0, this.levels[pin] ?? 0));
    } else if (command === SYSEX.samplingInterval) {
      this.intervalMs = Math.max(MIN_SAMPLING_INTERVAL_MS, (data[0] ?? 0) | ((data[1] ?? 0) << 7));
      output.events.push({ type: "sampling_interval", ms: this.intervalMs });
    }
  }

  /** Only pins set to OUTPUT follow writes (a port message also covers input pins). */
  private setOutput(pin: number, value: number, output: DeviceOutput): void {
    if (pin >= this.levels.length || this.modes[pin] !== PIN_MODE.output) return;
    if (this.levels[pin] === value) return;
    this.levels[pin] = value;
    output.events.push({ type: "output", pin, value });
  }
}
