// The pipeline keeps its open batch in a journal and publishes what a dead pipeline left there first.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Subject } from "rxjs";
import { TestScheduler } from "rxjs/testing";
import { describe, expect, it } from "vitest";
import { encodeBladderEcho, encodeFrame, FrameType } from "../../proto/index.ts";
import { decodeFragments, joinFragments } from "../publish/batch-fragments.ts";
import { FileOpenBatchJournal, type OpenBatchJournal, readJournal } from "../publish/open-batch-journal.ts";
import { bladderDefinition } from "../sensors/bladder/bladder-definition.ts";
import { defaultBladderSettings } from "../sensors/bladder/bladder-settings.ts";
import { Counters } from "../status/counters.ts";
import type { OutgoingPayload } from "./outgoing.ts";
import { buildSensorPipeline } from "./sensor-pipeline.ts";
import { testPipelineOptions } from "./test-pipeline-options.ts";

const MINUTE = 60_000;

const echoFrame = (seq: number, ticksMs: number) =>
  encodeFrame({
    type: FrameType.bladderEcho,
    seq,
    payload: encodeBladderEcho({
      ticksMs,
      anteriorMm: 30,
      posteriorMm: 110,
      strength: 200,
      moving: false,
      batteryPct: 90,
    }),
  });

function journalIn(dir = mkdtempSync(join(tmpdir(), "journal-"))): FileOpenBatchJournal {
  return new FileOpenBatchJournal(join(dir, "bladder-1.journal"), new Counters(), () => undefined);
}

/** Fragments now in the journal's two files. */
function fragmentsOnDisk(journal: FileOpenBatchJournal): Uint8Array[] {
  const dir = dirname(journal.path);
  return ["a", "b"].flatMap(
    (slot) => readJournal(readFileSync(join(dir, `bladder-1.journal.${slot}`))).fragments,
  );
}

function pipelineWith(journal: OpenBatchJournal, scheduler: TestScheduler, input: Subject<Uint8Array>) {
  const outputs: OutgoingPayload[] = [];
  const subscription = buildSensorPipeline(
    input,
    bladderDefinition,
    defaultBladderSettings,
    testPipelineOptions(scheduler, { openBatchJournal: journal }),
  ).subscribe((payload) => outputs.push(payload));
  return { outputs, subscription };
}

const batchesOf = (outputs: OutgoingPayload[]) => outputs.flatMap((o) => ("samples" in o ? [o.samples] : []));

describe("open batch journal in the sensor pipeline", () => {
  it("holds exactly the open batch, and a new pipeline publishes it before anything new", () => {
    const scheduler = new TestScheduler((a, b) => expect(a).toEqual(b));
    const journal = journalIn();
    scheduler.run(() => {
      const input = new Subject<Uint8Array>();
      const first = pipelineWith(journal, scheduler, input);
      input.next(echoFrame(0, 0));
      input.next(echoFrame(1, MINUTE));
      expect(fragmentsOnDisk(journal)).toHaveLength(2);
      expect(batchesOf(first.outputs)).toHaveLength(0);
      first.subscription.unsubscribe(); // the pipeline dies with two readings in its open batch

      const second = pipelineWith(journal, scheduler, input);
      const recovered = batchesOf(second.outputs);
      expect(recovered.map((b) => [b.firstSensorSeq ?? 0, (b.values?.length ?? 0) / 5])).toEqual([[0, 2]]);
      // The leftover is taken once; the next reading starts a fresh journal.
      input.next(echoFrame(2, 2 * MINUTE));
      expect(
        joinFragments(decodeFragments(fragmentsOnDisk(journal)).batches).map((b) => b.firstSensorSeq),
      ).toEqual([2]);
      second.subscription.unsubscribe();
    });
  });

  it("replays at most the batch sealed last, with the same samples, after a pipeline ends", () => {
    const scheduler = new TestScheduler((a, b) => expect(a).toEqual(b));
    const journal = journalIn();
    scheduler.run(({ flush }) => {
      const input = new Subject<Uint8Array>();
      const first = pipelineWith(journal, scheduler, input);
      input.next(echoFrame(0, 0));
      scheduler.schedule(() => undefined, 6_000);
      flush(); // batchMaxDelayMs passes: the batch goes out
      const [sent] = batchesOf(first.outputs);
      first.subscription.unsubscribe();
      const second = pipelineWith(journal, scheduler, input);
      // Storage keys samples by time: the replayed batch stores the very same points.
      expect(batchesOf(second.outputs)).toEqual([
        expect.objectContaining({ startTimeUs: sent?.startTimeUs, values: sent?.values }),
      ]);
      second.subscription.unsubscribe();
      expect(batchesOf(pipelineWith(journal, scheduler, input).outputs)).toEqual([]);
    });
  });
});
