// The pipeline keeps its open batch in a journal and publishes what a dead pipeline left there first.
import { Subject } from "rxjs";
import { TestScheduler } from "rxjs/testing";
import { describe, expect, it } from "vitest";
import { encodeBladderEcho, encodeFrame, FrameType } from "../../proto/index.ts";
import { decodeFragments, joinFragments } from "../publish/batch-fragments.ts";
import type { OpenBatchJournal } from "../publish/open-batch-journal.ts";
import { bladderDefinition } from "../sensors/bladder/bladder-definition.ts";
import { defaultBladderSettings } from "../sensors/bladder/bladder-settings.ts";
import { Counters } from "../status/counters.ts";
import type { OutgoingPayload } from "./outgoing.ts";
import { buildSensorPipeline } from "./sensor-pipeline.ts";

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

/** A journal in memory that remembers, like the file, what was added since the last seal. */
class MemoryJournal implements OpenBatchJournal {
  fragments: Uint8Array[] = [];
  private emptyBeforeNextAdd = false;
  add(fragment: Uint8Array): void {
    if (this.emptyBeforeNextAdd) this.fragments = [];
    this.emptyBeforeNextAdd = false;
    this.fragments.push(fragment);
  }
  sealed(): void {
    this.emptyBeforeNextAdd = true;
  }
  takeLeftover(): Uint8Array[] {
    if (this.emptyBeforeNextAdd) return [];
    this.emptyBeforeNextAdd = true;
    return this.fragments;
  }
  close(): void {}
}

function pipelineWith(journal: OpenBatchJournal, scheduler: TestScheduler, input: Subject<Uint8Array>) {
  const outputs: OutgoingPayload[] = [];
  const subscription = buildSensorPipeline(input, bladderDefinition, defaultBladderSettings, {
    sensorId: "bladder-1",
    scheduler,
    clock: { now: () => 1_700_000_000_000 + scheduler.now() * 60, monotonic: () => scheduler.now() },
    counters: new Counters(),
    clockToleranceMs: 5_000,
    batchMaxCount: 10,
    batchMaxDelayMs: 5_000,
    windowMs: 5 * MINUTE,
    windowIdleFlushMs: 60_000,
    onReject: () => undefined,
    onHello: () => undefined,
    onClock: () => undefined,
    openBatchJournal: journal,
  }).subscribe((payload) => outputs.push(payload));
  return { outputs, subscription };
}

const batchesOf = (outputs: OutgoingPayload[]) => outputs.flatMap((o) => ("samples" in o ? [o.samples] : []));

describe("open batch journal in the sensor pipeline", () => {
  it("holds exactly the open batch, and a new pipeline publishes it before anything new", () => {
    const scheduler = new TestScheduler((a, b) => expect(a).toEqual(b));
    const journal = new MemoryJournal();
    scheduler.run(() => {
      const input = new Subject<Uint8Array>();
      const first = pipelineWith(journal, scheduler, input);
      input.next(echoFrame(0, 0));
      input.next(echoFrame(1, MINUTE));
      expect(journal.fragments).toHaveLength(2);
      expect(batchesOf(first.outputs)).toHaveLength(0);
      first.subscription.unsubscribe(); // the pipeline dies with two readings in its open batch

      const second = pipelineWith(journal, scheduler, input);
      const recovered = batchesOf(second.outputs);
      expect(recovered.map((b) => [b.firstSensorSeq ?? 0, (b.values?.length ?? 0) / 5])).toEqual([[0, 2]]);
      // The leftover is taken once; the next reading starts a fresh journal.
      input.next(echoFrame(2, 2 * MINUTE));
      expect(joinFragments(decodeFragments(journal.fragments).batches).map((b) => b.firstSensorSeq)).toEqual([
        2,
      ]);
      second.subscription.unsubscribe();
    });
  });

  it("marks the batch sealed once it has been emitted, so nothing is published twice", () => {
    const scheduler = new TestScheduler((a, b) => expect(a).toEqual(b));
    const journal = new MemoryJournal();
    scheduler.run(({ flush }) => {
      const input = new Subject<Uint8Array>();
      const first = pipelineWith(journal, scheduler, input);
      input.next(echoFrame(0, 0));
      scheduler.schedule(() => undefined, 6_000);
      flush(); // batchMaxDelayMs passes: the batch goes out
      expect(batchesOf(first.outputs)).toHaveLength(1);
      first.subscription.unsubscribe();
      const second = pipelineWith(journal, scheduler, input);
      expect(batchesOf(second.outputs)).toHaveLength(0);
      second.subscription.unsubscribe();
    });
  });
});
