import { describe, expect, it } from "vitest";
import { agentConfigSpec } from "../config/agent-config.ts";
import { parseWithSchema } from "../config/schema.ts";

const bedOnFirmata = {
  deviceId: "bed101",
  siteId: "facility-a",
  mqtt: { url: "mqtt://127.0.0.1:1883" },
  sensors: [
    {
      id: "bed-1",
      kind: "bed",
      transport: { type: "firmata", path: "/dev/ttyACM0", pins: [0, 1] },
      settings: { countsPerKg: 12.5 },
    },
  ],
  localAlarm: { path: "/dev/ttyACM0", outputs: [{ sensorId: "bed-1", pin: 13 }] },
};

describe("bed on a Firmata board with a bedside alarm (agent config)", () => {
  it("fills the Firmata and alarm defaults", () => {
    const { value, errors } = parseWithSchema(agentConfigSpec, bedOnFirmata, {});
    expect(errors).toEqual([]);
    expect(value.sensors[0]?.transport).toMatchObject({ type: "firmata", rateHz: 100, baudRate: 57_600 });
    expect(value.localAlarm).toMatchObject({ baudRate: 57_600, handshakeTimeoutMs: 10_000 });
    expect(value.localAlarm?.alertKinds).toBeUndefined();
  });

  it("refuses a rate Firmata cannot sample and an alarm without outputs, at once", () => {
    const broken = {
      ...bedOnFirmata,
      sensors: [
        {
          ...bedOnFirmata.sensors[0],
          transport: { type: "firmata", path: "/dev/ttyACM0", pins: [0], rateHz: 30 },
        },
      ],
      localAlarm: { path: "/dev/ttyACM0", outputs: [] },
    };
    const { errors } = parseWithSchema(agentConfigSpec, broken, {});
    expect(errors).toEqual([
      expect.stringContaining("config.sensors[0].transport.rateHz"),
      expect.stringContaining("config.localAlarm.outputs"),
    ]);
  });
});
