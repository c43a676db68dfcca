// Which bedside outputs should be on: an output is on while any alert of a watched kind is raised for
// its sensor, and off once every such alert is cleared (or acknowledged: a caregiver is there). Keyed by
// alert id, so a repeated RAISED (a redelivered payload) changes nothing. Pure state.
import { care } from "../../proto/index.ts";

export interface AlarmOutput {
  sensorId: string;
  pin: number;
}

export interface LevelChange {
  pin: number;
  on: boolean;
  sensorId: string;
  kind: string;
}

export class AlarmOutputs {
  private readonly active = new Map<number, Set<string>>();

  constructor(
    private readonly outputs: readonly AlarmOutput[],
    private readonly kinds: readonly string[],
  ) {
    for (const output of outputs) this.active.set(output.pin, new Set());
  }

  /** Pins currently on. */
  get onPins(): number[] {
    return [...this.active.entries()].filter(([, ids]) => ids.size > 0).map(([pin]) => pin);
  }

  get pins(): number[] {
    return [...this.active.keys()];
  }

  /** The outputs whose level this alert changes. */
  apply(alert: care.v1.Alert.$Properties): LevelChange[] {
    const kind = alert.kind ?? "";
    if (!this.kinds.includes(kind)) return [];
    const raised = alert.state === care.v1.AlertState.ALERT_STATE_RAISED;
    const changes: LevelChange[] = [];
    for (const output of this.outputs) {
      if (output.sensorId !== alert.sensorId) continue;
      const ids = this.active.get(output.pin);
      if (!ids) continue;
      const wasOn = ids.size > 0;
      if (raised) ids.add(alert.alertId ?? "");
      else ids.delete(alert.alertId ?? "");
      const on = ids.size > 0;
      if (on !== wasOn) changes.push({ pin: output.pin, on, sensorId: output.sensorId, kind });
    }
    return changes;
  }
}
