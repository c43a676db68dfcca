// The emulator CLI end to end over real pseudo-terminals made by socat.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeBladderEcho, decodeHello, FrameType } from "../../proto/sensor-frame/index.ts";
import { makeRunDir, type PtyPair, startPtyPair, waitFor } from "../../scripts/stack/index.ts";
import {
  type Capture,
  captureFrames,
  type EventLine,
  expectedRejects,
  type ReadingRow,
  readEvents,
  readReadings,
  startEmulator,
  waitUntilQuiet,
} from "./emulator-harness.ts";

const EPOCH = Date.UTC(2025, 0, 6, 21, 0); // 06:00 in Japan: the resident is about to get up
const runDir = makeRunDir("sim-bladder");
const truthDir = join(runDir, "truth");
const pairs: PtyPair[] = [];

interface Run {
  exitCode: number | string;
  capture: Capture;
  rows: ReadingRow[];
  events: EventLine[];
}

/** One emulator process for 3 real seconds at 3600× (three simulated hours). */
async function acceleratedRun(sensorId: string, corruptFrameRate: number): Promise<Run> {
  const pair = await startPtyPair(runDir, sensorId);
  pairs.push(pair);
  const capture = await captureFrames(pair.agentEnd);
  const child = startEmulator(runDir, sensorId, {
    residents: [{ sensorId, seed: 7, ttyPath: pair.sensorEnd, groundTruthDir: truthDir }],
    acceleration: 3600,
    durationS: 3,
    epochMs: EPOCH,
    utcOffsetMinutes: 540,
    corruptFrameRate,
  });
  const exitCode = await child.exited;
  await waitUntilQuiet(capture);
  await capture.close();
  return {
    exitCode,
    capture,
    rows: readReadings(truthDir, sensorId),
    events: readEvents(truthDir, sensorId),
  };
}

const echoFrames = (capture: Capture) =>
  capture.frames.filter((frame) => frame.type === FrameType.bladderEcho);

afterAll(async () => {
  await Promise.all(pairs.map((pair) => pair.stop()));
});

describe("bladder emulator over a real pty", () => {
  let clean: Run;
  let noisy: Run;

  beforeAll(async () => {
    [clean, noisy] = await Promise.all([acceleratedRun("bl-clean", 0), acceleratedRun("bl-noisy", 0.25)]);
  });

  it("runs three simulated hours in three real seconds and exits 0", () => {
    expect(clean.exitCode).toBe(0);
    // 3 s × 3600 = 10 800 simulated seconds = 180 periods of 60 s, plus the reading at t = 0.
    expect(clean.rows.length).toBeGreaterThanOrEqual(170);
    expect(clean.rows.length).toBeLessThanOrEqual(190);
    expect(clean.rows.map((row) => row.sensorSeqTotal)).toEqual(clean.rows.map((_, index) => index));
    for (const row of clean.rows) expect(row.ticksMs).toBe(row.simTimeMs - EPOCH);
  });

  it("delivers every reading as a CRC-valid frame that matches the ground truth", () => {
    expect(clean.capture.assembler.counters).toMatchObject({ badCrc: 0, badLength: 0, noiseBytes: 0 });
    const echoes = echoFrames(clean.capture);
    expect(echoes.length).toBe(clean.rows.length);
    const rowBySeq = new Map(clean.rows.map((row) => [row.frameSeq, row]));
    for (const frame of echoes) {
      const decoded = decodeBladderEcho(frame.payload);
      const row = rowBySeq.get(frame.seq);
      if (!decoded.ok || row === undefined) throw new Error(`frame ${frame.seq} does not match a reading`);
      expect(decoded.value).toMatchObject({
        ticksMs: row.ticksMs,
        anteriorMm: row.anteriorMm,
        posteriorMm: row.posteriorMm,
        strength: row.strength,
      });
    }
  });

  it("announces itself with HELLO first and numbers frames consecutively", () => {
    const first = clean.capture.frames[0];
    expect(first?.type).toBe(FrameType.hello);
    const hello = decodeHello(first?.payload ?? new Uint8Array());
    expect(hello).toMatchObject({ ok: true, value: { sensorId: "bl-clean", kindCode: 1 } });
    expect(clean.capture.frames.map((frame) => frame.seq)).toEqual(
      clean.capture.frames.map((_, index) => index),
    );
  });

  it("makes the receiver reject exactly the injected faults", () => {
    expect(noisy.exitCode).toBe(0);
    const faults = noisy.events.filter((event) => event.type === "corruption");
    expect(faults.length).toBeGreaterThan(10);
    const expected = expectedRejects(noisy.events);
    expect(noisy.capture.assembler.counters).toMatchObject({
      badCrc: expected.badCrc,
      badLength: 0,
      noiseBytes: expected.noiseBytes,
    });
    const damagedSeqs = new Set(
      faults.filter((event) => event.kind !== "noise").map((event) => Number(event.frameSeq)),
    );
    const intactEchoSeqs = noisy.rows.filter((row) => !row.corrupted).map((row) => row.frameSeq);
    expect(echoFrames(noisy.capture).map((frame) => frame.seq)).toEqual(intactEchoSeqs);
    expect(noisy.rows.filter((row) => row.corrupted).every((row) => damagedSeqs.has(row.frameSeq))).toBe(
      true,
    );
  });
});

