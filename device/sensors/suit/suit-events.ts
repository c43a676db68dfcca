// Processor events (onsets, offsets, movement intentions, electrode faults, the mains decision) and gaps in
// the stream as wire payloads in wall time. Two channels' onsets in the same millisecond stay two points:
// the bridge places each event's envelope seq below the millisecond.
import { care } from "../../../proto/index.ts";
import type { OutgoingPayload } from "../../pipeline/outgoing.ts";
import type { ElectrodeEvent, IntentEvent, OffsetEvent, OnsetEvent } from "../../suit/index.ts";

type Field = care.v1.Field.$Properties;
const KIND = care.v1.SensorKind.SENSOR_KIND_SUIT;

export class SuitEventPayloads {
  /** Alert id of each channel's raised electrode alert. */
  private readonly openAlerts = new Map<number, string>();

  constructor(
    private readonly sensorId: string,
    private readonly nameOf: (channel: number) => string,
  ) {}

  onset(onset: OnsetEvent, wallMs: number): OutgoingPayload {
    return this.event("emg_onset", wallMs, this.nameOf(onset.channel), [
      { name: "channel", value: onset.channel, unit: "index" },
      { name: "latency_ms", value: onset.detectedAtMs - onset.onsetMs, unit: "ms" },
      { name: "threshold_uv", value: onset.thresholdUv, unit: "uV" },
    ]);
  }

  offset(offset: OffsetEvent, wallMs: number): OutgoingPayload {
    return this.event("emg_offset", wallMs, this.nameOf(offset.channel), [
      { name: "channel", value: offset.channel, unit: "index" },
      { name: "latency_ms", value: offset.detectedAtMs - offset.offsetMs, unit: "ms" },
      { name: "interrupted", value: offset.interrupted ? 1 : 0, unit: "bool" },
    ]);
  }

  intent(intent: IntentEvent, wallMs: number): OutgoingPayload {
    return this.event("movement_intent", wallMs, intent.group, [
      { name: "channel", value: intent.channel, unit: "index" },
      { name: "latency_ms", value: intent.detectedAtMs - intent.onsetMs, unit: "ms" },
    ]);
  }

  /** Samples lost on the link: the event's time is the first lost instant, `end_ms` the first one back. */
  gap(samplesLost: number, startWallMs: number, endWallMs: number): OutgoingPayload {
    return this.event("stream_gap", startWallMs, `${samplesLost} samples lost`, [
      { name: "samples_lost", value: samplesLost, unit: "count" },
      { name: "duration_ms", value: endWallMs - startWallMs, unit: "ms" },
      { name: "end_ms", value: Math.round(endWallMs), unit: "ms" },
    ]);
  }

  mains(hz: number, wallMs: number): OutgoingPayload {
    return this.event("mains_detected", wallMs, `${hz} Hz`, [{ name: "mains_hz", value: hz, unit: "Hz" }]);
  }

  /** An electrode fault gives an event and raises a WARNING alert; the electrode's return clears it. */
  electrode(change: ElectrodeEvent, wallMs: number): OutgoingPayload[] {
    const name = this.nameOf(change.channel);
    const kind = change.state === "off" ? "electrode_off" : "electrode_on";
    const event = this.event(kind, wallMs, change.fault ? `${name} ${change.fault}` : name, [
      { name: "channel", value: change.channel, unit: "index" },
      { name: "latency_ms", value: change.detectedAtMs - change.atMs, unit: "ms" },
    ]);
    const timeMs = event.event.timeMs as number;
    const raised = this.openAlerts.get(change.channel);
    if (change.state === "off" && raised === undefined) {
      const alertId = `${this.sensorId}:electrode:${change.channel}:${timeMs}`;
      this.openAlerts.set(change.channel, alertId);
      return [event, this.alert(alertId, care.v1.AlertState.ALERT_STATE_RAISED, timeMs, change, name)];
    }
    if (change.state === "on" && raised !== undefined) {
      this.openAlerts.delete(change.channel);
      return [event, this.alert(raised, care.v1.AlertState.ALERT_STATE_CLEARED, timeMs, change, name)];
    }
    return [event];
  }

  private alert(
    alertId: string,
    state: care.v1.AlertState,
    timeMs: number,
    change: ElectrodeEvent,
    name: string,
  ): OutgoingPayload {
    const raised = state === care.v1.AlertState.ALERT_STATE_RAISED;
    return {
      alert: {
        alertId,
        sensorId: this.sensorId,
        sensorKind: KIND,
        kind: "electrode_off",
        severity: care.v1.Severity.SEVERITY_WARNING,
        state,
        timeMs,
        message: raised
          ? `electrode ${name} off (${change.fault ?? "fault"}): onsets on it are suppressed`
          : `electrode ${name} back on`,
        fields: [{ name: "channel", value: change.channel, unit: "index" }],
      },
    };
  }

  private event(
    kind: string,
    wallMs: number,
    detail: string,
    fields: Field[],
  ): { event: care.v1.Event.$Properties } {
    const timeMs = Math.round(wallMs);
    return { event: { sensorId: this.sensorId, sensorKind: KIND, kind, timeMs, fields, detail } };
  }
}
