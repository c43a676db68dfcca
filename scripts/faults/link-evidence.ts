// Evidence of when a sensor link went unread, taken from the processes themselves: the instant the
// suite broke the link (its own kill or stop), the agent's log line saying its transport is open again,
// the simulator's schedule of each reading, and the agent's own count of frames it knows it missed.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { InfluxDB } from "influx";
import { truthReadings } from "../system/ground-truth.ts";
import type { RunningSystem } from "../system/start-system.ts";
import type { Resident } from "../system/system-config.ts";

/** Wall-clock ms from the ISO timestamp that starts every agent and bridge log line. */
function lineTimeMs(line: string): number {
  return Date.parse(line.slice(0, line.indexOf(" ")));
}

/** Wall-clock times of the log lines of `logFile` that contain `text`, at or after `sinceMs`. */
export function logTimesSince(logFile: string, text: string, sinceMs: number): number[] {
  if (!existsSync(logFile)) return [];
  return readFileSync(logFile, "utf8")
    .split("\n")
    .filter((line) => line.includes(text))
    .map(lineTimeMs)
    .filter((timeMs) => Number.isFinite(timeMs) && timeMs >= sinceMs);
}

export function agentLogFile(system: RunningSystem, resident: Resident): string {
  return join(system.runDir, "logs", `agent-${resident.deviceId}.log`);
}

export function bridgeLogFile(system: RunningSystem): string {
  return join(system.runDir, "logs", "bridge.log");
}

/** Wall-clock instant at which the simulator's schedule puts a reading (it writes it then, or a moment later). */
export function emittedAtMs(system: RunningSystem, simTimeMs: number): number {
  return system.startAtMs + (simTimeMs - system.epochMs) / system.options.acceleration;
}

export function simTimeOf(system: RunningSystem, wallMs: number): number {
  return system.epochMs + (wallMs - system.startAtMs) * system.options.acceleration;
}

/** Real-time span during which no agent read a resident's link. */
export interface UnreadWindow {
  fromMs: number;
  /** The agent's "transport open" after the break; +Infinity while it has not reopened. */
  toMs: number;
}

/**
 * From the moment the suite broke the link until the agent's own log says the transport is open again
 * (the first such line after the break). An agent killed with -9 writes nothing more, so its window
 * starts at the kill; the restarted agent's log line ends it.
 */
export function unreadWindow(system: RunningSystem, resident: Resident, brokeAtMs: number): UnreadWindow {
  const [reopenedMs] = logTimesSince(
    agentLogFile(system, resident),
    `${resident.sensorId} transport open`,
    brokeAtMs,
  );
  return { fromMs: brokeAtMs, toMs: reopenedMs ?? Number.POSITIVE_INFINITY };
}

/**
 * The agent's own `frames_lost` counter in its latest status published after `afterWallMs`, or null
 * when it has published none since (statuses go out every 10 s).
 */
export function agentFramesLost(
  system: RunningSystem,
  resident: Resident,
  afterWallMs: number,
): Promise<number | null> {
  return agentStatusCounter(system, resident, "frames_lost", "last", afterWallMs);
}

/** A counter of the agent's statuses published after `afterWallMs` (their last or largest value), or null if none. */
export async function agentStatusCounter(
  system: RunningSystem,
  resident: Resident,
  counter: string,
  aggregate: "last" | "max",
  afterWallMs: number,
): Promise<number | null> {
  const influx = new InfluxDB(`${system.influxQueryUrl}/care`);
  const afterNs = BigInt(Math.round(simTimeOf(system, afterWallMs))) * 1_000_000n;
  const rows = await influx.query<{ value: number | null }>(
    `SELECT ${aggregate}("${counter}") AS "value" FROM "care"."autogen"."device_status" ` +
      `WHERE "device" = '${resident.deviceId}' AND time > ${afterNs}`,
  );
  const value = rows[0]?.value;
  return value === undefined || value === null ? null : Number(value);
}