describe("bladder emulator when the tty vanishes and comes back", () => {
  it("keeps counting readings, marks the lost ones unsent, reopens, and stops cleanly on SIGTERM", async () => {
    const sensorId = "bl-replug";
    const pair = await startPtyPair(runDir, sensorId);
    pairs.push(pair);
    const before = await captureFrames(pair.agentEnd);
    const child = startEmulator(runDir, sensorId, {
      residents: [{ sensorId, seed: 3, ttyPath: pair.sensorEnd, groundTruthDir: truthDir }],
      acceleration: 1200,
      epochMs: EPOCH,
    });
    // Ground truth is written while the simulation runs.
    await waitFor(
      "readings on disk",
      () =>
        existsSync(join(truthDir, `${sensorId}.readings.csv`)) &&
        readReadings(truthDir, sensorId).length >= 10,
    );
    // Pulled cable: the pty pair is gone for a while (≥ 6 readings at 1200×), then plugged back in.
    await pair.stop();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await pair.restart();
    await before.close();
    const after = await captureFrames(pair.agentEnd);
    await waitFor("frames after the replug", () => echoFrames(after).length >= 10);
    await child.stop("SIGTERM");
    expect(await child.exited).toBe(0);
    await waitUntilQuiet(after);
    await after.close();

    const rows = readReadings(truthDir, sensorId);
    const events = readEvents(truthDir, sensorId);
    expect(events.at(-1)).toMatchObject({ type: "stop", readings: rows.length });
    expect(events.filter((event) => event.type === "port_open")).toHaveLength(2);
    expect(events.filter((event) => event.type === "port_closed")).toHaveLength(1);
    const unsent = rows.filter((row) => !row.sent);
    expect(unsent.length).toBeGreaterThanOrEqual(3);
    const received = new Set([...echoFrames(before), ...echoFrames(after)].map((frame) => frame.seq));
    const sentSeqs = new Set(rows.filter((row) => row.sent).map((row) => row.frameSeq));
    for (const seq of received) expect(sentSeqs.has(seq)).toBe(true);
    for (const row of unsent) expect(received.has(row.frameSeq)).toBe(false);
    // The sensor kept numbering while the line was down: frames after the replug continue the count.
    const lastBefore = Math.max(...echoFrames(before).map((frame) => frame.seq));
    expect(Math.min(...echoFrames(after).map((frame) => frame.seq))).toBeGreaterThan(
      lastBefore + unsent.length,
    );
  });
});
