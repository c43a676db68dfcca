// Scores the per-window `bladder_fill` observation the way the pipeline makes it: readings grouped into
// event-time windows of the bladder definition's length, each window estimated once it closes, by the
// analyzer when it has its own window estimate (posture) or else by the definition. A window is scored
// when every reading in it had the transducer on the skin and the estimate's quality is good; the truth is
// the mean true volume of its readings.

import type { SensorAnalyzer, SensorDefinition, Stamped } from "../../device/sensors/sensor-definition.ts";
import type { BladderEcho } from "../../proto/index.ts";
import { care } from "../../proto/index.ts";

interface WindowReading {
  stamped: Stamped<BladderEcho>;
  trueVolumeMl: number;
  attached: boolean;
}

export class WindowFillScorer<Settings> {
  readonly errorsMl: number[] = [];
  private window: WindowReading[] = [];
  private index: number | null = null;

  constructor(
    private readonly definition: SensorDefinition<BladderEcho, Settings>,
    private readonly settings: Settings,
    private readonly analyzer: SensorAnalyzer<BladderEcho>,
  ) {}

  /** Call after the analyzer has analysed the reading, as in the pipeline. */
  add(reading: WindowReading): void {
    const index = Math.floor(reading.stamped.timeMs / this.definition.defaultWindowMs);
    if (this.index !== null && index !== this.index) this.close();
    this.index = index;
    this.window.push(reading);
  }

  private close(): void {
    const window = this.window;
    this.window = [];
    if (window.length === 0 || !window.every((r) => r.attached)) return;
    const stamped = window.map((r) => r.stamped);
    const draft =
      this.analyzer.estimateWindow?.(stamped) ?? this.definition.estimateWindow(stamped, this.settings);
    if (draft.quality !== care.v1.Quality.QUALITY_GOOD) return;
    const volume = draft.fields?.find((field) => field.name === "volume_ml")?.value;
    if (volume === undefined || volume === null) return;
    const truth = window.reduce((sum, r) => sum + r.trueVolumeMl, 0) / window.length;
    this.errorsMl.push(Math.abs(volume - truth));
  }
}
