// A bed whose load cells are wired to the analog inputs of a Firmata board (A0 = channel 1, …): the board
// emulator (sim/firmata) answers the host and reports the enabled inputs once per sampling interval; this
// feed supplies each report from the bed signal, averaged over the interval (a crude anti-alias filter,
// exact when the bed's rate is a multiple of the Firmata rate) and quantised by a 10-bit ADC.
import { type AnalogFeed, FirmataBoardEmulator } from "../firmata/firmata-board-emulator.ts";
import type { LoopParticipant } from "../run-loop.ts";
import type { BedSignalCursor } from "./emulator-signal.ts";
import type { BedTruthWriter, SampleCounts } from "./emulator-truth.ts";

export const ADC_MAX = 1023;
/** Default load counts per ADC step: 200 counts/kg → 12.5 ADC steps per kg, 82 kg on one channel at full scale. */
export const DEFAULT_ADC_COUNTS_PER_STEP = 16;

export class BedAnalogFeed implements AnalogFeed {
  private readonly last: number[];

  constructor(
    private readonly cursor: BedSignalCursor,
    private readonly countsPerStep: number,
  ) {
    this.last = new Array<number>(cursor.channels).fill(0);
  }

  advanceTo(simMs: number): void {
    const due = this.dueInstants(simMs);
    if (due > 0) this.cursor.take(due);
  }

  sampleAt(simMs: number): (channel: number) => number {
    const due = this.dueInstants(simMs);
    if (due > 0) {
      const values = this.cursor.take(due);
      const channels = this.cursor.channels;
      for (let c = 0; c < channels; c++) {
        let sum = 0;
        for (let i = c; i < values.length; i += channels) sum += values[i] ?? 0;
        this.last[c] = sum / due;
      }
    }
    const adc = this.last.map((counts) =>
      Math.max(0, Math.min(ADC_MAX, Math.round(counts / this.countsPerStep))),
    );
    // Inputs with no load cell read 0, as a grounded input would.
    return (channel) => adc[channel] ?? 0;
  }

  /** Instants whose time has come by `simMs` and were not taken yet. */
  private dueInstants(simMs: number): number {
    const cursor = this.cursor;
    const lastDue = Math.floor(((simMs - cursor.timeOfInstantMs(0)) * cursor.rateHz) / 1000);
    return Math.max(0, lastDue + 1 - cursor.instantsTaken);
  }
}

export interface BedFirmataOptions {
  sensorId: string;
  ttyPath: string;
  recordPath: string;
  cursor: BedSignalCursor;
  truth: BedTruthWriter;
  countsPerStep: number;
  simNow: () => number;
  log: (message: string) => void;
}

/** The bed as a Firmata board: the board paces the reports; the bed's truth gets progress records. */
export class BedFirmataEmulator implements LoopParticipant {
  private readonly board: FirmataBoardEmulator;
  private readonly counts: SampleCounts = { generated: 0, sent: 0, intact: 0, frames: 0 };

  constructor(private readonly options: BedFirmataOptions) {
    this.board = new FirmataBoardEmulator({
      id: options.sensorId,
      ttyPath: options.ttyPath,
      recordPath: options.recordPath,
      simNow: options.simNow,
      realNow: () => Date.now(),
      feed: new BedAnalogFeed(options.cursor, options.countsPerStep),
      random: Math.random,
      log: options.log,
    });
  }

  get sensorId(): string {
    return this.options.sensorId;
  }

  get linkOpen(): boolean {
    return this.board.linkOpen;
  }

  get nextReadingMs(): number {
    return this.board.nextReadingMs;
  }

  start(): void {
    this.board.start();
  }

  emitDueReadings(): void {
    this.board.emitDueReadings();
  }

  sendHello(): void {}

  flush(): void {
    this.board.flush();
    this.counts.generated = this.options.cursor.instantsTaken;
    this.options.truth.progress("progress", this.options.simNow(), this.counts);
    this.options.truth.flush();
  }

  async stop(): Promise<void> {
    this.counts.generated = this.options.cursor.instantsTaken;
    this.options.truth.progress("stop", this.options.simNow(), this.counts);
    await this.board.stop();
    this.options.truth.close();
  }
}
