// One assist session (the suit reports "assisting" until it stops, or an evaluator ends it by command):
// what the session summary observation reports. Plain accumulator, no I/O.
import type { care, SuitStatus } from "../../../proto/index.ts";
import { FatigueTrendTracker, type SpectralWindow } from "../../suit/index.ts";

export type SessionEnd = "suit" | "command" | "agent_stop" | "stream_change";

/** Numeric code of how the session ended, stored as the field "ended_by". */
export const SESSION_END_CODE: Record<SessionEnd, number> = {
  suit: 1,
  command: 2,
  agent_stop: 3,
  stream_change: 4,
};

/** Active spectral windows before a slope is reported, as in the processor's own trend (device/suit). */
const MIN_FATIGUE_WINDOWS = 20;

type Field = care.v1.Field.$Properties;

export class SuitSession {
  private endWallMs: number;
  private readonly activations: number[];
  private readonly fatigue: FatigueTrendTracker[];
  private intents = 0;
  private electrodeOffs = 0;
  private samples = 0;
  private samplesLost = 0;
  private assistSum = 0;
  private statusCount = 0;
  private firstStatus: SuitStatus | null;
  private lastStatus: SuitStatus | null;

  constructor(
    readonly startWallMs: number,
    readonly channelCount: number,
    status: SuitStatus | null,
  ) {
    this.endWallMs = startWallMs;
    this.activations = new Array<number>(channelCount).fill(0);
    this.fatigue = Array.from(
      { length: channelCount },
      (_, c) => new FatigueTrendTracker(c, MIN_FATIGUE_WINDOWS),
    );
    this.firstStatus = status;
    this.lastStatus = status;
    if (status) this.noteStatus(status);
  }

  noteBlock(endWallMs: number, instants: number, lostBefore: number): void {
    this.endWallMs = Math.max(this.endWallMs, endWallMs);
    this.samples += instants;
    this.samplesLost += lostBefore;
  }

  noteStatus(status: SuitStatus): void {
    this.firstStatus ??= status;
    this.lastStatus = status;
    this.assistSum += status.assistLevel;
    this.statusCount++;
  }

  noteOnset(channel: number): void {
    if (channel < this.channelCount) this.activations[channel] = (this.activations[channel] ?? 0) + 1;
  }

  noteIntent(): void {
    this.intents++;
  }

  noteElectrodeOff(): void {
    this.electrodeOffs++;
  }

  /** Only windows of clear activity describe the muscle (see docs/suit-estimators.md). */
  noteSpectrum(spectrum: SpectralWindow, wallMs: number): void {
    if (spectrum.active) this.fatigue[spectrum.channel]?.add(wallMs - this.startWallMs, spectrum.medianHz);
  }

  get durationMs(): number {
    return this.endWallMs - this.startWallMs;
  }

  fields(end: SessionEnd, nameOf: (channel: number) => string): Field[] {
    const fields: Field[] = [
      { name: "duration_s", value: this.durationMs / 1000, unit: "s" },
      { name: "ended_by", value: SESSION_END_CODE[end], unit: "code" },
      { name: "samples", value: this.samples, unit: "count" },
      { name: "samples_lost", value: this.samplesLost, unit: "count" },
      { name: "activations", value: this.activations.reduce((a, b) => a + b, 0), unit: "count" },
      { name: "movement_intents", value: this.intents, unit: "count" },
      { name: "electrode_off_events", value: this.electrodeOffs, unit: "count" },
    ];
    if (this.lastStatus) {
      fields.push(
        { name: "assist_level_mean", value: this.assistSum / Math.max(1, this.statusCount), unit: "level" },
        { name: "assist_level", value: this.lastStatus.assistLevel, unit: "level" },
        { name: "mode", value: this.lastStatus.mode, unit: "code" },
        { name: "battery_start_pct", value: this.firstStatus?.batteryPct ?? 0, unit: "%" },
        { name: "battery_end_pct", value: this.lastStatus.batteryPct, unit: "%" },
      );
    }
    for (let c = 0; c < this.channelCount; c++) {
      const name = nameOf(c);
      fields.push({ name: `${name}_activations`, value: this.activations[c] ?? 0, unit: "count" });
      const trend = this.fatigue[c]?.trend;
      // Too few active windows give no slope (NaN): the field is left out rather than stored as a number.
      if (!trend || !Number.isFinite(trend.slopeHzPerMin)) continue;
      fields.push(
        { name: `${name}_fatigue_hz_per_min`, value: trend.slopeHzPerMin, unit: "Hz/min" },
        { name: `${name}_fatigue_windows`, value: trend.windows, unit: "count" },
      );
      if (Number.isFinite(trend.slopePctPerMin))
        fields.push({ name: `${name}_fatigue_pct_per_min`, value: trend.slopePctPerMin, unit: "%/min" });
    }
    return fields;
  }
}
