import { type BladderEcho, care, decodeBladderEcho, FrameType } from "../../../proto/index.ts";
import { channel } from "../channel.ts";
import type { SensorDefinition } from "../sensor-definition.ts";
import { createBladderAnalyzer } from "./bladder-analyzer.ts";
import { type BladderSettings, parseBladderSettings } from "./bladder-settings.ts";
import { fillObservation } from "./fill-observation.ts";

export const bladderDefinition: SensorDefinition<BladderEcho, BladderSettings> = {
  kind: "bladder",
  protoKind: care.v1.SensorKind.SENSOR_KIND_BLADDER,
  frameType: FrameType.bladderEcho,
  decode: decodeBladderEcho,
  ticksMs: (echo) => echo.ticksMs,
  stream: "bladder_echo",
  channels: [
    channel("anterior_mm", "mm", 0.1, (echo) => echo.anteriorMm),
    channel("posterior_mm", "mm", 0.1, (echo) => echo.posteriorMm),
    channel("strength", "raw", 1, (echo) => echo.strength),
    channel("moving", "bool", 1, (echo) => (echo.moving ? 1 : 0)),
    channel("battery_pct", "%", 1, (echo) => echo.batteryPct),
  ],
  defaultWindowMs: 5 * 60_000,
  parseSettings: parseBladderSettings,
  estimateWindow: (window, settings) =>
    fillObservation(
      window.map((stamped) => stamped.reading),
      settings,
    ),
  createAnalyzer: createBladderAnalyzer,
};
