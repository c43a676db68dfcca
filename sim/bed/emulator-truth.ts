// Ground truth of an emulated bed, next to what it sends: <id>.bed-seconds.csv (state, sleep, heart and
// breathing rate per simulated second), <id>.bed-events.jsonl (start, each night, every physical
// event at its exact simulated time, progress counters, stop) and each night's scenario,
// <id>.scenario.json (then <id>.scenario-1.json, …), which `night: {type: "file"}` plays again exactly.
// Simulated times are wall ms.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { LineFile } from "../line-file.ts";
import type { NightScenario, TruthEvent, TruthSecond } from "./scenario.ts";

export const BED_SECONDS_HEADER =
  "sim_time_ms,night,time_s,state,asleep,heart_rate_bpm,breathing_rate_per_min";

export function bedTruthPaths(
  dir: string,
  sensorId: string,
): { seconds: string; events: string; scenario: (night: number) => string } {
  return {
    seconds: join(dir, `${sensorId}.bed-seconds.csv`),
    events: join(dir, `${sensorId}.bed-events.jsonl`),
    scenario: (night) => join(dir, `${sensorId}.scenario${night === 0 ? "" : `-${night}`}.json`),
  };
}

export interface SampleCounts {
  /** Sample instants the signal model produced. */
  generated: number;
  /** Instants in frames (or Firmata ticks) handed to an open port. */
  sent: number;
  /** Instants in frames that went out undamaged: what a receiver can store. */
  intact: number;
  frames: number;
}

export class BedTruthWriter {
  private readonly seconds: LineFile;
  private readonly events: LineFile;
  private readonly paths: ReturnType<typeof bedTruthPaths>;

  constructor(dir: string, sensorId: string) {
    const paths = bedTruthPaths(dir, sensorId);
    this.paths = paths;
    this.seconds = new LineFile(paths.seconds);
    this.events = new LineFile(paths.events);
    this.seconds.add(BED_SECONDS_HEADER);
  }

  second(simTimeMs: number, night: number, truth: TruthSecond): void {
    const rate = (value: number | null) => (value === null ? "" : value.toFixed(2));
    this.seconds.add(
      [
        Math.round(simTimeMs),
        night,
        truth.timeS,
        truth.state,
        truth.asleep,
        rate(truth.heartRateBpm),
        rate(truth.breathingRatePerMin),
      ].join(","),
    );
  }

  event(record: { type: string; simTimeMs: number } & Record<string, unknown>): void {
    this.events.json(record);
  }

  /** The night's whole script, written once as it starts (a few hundred kB at most). */
  scenario(night: number, scenario: NightScenario): void {
    writeFileSync(this.paths.scenario(night), `${JSON.stringify(scenario)}\n`);
  }

  physical(event: TruthEvent, simTimeMs: number, night: number): void {
    this.events.json({ type: "truth_event", kind: event.kind, simTimeMs, night, timeS: event.timeS });
  }

  progress(type: "progress" | "stop", simTimeMs: number, counts: SampleCounts): void {
    this.events.json({ type, simTimeMs, ...counts });
  }

  flush(): void {
    this.seconds.flush();
    this.events.flush();
  }

  close(): void {
    this.seconds.close();
    this.events.close();
  }
}
