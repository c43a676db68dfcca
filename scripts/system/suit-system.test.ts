import { describe, expect, it } from "vitest";
import { parseSuitSettings } from "../../device/sensors/suit/suit-settings.ts";
import { suitDspOverrides } from "../../device/sensors/suit/suit-stream.ts";
import { drawSuitSession } from "../../sim/suit/index.ts";
import { harnessSuitSettings } from "../../test/accuracy/suit-session.ts";
import type { SuitUnit } from "./suit-system.ts";
import { suitAgentConfig, suitSettings } from "./suit-system.ts";
import { type BrokerAccess, defaultSystemOptions } from "./system-config.ts";

const broker: BrokerAccess = { url: "mqtt://127.0.0.1:1883" };

describe("the demo's suit agents", () => {
  it("run the intention groups the accuracy harness measures, whatever channel count the suit draws", () => {
    const options = { ...defaultSystemOptions, suits: { count: 1, sessionS: 60, sessions: 0 } };
    const parsed = parseSuitSettings(suitSettings(options));
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.value.intentGroups).toHaveLength(1);
    for (const channelCount of [4, 6, 8]) {
      const scenario = drawSuitSession(11, { channelCount });
      const groups = (settings: typeof parsed.value) =>
        suitDspOverrides(settings, channelCount).overrides.intent?.groups?.map((group) => group.channels);
      expect(groups(parsed.value)).toEqual(groups(harnessSuitSettings(scenario)));
    }
  });

  it("put the settings into the agent's sensor entry", () => {
    const options = {
      ...defaultSystemOptions,
      suits: { count: 1, sessionS: 60, sessions: 0, channelCount: 6 },
    };
    const unit: SuitUnit = {
      deviceId: "suit101",
      sensorId: "suit-1",
      link: { type: "ble", address: "C0:FF:EE:00:01:01", name: "suit-1" },
    };
    const config = suitAgentConfig(options, unit, broker, "/tmp/run");
    const settings = config.sensors[0]?.settings;
    expect(settings?.channelNames).toEqual(["VL_R", "BF_R", "TA_R", "ES_R", "GM_R", "GAS_R"]);
    expect(settings?.intentGroups).toEqual([{ name: "movement", channels: settings?.channelNames }]);
  });
});