/** Whether the resident's agent process lived through the break (its log shows no new start). */
export function agentSurvived(system: RunningSystem, resident: Resident, brokeAtMs: number): boolean {
  return logTimesSince(agentLogFile(system, resident), "started, boot", brokeAtMs).length === 0;
}

/** Frame counter values the simulator gave a sensor's frames: every reading (sent or not) and every HELLO. */
export function numberedFrames(system: RunningSystem, sensorId: string): { seq: number; hello: boolean }[] {
  const readings = truthReadings(system.groundTruthDir, sensorId).map((r) => ({
    seq: r.frameSeq,
    hello: false,
  }));
  const eventsFile = join(system.groundTruthDir, `${sensorId}.events.jsonl`);
  const hellos = (existsSync(eventsFile) ? readFileSync(eventsFile, "utf8").split("\n") : [])
    .filter((line) => line.includes('"type":"hello"'))
    .map((line) => ({ seq: Number((JSON.parse(line) as { frameSeq: number }).frameSeq), hello: true }));
  return [...readings, ...hellos];
}

/** Where a surviving agent's stream broke: the last reading it stored before the break and the first after. */
export interface StoredGap {
  /** Scheduled emission of the last reading stored before the break (the break itself if none). */
  lastHeardMs: number;
  afterSeq: number;
  /** Frame counter of the first reading stored after the break (Infinity if none). */
  beforeSeq: number;
}

/**
 * A break takes effect a little after the suite's signal (the simulator acts on it from its event loop,
 * a BLE central notices the loss later): readings scheduled just after it may still arrive. The gap is
 * the first hole in the stored frame counter from the last reading stored before the break, when it
 * opens within this long after the break.
 */
const BREAK_TAKES_EFFECT_MS = 5_000;

export function storedGap(
  system: RunningSystem,
  readings: readonly { frameSeq: number; simTimeMs: number }[],
  storedSeqs: ReadonlySet<number>,
  brokeAtMs: number,
): StoredGap {
  const stored = readings.filter((reading) => storedSeqs.has(reading.frameSeq));
  const emitted = (reading: { simTimeMs: number }) => emittedAtMs(system, reading.simTimeMs);
  const lastBefore = stored.findLastIndex((reading) => emitted(reading) < brokeAtMs);
  let holeAt = lastBefore;
  while (holeAt >= 0 && stored[holeAt + 1]?.frameSeq === (stored[holeAt]?.frameSeq ?? 0) + 1) holeAt++;
  const holeOpensSoon =
    holeAt >= 0 &&
    holeAt + 1 < stored.length &&
    emitted(stored[holeAt] ?? { simTimeMs: 0 }) <= brokeAtMs + BREAK_TAKES_EFFECT_MS;
  const last = holeOpensSoon ? holeAt : lastBefore;
  const before = stored[last];
  const after = stored[last + 1];
  return {
    lastHeardMs: before ? emitted(before) : brokeAtMs,
    afterSeq: before?.frameSeq ?? Number.NEGATIVE_INFINITY,
    beforeSeq: after?.frameSeq ?? Number.POSITIVE_INFINITY,
  };
}

/**
 * Whether the agent's own `frames_lost` tells the same gap: it must have missed every frame numbered
 * inside it, except HELLOs it may have heard, and nothing more. Null when the gap is open-ended.
 */
export function agentCountsGap(
  frames: readonly { seq: number; hello: boolean }[],
  gap: StoredGap,
  framesLost: number,
): { framesInGap: number; agrees: boolean } | null {
  if (!Number.isFinite(gap.beforeSeq)) return null;
  const inside = frames.filter((frame) => frame.seq > gap.afterSeq && frame.seq < gap.beforeSeq);
  const hellos = inside.filter((frame) => frame.hello).length;
  return {
    framesInGap: inside.length,
    agrees: framesLost >= inside.length - hellos && framesLost <= inside.length,
  };
}
