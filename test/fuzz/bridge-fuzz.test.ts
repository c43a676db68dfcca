// Seeded, reproducible fuzzing of every untrusted-input path (test/fuzz/fuzz-harness.ts): the bridge's
// MQTT path through its own Ingest and dead-letter file, every frame payload decoder and the command
// decoding of the agent, its serial path per sensor kind and its Firmata analog path. `npm run faults`
// runs the same harness and prints its name=value lines; FUZZ_SEED=<n> explores another sequence.
import { beforeAll, describe, expect, it } from "vitest";
import { FrameAssembler } from "../../proto/index.ts";
import { chunks, validFrameStream } from "./frame-streams.ts";
import { DEFAULT_FUZZ_OPTIONS, type FuzzReport, fuzzLines, runFuzz } from "./fuzz-harness.ts";
import { fuzzProblems } from "./fuzz-verdict.ts";
import { SeededRandom } from "./seeded-random.ts";

describe("fuzzing", () => {
  let report: FuzzReport;
  beforeAll(async () => {
    report = await runFuzz(DEFAULT_FUZZ_OPTIONS);
    console.log(fuzzLines(report).join("\n"));
  }, 120_000);

  it("never crashes, on any path", () => {
    expect(report.crashes.first).toEqual([]);
    expect(report.crashes.count).toBe(0);
  });

  it("accounts for every envelope in the bridge's own counters and dead letters", () => {
    const { envelopes, fileEnvelopes } = report;
    expect(envelopes.inputs + fileEnvelopes.inputs).toBe(DEFAULT_FUZZ_OPTIONS.envelopeInputs);
    for (const tally of [envelopes, fileEnvelopes]) {
      expect(tally.counters.received).toBe(tally.inputs);
      expect(tally.unaccounted).toBe(0);
      expect(tally.badDeadLetters).toBe(0);
    }
  });

  it("keeps the dead-letter file within its bound, holding the newest rejects and counting the rest", () => {
    const file = report.deadLetterFile;
    expect(file.dropped).toBeGreaterThan(0);
    expect(report.fileEnvelopes.deadLetters.length).toBe(report.fileEnvelopes.rejected);
    expect(file.recorded).toBe(report.fileEnvelopes.rejected);
    expect(file.kept + file.dropped).toBe(report.fileEnvelopes.rejected);
    expect(file.mismatched).toBe(0);
    expect(file.largestFileBytes).toBeLessThanOrEqual(file.boundBytes);
  });

  it("feeds at least 1 MiB to each decoder, and every answer is a sound value or a reject with a reason", () => {
    expect(report.decoders.map((tally) => tally.name).sort()).toEqual(
      ["bed_block", "bladder_echo", "hello", "sample_block", "suit_frame", "suit_status"].sort(),
    );
    for (const tally of [...report.decoders, report.commands]) {
      expect(tally.bytes).toBeGreaterThanOrEqual(1 << 20);
      expect(tally.reasonless).toBe(0);
      expect(tally.flawed).toEqual([]);
    }
  });

  it("counts every frame of the agent's serial and Firmata paths as a reading, a HELLO or a reject", () => {
    for (const path of report.framePaths) {
      expect(path.unaccounted).toBe(0);
      expect(path.rejectsCounted).toBe(path.rejectsReported);
      expect(path.readings).toBeGreaterThan(0);
    }
    expect(report.firmata.instantsLost).toBe(0);
    expect(report.firmata.badInstants).toBe(0);
  });

  it("passes every check the fault suite applies to it", () => {
    expect(fuzzProblems(report)).toEqual([]);
  });
});

describe("the frame assembler on a clean stream", () => {
  it("gives back every frame, whatever the chunking", () => {
    const rng = new SeededRandom(DEFAULT_FUZZ_OPTIONS.seed ^ 0x0f0f0f0f);
    for (const sender of ["bladder", "bed", "suit"] as const) {
      const stream = validFrameStream(rng, 1 << 16, sender);
      const assembler = new FrameAssembler();
      const items = [...chunks(rng, stream.bytes, 4096)].flatMap((chunk) => assembler.push(chunk));
      expect(items.filter((item) => !item.ok)).toEqual([]);
      expect(items.map((item) => (item.ok ? item.value : null))).toEqual(stream.frames);
    }
  });
});
