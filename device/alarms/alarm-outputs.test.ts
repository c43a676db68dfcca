import { describe, expect, it } from "vitest";
import { care } from "../../proto/index.ts";
import { AlarmOutputs } from "./alarm-outputs.ts";

const { ALERT_STATE_RAISED: RAISED, ALERT_STATE_CLEARED: CLEARED } = care.v1.AlertState;
const alert = (sensorId: string, kind: string, alertId: string, state: care.v1.AlertState) => ({
  sensorId,
  kind,
  alertId,
  state,
});

describe("bedside alarm outputs", () => {
  const outputs = () =>
    new AlarmOutputs(
      [
        { sensorId: "bed-1", pin: 13 },
        { sensorId: "bed-1", pin: 8 },
        { sensorId: "bed-2", pin: 12 },
      ],
      ["bed_exit", "no_breathing"],
    );

  it("switches every output of the sensor on with a watched alert and off when all are cleared", () => {
    const alarm = outputs();
    expect(alarm.apply(alert("bed-1", "bed_exit", "a", RAISED)).map((c) => [c.pin, c.on])).toEqual([
      [13, true],
      [8, true],
    ]);
    expect(alarm.apply(alert("bed-1", "no_breathing", "b", RAISED))).toEqual([]);
    expect(alarm.apply(alert("bed-1", "bed_exit", "a", CLEARED))).toEqual([]);
    expect(alarm.onPins).toEqual([13, 8]);
    expect(alarm.apply(alert("bed-1", "no_breathing", "b", CLEARED)).map((c) => c.on)).toEqual([
      false,
      false,
    ]);
  });

  it("ignores other sensors' outputs, unwatched kinds and a repeated RAISED", () => {
    const alarm = outputs();
    expect(alarm.apply(alert("bed-2", "toilet_soon", "x", RAISED))).toEqual([]);
    expect(alarm.apply(alert("bed-2", "bed_exit", "y", RAISED))).toHaveLength(1);
    expect(alarm.apply(alert("bed-2", "bed_exit", "y", RAISED))).toEqual([]);
    expect(alarm.onPins).toEqual([12]);
  });
});
