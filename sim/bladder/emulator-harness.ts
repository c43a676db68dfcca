// Test harness for the emulator CLI over real pseudo-terminals: starts sim/main.ts as a child
// process, reads its frames back at the agent end with serialport + FrameAssembler, and loads the
// ground-truth files it wrote. Used by emulator.test.ts and handy for manual runs.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SerialPort } from "serialport";
import { FrameAssembler, type SensorFrame } from "../../proto/sensor-frame/index.ts";
import { type ManagedChild, REPO_ROOT, startChild, waitFor } from "../../scripts/stack/index.ts";
import { groundTruthPaths } from "./ground-truth-writer.ts";

export interface Capture {
  readonly assembler: FrameAssembler;
  readonly frames: SensorFrame[];
  bytes(): number;
  close(): Promise<void>;
}

/** Opens the agent end and assembles everything that arrives. */
export async function captureFrames(agentEnd: string): Promise<Capture> {
  const assembler = new FrameAssembler();
  const frames: SensorFrame[] = [];
  let received = 0;
  const port = new SerialPort({ path: agentEnd, baudRate: 115200, autoOpen: false });
  port.on("data", (chunk: Buffer) => {
    received += chunk.length;
    for (const item of assembler.push(chunk)) if (item.ok) frames.push(item.value);
  });
  // The pty vanishes under the capture in the replug test; that is expected.
  port.on("error", () => undefined);
  await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(error) : resolve())));
  return {
    assembler,
    frames,
    bytes: () => received,
    close: () => new Promise<void>((resolve) => (port.isOpen ? port.close(() => resolve()) : resolve())),
  };
}

/** Resolves once no byte has arrived for `quietMs` (the pty and socat hold a little in flight). */
export async function waitUntilQuiet(capture: Capture, quietMs = 300): Promise<void> {
  let last = -1;
  let stableSince = Date.now();
  await waitFor("the capture to go quiet", () => {
    if (capture.bytes() !== last) {
      last = capture.bytes();
      stableSince = Date.now();
    }
    return Date.now() - stableSince >= quietMs;
  });
}

export function startEmulator(runDir: string, name: string, config: object): ManagedChild {
  const configPath = join(runDir, `${name}.json`);
  writeFileSync(configPath, JSON.stringify(config, null, 2));
  return startChild({
    name: `sim-${name}`,
    command: process.execPath,
    args: ["--import", "tsx", join(REPO_ROOT, "sim/main.ts"), "--config", configPath],
    cwd: REPO_ROOT,
    env: { ...process.env, SIM_QUIET: "1" },
    logFile: join(runDir, `${name}.log`),
  });
}

export interface ReadingRow {
  sensorSeqTotal: number;
  frameSeq: number;
  simTimeMs: number;
  ticksMs: number;
  volumeMl: number;
  anteriorMm: number;
  posteriorMm: number;
  strength: number;
  detached: boolean;
  sent: boolean;
  corrupted: boolean;
}

export function readReadings(dir: string, sensorId: string): ReadingRow[] {
  const [header, ...lines] = readFileSync(groundTruthPaths(dir, sensorId).readings, "utf8")
    .trim()
    .split("\n");
  if (header === undefined) return [];
  return lines.map((line) => {
    const cells = line.split(",");
    const number = (index: number) => Number(cells[index]);
    return {
      sensorSeqTotal: number(0),
      frameSeq: number(1),
      simTimeMs: number(2),
      ticksMs: number(3),
      volumeMl: number(4),
      anteriorMm: number(5),
      posteriorMm: number(6),
      strength: number(7),
      detached: cells[8] === "true",
      sent: cells[9] === "true",
      corrupted: cells[10] === "true",
    };
  });
}

export type EventLine = { type: string; [field: string]: unknown };

export function readEvents(dir: string, sensorId: string): EventLine[] {
  const text = readFileSync(groundTruthPaths(dir, sensorId).events, "utf8").trim();
  return text === "" ? [] : text.split("\n").map((line) => JSON.parse(line) as EventLine);
}

/** What a FrameAssembler must count for the logged faults (docs/bladder-simulator.md, "Corruption"). */
export function expectedRejects(events: readonly EventLine[]): { badCrc: number; noiseBytes: number } {
  let badCrc = 0;
  let noiseBytes = 0;
  for (const event of events) {
    if (event.type !== "corruption") continue;
    if (event.kind === "bit_flip") {
      badCrc++;
      noiseBytes += Number(event.frameBytes) - 1;
    }
    if (event.kind === "truncated") {
      badCrc++;
      noiseBytes += Number(event.keptBytes) - 1;
    }
    if (event.kind === "noise") noiseBytes += Number(event.noiseBytes);
  }
  return { badCrc, noiseBytes };
}
