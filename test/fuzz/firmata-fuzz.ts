// The Firmata analog path of the agent, fuzzed: byte streams read as Firmata analog reports (0xE0|pin,
// 7-bit lsb, 7-bit msb; other bytes skipped as a Firmata parser skips them), well-formed report runs with
// reports lost, doubled and reordered, and random bytes. The reports go through AnalogInstantAssembler
// and SampleBlockFramer, the frames back through FrameAssembler and the bed decoder, as on a bedside board.
import { decodeBedBlock } from "../../device/sensors/bed/bed-block.ts";
import { AnalogInstantAssembler, SampleBlockFramer } from "../../device/transports/firmata-instants.ts";
import { FrameAssembler } from "../../proto/index.ts";
import { type CrashLog, hex } from "./crash-log.ts";
import type { SeededRandom } from "./seeded-random.ts";

const ANALOG_MESSAGE = 0xe0;
const RATE_HZ = 100;

export interface FirmataTally {
  bytes: number;
  reports: number;
  instants: number;
  /** Rounds given up because a channel's report was lost (a gap in the sample counter, not a held value). */
  instantsGivenUp: number;
  /** Instants of the wrong width or holding a value no report gave that channel. */
  badInstants: number;
  /** Frames the framer made that the frame assembler or the bed decoder refused. */
  refusedFrames: number;
  /** Instants framed minus instants decoded back: must be 0. */
  instantsLost: number;
}

/** Analog reports in `bytes`, as a Firmata parser reads them. */
export function analogReports(bytes: Uint8Array): [channel: number, value: number][] {
  const reports: [number, number][] = [];
  for (let i = 0; i + 2 < bytes.length; i++) {
    const command = bytes[i] ?? 0;
    const lsb = bytes[i + 1] ?? 0x80;
    const msb = bytes[i + 2] ?? 0x80;
    if ((command & 0xf0) !== ANALOG_MESSAGE || lsb > 0x7f || msb > 0x7f) continue;
    reports.push([command & 0x0f, lsb | (msb << 7)]);
    i += 2;
  }
  return reports;
}

/** A board reporting `channels` in turn, with reports lost, doubled or out of turn, and line noise. */
function boardStream(rng: SeededRandom, channels: readonly number[], targetBytes: number): Uint8Array {
  const out: number[] = [];
  while (out.length < targetBytes) {
    if (rng.chance(0.02)) {
      for (const byte of rng.bytes(rng.between(1, 40))) out.push(byte);
      continue;
    }
    for (const channel of channels) {
      if (rng.chance(0.03)) continue;
      const repeats = rng.chance(0.03) ? 2 : 1;
      const pin = rng.chance(0.02) ? rng.below(16) : channel;
      for (let r = 0; r < repeats; r++) {
        const value = rng.below(1 << 14);
        out.push(ANALOG_MESSAGE | pin, value & 0x7f, value >> 7);
      }
    }
  }
  return Uint8Array.from(out);
}

function checkFrames(frames: Uint8Array[], channels: number, crashes: CrashLog, tally: FirmataTally): number {
  const assembler = new FrameAssembler();
  let decodedInstants = 0;
  for (const frame of frames) {
    const items =
      crashes.guard(
        "firmata frames",
        () => hex(frame),
        () => assembler.push(frame),
      ) ?? [];
    for (const item of items) {
      const block = item.ok ? decodeBedBlock(item.value.payload) : null;
      if (!block?.ok || block.value.channels !== channels) {
        tally.refusedFrames += 1;
        continue;
      }
      decodedInstants += block.value.values.length / channels;
    }
  }
  return decodedInstants;
}

function runBoard(
  bytes: Uint8Array,
  channels: readonly number[],
  crashes: CrashLog,
  tally: FirmataTally,
): void {
  const instants = new AnalogInstantAssembler(channels);
  const framer = new SampleBlockFramer(channels.length, RATE_HZ);
  const reported = channels.map(() => new Set<number>());
  const frames: Uint8Array[] = [];
  let framed = 0;
  tally.bytes += bytes.length;
  for (const [channel, value] of analogReports(bytes)) {
    tally.reports += 1;
    const index = channels.indexOf(channel);
    const completed = crashes.guard(
      "analog instants",
      () => `${channel}=${value}`,
      () => instants.add(channel, value),
    );
    if (index >= 0) reported[index]?.add(value);
    for (const instant of completed ?? []) {
      if (instant === null) {
        tally.instantsGivenUp += 1;
        const frame = framer.skip();
        if (frame) frames.push(frame);
        continue;
      }
      tally.instants += 1;
      const held = instant.every((v, i) => reported[i]?.has(v));
      if (instant.length !== channels.length || !held) tally.badInstants += 1;
      framed += 1;
      const frame = framer.add(instant);
      if (frame) frames.push(frame);
    }
  }
  const last = framer.flush();
  if (last) frames.push(last);
  tally.instantsLost += framed - checkFrames(frames, channels.length, crashes, tally);
}

/** At least `minBytes` through boards of one to four channels: report runs and random bytes. */
export function fuzzFirmata(rng: SeededRandom, minBytes: number, crashes: CrashLog): FirmataTally {
  const tally: FirmataTally = {
    bytes: 0,
    reports: 0,
    instants: 0,
    instantsGivenUp: 0,
    badInstants: 0,
    refusedFrames: 0,
    instantsLost: 0,
  };
  while (tally.bytes < minBytes) {
    const pins = [0, 1, 2, 3, 4, 5];
    const channels = Array.from(
      { length: rng.between(1, 4) },
      () => pins.splice(rng.below(pins.length), 1)[0] ?? 0,
    );
    const bytes = rng.chance(0.5) ? boardStream(rng, channels, 64 * 1024) : rng.bytes(64 * 1024);
    runBoard(bytes, channels, crashes, tally);
  }
  return tally;
}
