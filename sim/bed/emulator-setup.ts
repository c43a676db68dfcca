// Wires the `beds` of sim.json: one emulator per bed (sample-block frames on a pty, or a Firmata board
// on a pty), an optional Firmata alarm box per bed, and the beds' own clock and run loop. The beds'
// clock starts at the same real instant as the residents' (startAtMs), at its own acceleration.
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { ok, type Result, rejected } from "../../proto/result.ts";
import { type AcceleratedClock, simulatedNowMs } from "../clock.ts";
import { FirmataBoardEmulator } from "../firmata/firmata-board-emulator.ts";
import type { FrameSink, LinkEvents } from "../frame-link.ts";
import { Rng } from "../random.ts";
import { type LoopParticipant, startRunLoop } from "../run-loop.ts";
import { ReopeningSerialLink } from "../serial-link.ts";
import { BedFrameEmulator } from "./emulator.ts";
import type { BedConfig } from "./emulator-config.ts";
import { BedFirmataEmulator, DEFAULT_ADC_COUNTS_PER_STEP } from "./emulator-firmata.ts";
import { loadScenarioFile, type PlayablePlan } from "./emulator-scenarios.ts";
import { BedSignalCursor } from "./emulator-signal.ts";
import { BedTruthWriter } from "./emulator-truth.ts";

const HELLO_INTERVAL_MS = 10_000;
const FLUSH_INTERVAL_MS = 500;

export interface BedSimConfig {
  beds?: readonly BedConfig[] | undefined;
  /** Default 1 (real time). */
  bedAcceleration?: number | undefined;
  bedEpochMs?: number | undefined;
  epochMs: number;
  corruptFrameRate: number;
}

type Participant = LoopParticipant & { readonly linkOpen: boolean; start(): void; stop(): Promise<void> };

export interface BedSimulation {
  readonly count: number;
  /** Opens every link. */
  start(): void;
  /** Every bed's link (and alarm box) is open. */
  readonly linkOpen: boolean;
  /** Starts the beds' clock at real monotonic instant `realStartMs` and streams from then on. */
  run(realStartMs: number): void;
  stop(): Promise<void>;
}

/** A sensor powered up some days ago: its counter is anywhere in its range. */
function defaultCounterStart(seed: number, rateHz: number): number {
  const uptimeS = Rng.fromSeed(seed, "uptime").next() * 30 * 86_400;
  return Math.floor(uptimeS * rateHz) % 2 ** 32;
}

function serialLink(path: string, log: (message: string) => void, id: string) {
  return (events: LinkEvents): FrameSink =>
    new ReopeningSerialLink({
      path,
      baudRate: 115_200,
      random: Math.random,
      onOpen: () => {
        log(`${id} port open ${path}`);
        events.onOpen();
      },
      onClose: (reason) => {
        log(`${id} port lost (${reason}); reopening with backoff`);
        events.onClose(reason);
      },
    });
}

interface BedContext {
  baseDir: string;
  epochMs: number;
  acceleration: number;
  corruptFrameRate: number;
  simNow: () => number;
  log: (message: string) => void;
}

/** A Firmata board with outputs only: a bed's LED/buzzer box when the bed itself speaks frames. */
function alarmBox(bed: BedConfig, dir: string, context: BedContext): FirmataBoardEmulator {
  const id = `${bed.sensorId}-alarm`;
  return new FirmataBoardEmulator({
    id,
    ttyPath: resolve(context.baseDir, bed.alarmTtyPath ?? ""),
    recordPath: resolve(dir, `${id}.firmata.jsonl`),
    simNow: context.simNow,
    realNow: () => Date.now(),
    feed: null,
    random: Math.random,
    log: context.log,
  });
}

/** A file night read and checked against its bed's config; the problems go to `errors`. */
function playablePlan(bed: BedConfig, index: number, baseDir: string, errors: string[]): PlayablePlan | null {
  if (bed.night.type !== "file") return bed.night;
  const where = `beds[${index}].night`;
  const loaded = loadScenarioFile(resolve(baseDir, bed.night.path));
  if (!loaded.ok) {
    errors.push(...loaded.reason.split("\n").map((line) => `${where}: ${line}`));
    return null;
  }
  const { sampleRateHz, channels } = loaded.value.sensor;
  if (bed.sampleRateHz !== undefined && bed.sampleRateHz !== sampleRateHz)
    errors.push(
      `${where}: the file's sensor samples at ${sampleRateHz} Hz, the bed at ${bed.sampleRateHz} Hz`,
    );
  if (bed.channels !== undefined && bed.channels !== channels)
    errors.push(`${where}: the file's sensor has ${channels} channels, the bed ${bed.channels}`);
  if (1e6 % sampleRateHz !== 0) errors.push(`${where}: ${sampleRateHz} Hz has no whole-µs period`);
  return { type: "scenario", scenario: loaded.value };
}

