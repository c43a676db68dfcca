// The agent's serial path for each sensor kind, fuzzed end to end: bytes → FrameAssembler → the
// frame stamper with the kind's own decoder (device/pipeline/stamp-frames.ts), counting into the
// agent's status counters. The counts must come out of the code under test and add up: every assembled
// item is a reading, a HELLO or a counted reject with a reason, and every reject reached the dead letters.
import { createFrameStamper } from "../../device/pipeline/stamp-frames.ts";
import { sensorRegistry } from "../../device/sensors/registry.ts";
import { Counters } from "../../device/status/counters.ts";
import { FrameAssembler } from "../../proto/index.ts";
import { type CrashLog, hex } from "./crash-log.ts";
import { chunks, damageStream, type SenderKind, validFrameStream } from "./frame-streams.ts";
import type { SeededRandom } from "./seeded-random.ts";

export interface FramePathTally {
  kind: SenderKind;
  bytes: number;
  /** Items the assembler gave (frames and rejects), as the test saw them. */
  items: number;
  /** From the agent's counters and callbacks. */
  readings: number;
  hellos: number;
  rejectsCounted: number;
  rejectsReported: number;
  reasonlessRejects: number;
  /** items − (readings + hellos + rejects): must be 0. */
  unaccounted: number;
  /** Assembler counters that disagree with the items it gave. */
  assemblerMismatches: number;
  /** Stamped readings whose time is not finite or not after the previous one. */
  badTimes: number;
  rejectReasons: Record<string, number>;
}

/** A clock that moves 5 ms per look, as a busy agent's would. */
function steppingClock() {
  let nowMs = Date.UTC(2025, 0, 15, 12);
  return { now: () => (nowMs += 5), monotonic: () => nowMs };
}

function sumRejects(counters: Counters): Record<string, number> {
  const rejects: Record<string, number> = {};
  for (const { name, value } of counters.snapshot())
    if (name.startsWith("frames_rejected_")) rejects[name.slice("frames_rejected_".length)] = value;
  return rejects;
}

/** One byte stream through a fresh assembler and stamper, as one agent stream would see it. */
function runStream(
  kind: SenderKind,
  bytes: Uint8Array,
  rng: SeededRandom,
  crashes: CrashLog,
  tally: FramePathTally,
) {
  const definition = sensorRegistry[kind];
  if (!definition) throw new Error(`no ${kind} definition`);
  const counters = new Counters();
  const assembler = new FrameAssembler();
  const seen = { frames: 0, badCrc: 0, badLength: 0, noiseBytes: 0, hellos: 0, reported: 0, stamped: 0 };
  let lastTimeMs = Number.NEGATIVE_INFINITY;
  const stamp = createFrameStamper(definition, {
    clock: steppingClock(),
    counters,
    clockToleranceMs: 5_000,
    onReject: (reason) => {
      seen.reported += 1;
      if (reason.trim() === "") tally.reasonlessRejects += 1;
    },
    onHello: () => {
      seen.hellos += 1;
    },
    onClock: () => undefined,
  });
  for (const chunk of chunks(rng, bytes, rng.pick([1, 7, 300, 4096]))) {
    const items =
      crashes.guard(
        `${kind} assembler`,
        () => hex(chunk),
        () => assembler.push(chunk),
      ) ?? [];
    for (const item of items) {
      tally.items += 1;
      if (item.ok) seen.frames += 1;
      else if (item.reason === "noise") seen.noiseBytes += item.bytes.length;
      else seen[item.reason === "bad_crc" ? "badCrc" : "badLength"] += 1;
      const input = () =>
        item.ok ? `type ${item.value.type} payload ${hex(item.value.payload)}` : item.reason;
      const stamped = crashes.guard(`${kind} stamper`, input, () => stamp(item));
      if (!stamped) continue;
      seen.stamped += 1;
      if (!Number.isFinite(stamped.timeMs) || stamped.timeMs <= lastTimeMs) tally.badTimes += 1;
      lastTimeMs = stamped.timeMs;
    }
  }
  const a = assembler.counters;
  tally.assemblerMismatches += [
    a.frames !== seen.frames,
    a.badCrc !== seen.badCrc,
    a.badLength !== seen.badLength,
    a.noiseBytes !== seen.noiseBytes,
  ].filter(Boolean).length;
  const rejects = sumRejects(counters);
  const rejectsCounted = Object.values(rejects).reduce((sum, n) => sum + n, 0);
  for (const [reason, n] of Object.entries(rejects))
    tally.rejectReasons[reason] = (tally.rejectReasons[reason] ?? 0) + n;
  tally.readings += counters.get("readings");
  tally.hellos += seen.hellos;
  tally.rejectsCounted += rejectsCounted;
  tally.rejectsReported += seen.reported;
  tally.bytes += bytes.length;
  // A stamped reading is counted by the agent; anything else must be a HELLO or a counted reject.
  if (counters.get("readings") !== seen.stamped)
    tally.unaccounted += Math.abs(counters.get("readings") - seen.stamped);
}

/** Random bytes, and valid streams damaged lightly and heavily: at least `minBytes` for the kind. */
export function fuzzFramePath(
  kind: SenderKind,
  rng: SeededRandom,
  minBytes: number,
  crashes: CrashLog,
): FramePathTally {
  const tally: FramePathTally = {
    kind,
    bytes: 0,
    items: 0,
    readings: 0,
    hellos: 0,
    rejectsCounted: 0,
    rejectsReported: 0,
    reasonlessRejects: 0,
    unaccounted: 0,
    assemblerMismatches: 0,
    badTimes: 0,
    rejectReasons: {},
  };
  const clean = validFrameStream(rng, minBytes / 2, kind).bytes;
  for (const bytes of [rng.bytes(minBytes / 2), damageStream(rng, clean, 400), damageStream(rng, clean, 40)])
    runStream(kind, bytes, rng, crashes, tally);
  tally.unaccounted += Math.abs(tally.items - (tally.readings + tally.hellos + tally.rejectsCounted));
  return tally;
}
