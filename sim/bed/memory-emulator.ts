// A bed emulator whose line is a callback in memory, with its ground truth in a fresh temporary folder:
// for benches and tests that want the frames, not a port.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BedFrameEmulator } from "./emulator.ts";
import type { PlayablePlan } from "./emulator-scenarios.ts";
import { BedSignalCursor } from "./emulator-signal.ts";
import { BedTruthWriter } from "./emulator-truth.ts";

export interface MemoryBedOptions {
  seed: number;
  sampleRateHz: number;
  channels: number;
  night: PlayablePlan;
  /** Every frame the emulator writes. */
  onFrame: (bytes: Uint8Array) => void;
  /** Simulated time of the first instant (and the clock's start). */
  startMs?: number;
  counterStart?: number;
  sensorId?: string;
}

export interface MemoryBed {
  emulator: BedFrameEmulator;
  cursor: BedSignalCursor;
  truth: BedTruthWriter;
  /** The ground-truth folder. */
  dir: string;
  /** Moves the simulated clock the emulator reads. */
  setNow(ms: number): void;
}

export function memoryBedEmulator(options: MemoryBedOptions): MemoryBed {
  const { seed, sampleRateHz, channels, startMs = 0, sensorId = "bench" } = options;
  const dir = mkdtempSync(join(tmpdir(), "bed-emulator-"));
  const truth = new BedTruthWriter(dir, sensorId);
  const cursor = new BedSignalCursor({ seed, sampleRateHz, channels }, options.night, startMs, truth);
  let now = startMs;
  const emulator = new BedFrameEmulator({
    sensorId,
    seed,
    cursor,
    truth,
    simNow: () => now,
    counterStart: options.counterStart ?? 0,
    corruptFrameRate: 0,
    createLink: (events) => ({
      isOpen: true,
      canAccept: () => true,
      write: (bytes) => {
        options.onFrame(bytes);
        return true;
      },
      start: () => events.onOpen(),
      close: async () => undefined,
    }),
  });
  return { emulator, cursor, truth, dir, setNow: (ms) => (now = ms) };
}
