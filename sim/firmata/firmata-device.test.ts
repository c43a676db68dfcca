import { EventEmitter } from "node:events";
import firmataIo from "firmata-io";
import { describe, expect, it } from "vitest";
import { type BoardEvent, FirmataDevice } from "./firmata-device.ts";
import { FirmataParser } from "./firmata-parser.ts";

/** firmata.js talking to the emulated board through an in-memory line instead of a pty. */
function connect() {
  const device = new FirmataDevice();
  const events: BoardEvent[] = [];
  const line = new EventEmitter() as EventEmitter & { write(bytes: Buffer): void };
  line.write = (bytes) => {
    const output = device.receive(new Uint8Array(bytes));
    events.push(...output.events);
    for (const reply of output.replies) setImmediate(() => line.emit("data", Buffer.from(reply)));
  };
  const io = new firmataIo.Firmata(line, { reportVersionTimeout: 10 });
  const ready = new Promise<void>((resolve) => io.once("ready", () => resolve()));
  return { device, io, line, events, ready };
}

describe("Firmata board emulator", () => {
  it("completes firmata.js's handshake: version, firmware, capabilities, analog mapping", async () => {
    const { io, ready } = connect();
    await ready;
    expect(io.firmware.name).toBe("StandardFirmata.ino");
    expect(io.analogPins).toEqual([14, 15, 16, 17, 18, 19]);
    expect(io.pins).toHaveLength(20);
  });

  it("reports the analog channels the host enabled, at the interval it set", async () => {
    const { device, io, line, events, ready } = connect();
    await ready;
    const seen: number[] = [];
    io.setSamplingInterval(10);
    io.analogRead(1, (value) => seen.push(value));
    expect(device.samplingIntervalMs).toBe(10);
    expect(device.reportingChannels).toEqual([1]);
    line.emit("data", Buffer.from(device.analogReports((channel) => channel * 1000 + 23)));
    expect(seen).toEqual([1023]);
    expect(events).toContainEqual({ type: "report_analog", channel: 1, enabled: true });
  });

  it("records output pins as the host switches them, whichever write message it uses", async () => {
    const { device, io, line, events, ready } = connect();
    await ready;
    io.pinMode(13, 1);
    io.digitalWrite(13, 1);
    expect(device.outputLevel(13)).toBe(1);
    io.digitalWrite(13, 0);
    line.write(Buffer.from([0xf5, 13, 1]));
    expect(events.filter((e) => e.type === "output")).toEqual([
      { type: "output", pin: 13, value: 1 },
      { type: "output", pin: 13, value: 0 },
      { type: "output", pin: 13, value: 1 },
    ]);
  });

  it("drops a message cut short by the next command and recovers", () => {
    const messages = new FirmataParser().push(Uint8Array.from([0x42, 0xf4, 13, 0xf9, 0xf0, 0x79, 0xf7]));
    expect(messages).toEqual([{ type: "report_version" }, { type: "sysex", command: 0x79, data: [] }]);
  });
});