/** Every bed's plan, scenario files read and checked before anything starts (all problems at once). */
function playablePlans(beds: readonly BedConfig[], baseDir: string): Result<PlayablePlan[]> {
  const errors: string[] = [];
  const plans = beds.map((bed, index) => playablePlan(bed, index, baseDir, errors));
  if (errors.length > 0) return rejected(`invalid bed scenario files:\n  ${errors.join("\n  ")}`);
  return ok(plans.filter((plan): plan is PlayablePlan => plan !== null));
}

/** One bed's emulator (and alarm box), and what its ground truth records at start. */
function createBed(
  bed: BedConfig,
  plan: PlayablePlan,
  context: BedContext,
): { participants: Participant[]; onStart: () => void } {
  const firmata = bed.protocol === "firmata";
  const fromFile = plan.type === "scenario" ? plan.scenario.sensor : null;
  const setup = {
    seed: bed.seed,
    sampleRateHz: fromFile?.sampleRateHz ?? bed.sampleRateHz ?? (firmata ? 200 : 250),
    channels: fromFile?.channels ?? bed.channels ?? 2,
  };
  const dir = resolve(context.baseDir, bed.groundTruthDir);
  const truth = new BedTruthWriter(dir, bed.sensorId);
  const cursor = new BedSignalCursor(setup, plan, context.epochMs, truth);
  const ttyPath = resolve(context.baseDir, bed.ttyPath);
  const counterStart = bed.sampleCounterStart ?? defaultCounterStart(bed.seed, setup.sampleRateHz);
  const countsPerStep = bed.adcCountsPerStep ?? DEFAULT_ADC_COUNTS_PER_STEP;
  const { simNow, log } = context;
  const onStart = () =>
    truth.event({
      type: "start",
      simTimeMs: context.epochMs,
      sensorId: bed.sensorId,
      protocol: bed.protocol,
      ttyPath,
      ...setup,
      // What one count of the stream is worth: the agent's countsPerKg setting.
      countsPerKg: cursor.scenario.sensor.countsPerKg / (firmata ? countsPerStep : 1),
      ...(firmata ? { adcCountsPerStep: countsPerStep } : { sampleCounterStart: counterStart }),
      acceleration: context.acceleration,
      night: bed.night,
      sensor: cursor.scenario.sensor,
    });
  const emulator = firmata
    ? new BedFirmataEmulator({
        sensorId: bed.sensorId,
        ttyPath,
        recordPath: resolve(dir, `${bed.sensorId}.firmata.jsonl`),
        cursor,
        truth,
        countsPerStep,
        simNow,
        log,
      })
    : new BedFrameEmulator({
        sensorId: bed.sensorId,
        seed: bed.seed,
        cursor,
        truth,
        simNow,
        counterStart,
        corruptFrameRate: context.corruptFrameRate,
        createLink: serialLink(ttyPath, log, bed.sensorId),
      });
  const participants: Participant[] = [emulator];
  if (bed.alarmTtyPath !== undefined) participants.push(alarmBox(bed, dir, context));
  return { participants, onStart };
}

/**
 * The beds of sim.json, ready to start. A scenario file that cannot be read or does not fit its bed is
 * a configuration error: nothing is created and every problem is in `reason`, one per line.
 */
export function createBedSimulation(
  config: BedSimConfig,
  baseDir: string,
  log: (message: string) => void,
): Result<BedSimulation> {
  const epochMs = config.bedEpochMs ?? config.epochMs;
  const acceleration = config.bedAcceleration ?? 1;
  let clock: AcceleratedClock | null = null;
  const simNow = () => (clock ? Math.floor(simulatedNowMs(clock, performance.now())) : epochMs);
  const context = { baseDir, epochMs, acceleration, corruptFrameRate: config.corruptFrameRate, simNow, log };
  const plans = playablePlans(config.beds ?? [], baseDir);
  if (!plans.ok) return plans;
  const beds = (config.beds ?? []).map((bed, index) =>
    createBed(bed, plans.value[index] as PlayablePlan, context),
  );
  const participants = beds.flatMap((bed) => bed.participants);
  let loop: { stop(): void } | null = null;
  return ok({
    count: beds.length,
    start: () => {
      for (const bed of beds) bed.onStart();
      for (const participant of participants) participant.start();
    },
    get linkOpen() {
      return participants.every((participant) => participant.linkOpen);
    },
    run: (realStartMs) => {
      if (participants.length === 0) return;
      clock = { epochMs, acceleration, realStartMs };
      log(`running ${beds.length} bed(s) at ${acceleration}x from ${new Date(epochMs).toISOString()}`);
      loop = startRunLoop({
        clock,
        participants,
        realNow: () => performance.now(),
        helloIntervalMs: HELLO_INTERVAL_MS,
        flushIntervalMs: FLUSH_INTERVAL_MS,
        onDurationReached: () => undefined,
      });
    },
    stop: async () => {
      loop?.stop();
      await Promise.all(participants.map((participant) => participant.stop()));
    },
  });
}
