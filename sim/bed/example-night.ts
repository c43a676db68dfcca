// A short scripted scenario: a readable example of the scenario format, and a fixture for tests.
import { drawResident, drawSensor } from "./residents.ts";
import type { NightScenario, NightSegment } from "./scenario.ts";

const segment = (startS: number, endS: number, partial: Partial<NightSegment>): NightSegment => ({
  startS,
  endS,
  state: "in_bed_awake",
  posture: "supine",
  asleep: false,
  rampS: 0,
  movementIntensity: 0,
  ...partial,
});

/** A scripted five-minute night: get in, fall asleep, a 30-s apnoea, sit up, get out. */
export function exampleNight(): NightScenario {
  return {
    seed: 1,
    durationS: 300,
    resident: drawResident(1),
    sensor: drawSensor(1, { channels: 2, sampleRateHz: 100 }),
    segments: [
      segment(0, 20, { state: "empty", posture: "out" }),
      segment(20, 30, { state: "sitting_up", posture: "edge", rampS: 2, movementIntensity: 0.05 }),
      segment(30, 35, { state: "moving", posture: "supine", rampS: 5, movementIntensity: 0.08 }),
      segment(35, 200, { state: "asleep", asleep: true }),
      segment(200, 204, { state: "moving", posture: "edge", rampS: 4, movementIntensity: 0.08 }),
      segment(204, 210, { state: "sitting_up", posture: "edge" }),
      segment(210, 300, { state: "empty", posture: "out", rampS: 1.5, movementIntensity: 0.05 }),
    ],
    apnoeas: [{ startS: 100, durationS: 30 }],
    fidgets: [{ startS: 60, durationS: 2, intensity: 0.02 }],
  };
}
