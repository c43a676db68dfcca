import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  decodeSampleBlock,
  decodeSuitStatus,
  FrameAssembler,
  FrameType,
  type SampleBlock,
} from "../../proto/sensor-frame/index.ts";
import type { FrameSink, LinkEvents } from "../frame-link.ts";
import { SuitEmulator } from "./emulator.ts";
import { instantsPerFrame, requiredBaud } from "./emulator-frames.ts";
import { type SuitTruthEvent, SuitTruthWriter, suitTruthPath } from "./emulator-truth.ts";

/** A line that records what was written, with the wall time, and can be unplugged. */
class FakeLine implements FrameSink {
  open = false;
  written: { atMs: number; bytes: Uint8Array }[] = [];
  constructor(
    private readonly events: LinkEvents,
    private readonly now: () => number,
  ) {}
  get isOpen() {
    return this.open;
  }
  canAccept() {
    return this.open;
  }
  write(bytes: Uint8Array) {
    if (!this.open) return false;
    this.written.push({ atMs: this.now(), bytes });
    return true;
  }
  start() {
    this.plug(true);
  }
  plug(open: boolean) {
    this.open = open;
    if (open) this.events.onOpen();
    else this.events.onClose("unplugged");
  }
  async close() {}
}

const COUNTER_START = 2 ** 32 - 3000;

async function runSuit(unplugged?: [number, number]) {
  const dir = mkdtempSync(join(tmpdir(), "suit-emulator-"));
  let now = 1_000_000;
  const lines: FakeLine[] = [];
  const suit = new SuitEmulator({
    sensorId: "suit-t",
    seed: 5,
    sessions: 1,
    session: { durationS: 10, channelCount: 4, sampleRateHz: 1000, electrodeOffCount: 0 },
    restS: 5,
    startDelayS: 1,
    counterStart: COUNTER_START,
    corruptFrameRate: 0,
    nowMs: () => now,
    truth: new SuitTruthWriter(dir, "suit-t"),
    createLink: (events) => {
      const line = new FakeLine(events, () => now);
      lines.push(line);
      return line;
    },
  });
  suit.start();
  for (; now < 1_013_000; now += 20) {
    if (unplugged && now === 1_000_000 + unplugged[0]) lines[0]?.plug(false);
    if (unplugged && now === 1_000_000 + unplugged[1]) lines[0]?.plug(true);
    suit.emitDueReadings();
  }
  await suit.stop();
  const frames = new FrameAssembler()
    .push(new Uint8Array(lines[0]?.written.flatMap((w) => [...w.bytes]) ?? []))
    .flatMap((item) => (item.ok ? [item.value] : []));
  const truth = readFileSync(suitTruthPath(dir, "suit-t"), "utf8")
    .trim()
    .split("\n")
    .map((text) => JSON.parse(text) as SuitTruthEvent);
  return { frames, truth, written: lines[0]?.written ?? [] };
}

const blocksOf = (frames: Awaited<ReturnType<typeof runSuit>>["frames"]): SampleBlock[] =>
  frames.flatMap((f) => {
    const block = f.type === FrameType.sampleBlock ? decodeSampleBlock(f.payload) : null;
    return block?.ok ? [block.value] : [];
  });

describe("suit emulator", () => {
  it("streams one session as contiguous full sample blocks across the counter wrap, paced in real time", async () => {
    const { frames, truth, written } = await runSuit();
    expect(frames[0]?.type).toBe(FrameType.hello);
    const blocks = blocksOf(frames);
    // 30 instants per frame at 4 channels; 10 000 samples end with a short frame of 10.
    expect(blocks).toHaveLength(Math.ceil(10_000 / instantsPerFrame(4)));
    expect(blocks.slice(0, -1).every((b) => b.values.length === 4 * 30 && b.rateHz === 1000)).toBe(true);
    expect(blocks.reduce((n, b) => n + b.values.length / 4, 0)).toBe(10_000);
    const starts = blocks.map((b) => b.firstSample);
    for (let i = 1; i < starts.length; i++) expect(starts[i]).toBe(((starts[i - 1] ?? 0) + 30) % 2 ** 32);
    const session = truth.find((e) => e.type === "session_start");
    expect(session?.type === "session_start" && session.counterAtStart).toBe(starts[0]);
    // Never sent before its last sample exists.
    const firstSampleWall = session?.type === "session_start" ? session.firstSampleWallMs : 0;
    const blockWrites = written.filter((w) => w.bytes[3] === FrameType.sampleBlock);
    blockWrites.forEach((w, i) => {
      const lastSample = i * 30 + (blocks[i]?.values.length ?? 0) / 4 - 1;
      expect(w.atMs).toBeGreaterThanOrEqual(firstSampleWall + lastSample);
      expect(w.atMs).toBeLessThan(firstSampleWall + lastSample + 20);
    });
    expect(firstSampleWall).toBeGreaterThanOrEqual(1_001_000);
  });

  it("reports assisting while streaming and stops assisting at the end, once a second", async () => {
    const { frames, truth } = await runSuit();
    const statuses = frames.flatMap((f) => {
      const status = f.type === FrameType.suitStatus ? decodeSuitStatus(f.payload) : null;
      return status?.ok ? [status.value.assisting] : [];
    });
    expect(statuses[0]).toBe(false);
    expect(statuses.filter(Boolean).length).toBeGreaterThanOrEqual(10);
    expect(statuses[statuses.length - 1]).toBe(false);
    const end = truth.find((e) => e.type === "session_end");
    expect(end?.type === "session_end" && [end.samples, end.samplesSent, end.framesNotSent]).toEqual([
      10_000, 10_000, 0,
    ]);
  });

  it("keeps counting while the line is away and records exactly which samples never left", async () => {
    const { frames, truth } = await runSuit([4000, 6000]);
    const notSent = truth.flatMap((e) => (e.type === "not_sent" ? [e] : []));
    expect(notSent).toHaveLength(1);
    const lost = (notSent[0]?.toSample ?? 0) - (notSent[0]?.fromSample ?? 0);
    expect(lost).toBeGreaterThan(1900);
    const blocks = blocksOf(frames);
    expect(blocks.reduce((n, b) => n + b.values.length / 4, 0) + lost).toBe(10_000);
    // The frame counter shows the gap too: the suit numbered the frames it could not send.
    const seqs = frames.map((f) => f.seq);
    expect(Math.max(...seqs.slice(1).map((s, i) => s - (seqs[i] ?? 0)))).toBeGreaterThan(60);
  });

  it("tells which baud rate a stream needs over serial", () => {
    expect(requiredBaud(2000, 8)).toBeGreaterThan(115_200 * 3);
    expect(requiredBaud(2000, 8)).toBeLessThanOrEqual(460_800);
    expect(requiredBaud(1000, 4)).toBeLessThanOrEqual(115_200);
  });
});
