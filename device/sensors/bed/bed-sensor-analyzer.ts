// The bed sensor's analyzer in the agent: each stamped sample block goes to the raw batcher (every
// instant, fixed sample period) and to the vitals (events, alerts, epochs, night). It unwraps the
// block's sample counter itself, as the frame stamper's ticks reader does, so both see the same index.
import { ok, type Result, rejected, type SampleBlock } from "../../../proto/index.ts";
import type { OutgoingPayload } from "../../pipeline/outgoing.ts";
import type { AnalyzerContext, SensorAnalyzer, SensorCommand, Stamped } from "../sensor-definition.ts";
import { instantsOf } from "./bed-block.ts";
import { nightObservation } from "./bed-payloads.ts";
import { BedRawBatcher } from "./bed-raw-batches.ts";
import type { BedSettings } from "./bed-settings.ts";
import { BedVitals } from "./bed-vitals.ts";
import { initialSampleIndex, type SampleIndexState, stepSampleIndex } from "./sample-index.ts";

export const BED_COMMANDS = ["summarize_night"] as const;

export class BedSensorAnalyzer implements SensorAnalyzer<SampleBlock> {
  private counter: SampleIndexState = initialSampleIndex;
  private readonly raw: BedRawBatcher | null;
  private readonly vitals: BedVitals;
  /** Payloads made by a command, taken by the agent right after it (drainOutputs). */
  private pending: OutgoingPayload[] = [];

  constructor(
    settings: BedSettings,
    private readonly sensorId: string,
    /** Status counters: sample instants lost and sensor restarts, visible in the device status. */
    private readonly context?: AnalyzerContext,
  ) {
    this.raw = settings.publishRaw
      ? new BedRawBatcher(
          sensorId,
          { scale: 1 / settings.countsPerKg, rawBatchS: settings.rawBatchS },
          context?.openBatchJournal,
        )
      : null;
    this.vitals = new BedVitals(settings, sensorId);
  }

  analyze(stamped: Stamped<SampleBlock>): OutgoingPayload[] {
    const block = stamped.reading;
    const [counter, step] = stepSampleIndex(this.counter, { ...block, instants: instantsOf(block) });
    this.counter = counter;
    if (step.lostBefore > 0) this.context?.counters.increment("bed_samples_lost", step.lostBefore);
    if (step.restarted) this.context?.counters.increment("bed_sensor_restarts");
    const raw = this.raw?.add(block, step, stamped.timeMs) ?? [];
    return [...raw, ...this.vitals.process(block, step, stamped.timeMs)];
  }

  applyCommand(command: SensorCommand): Result<string> {
    if (command.kind !== "summarize_night")
      return rejected(`unknown bed command "${command.kind}" (known: ${BED_COMMANDS.join(", ")})`);
    const report = this.vitals.nightSoFar();
    if (!report) return rejected("no night to summarize: nobody has been on the bed yet");
    this.pending.push(nightObservation(this.sensorId, report));
    const s = report.summary;
    return ok(
      `night so far: in bed ${s.timeInBedMin.toFixed(1)} min, asleep ${s.totalSleepTimeMin.toFixed(1)} min, ` +
        `WASO ${s.wakeAfterSleepOnsetMin.toFixed(1)} min, ${s.awakenings} awakening(s)`,
    );
  }

  drainOutputs(): OutgoingPayload[] {
    const out = this.pending;
    this.pending = [];
    return out;
  }

  /** The partial raw batch when the stream ends. */
  flush(): OutgoingPayload[] {
    return [...this.drainOutputs(), ...(this.raw?.flush() ?? [])];
  }
}

export function createBedSensorAnalyzer(
  settings: BedSettings,
  sensorId: string,
  context?: AnalyzerContext,
): SensorAnalyzer<SampleBlock> {
  return new BedSensorAnalyzer(settings, sensorId, context);
}
