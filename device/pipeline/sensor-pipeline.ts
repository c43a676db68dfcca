// The RxJS shell around a sensor definition: bytes in, wire payloads out.
import {
  concat,
  connect,
  defer,
  EMPTY,
  filter,
  map,
  merge,
  mergeMap,
  type Observable,
  type SchedulerLike,
} from "rxjs";
import { type AssembledItem, type care, FrameAssembler } from "../../proto/index.ts";
import { encodeFragment, leftoverBatches } from "../publish/batch-fragments.ts";
import type { OpenBatchJournal } from "../publish/open-batch-journal.ts";
import { toWireIntegers } from "../sensors/channel.ts";
import type { SensorAnalyzer, SensorDefinition, Stamped } from "../sensors/sensor-definition.ts";
import { batchReadings } from "./batch-readings.ts";
import { eventTimeWindows } from "./event-time-windows.ts";
import type { OutgoingPayload } from "./outgoing.ts";
import { createFrameStamper, type StampContext } from "./stamp-frames.ts";

/** sample_offsets_us is uint32: a batch may span at most 2^32 µs (71 min); keep well below. */
const MAX_BATCH_SPAN_MS = 3_600_000;

export interface SensorPipelineOptions extends StampContext {
  sensorId: string;
  scheduler: SchedulerLike;
  batchMaxCount: number;
  batchMaxDelayMs: number;
  windowMs: number;
  /** Scheduler time without data after which an open window is closed anyway. */
  windowIdleFlushMs: number;
  /** The sensor's stateful analysis, when its definition has one. */
  analyzer?: SensorAnalyzer<unknown>;
  /** Where the open batch of readings is kept against a crash; its leftover is published first. */
  openBatchJournal?: OpenBatchJournal;
}

export function sampleBatchOf<Reading>(
  definition: SensorDefinition<Reading, unknown>,
  sensorId: string,
  batch: readonly Stamped<Reading>[],
): care.v1.SampleBatch.$Properties {
  const first = batch[0];
  if (!first) throw new Error("sampleBatchOf needs at least one reading");
  const startUs = Math.round(first.timeMs * 1000);
  return {
    sensorId,
    sensorKind: definition.protoKind,
    stream: definition.stream,
    channelNames: definition.channels.map((ch) => ch.name),
    values: toWireIntegers(
      definition.channels,
      batch.map((stamped) => stamped.reading),
    ),
    scale: 1,
    channelScales: definition.channels.map((ch) => ch.scale),
    channelUnits: definition.channels.map((ch) => ch.unit),
    startTimeUs: startUs,
    sampleOffsetsUs: batch.map((stamped) => Math.round(stamped.timeMs * 1000) - startUs),
    firstSensorSeq: first.sensorSeq,
    gapBefore: first.gapBefore,
  };
}

export function assembleFrames(): (chunks: Observable<Uint8Array>) => Observable<AssembledItem> {
  return (chunks) =>
    defer(() => {
      const assembler = new FrameAssembler();
      return chunks.pipe(mergeMap((chunk) => assembler.push(chunk)));
    });
}

export function buildSensorPipeline<Reading, Settings>(
  chunks: Observable<Uint8Array>,
  definition: SensorDefinition<Reading, Settings>,
  settings: Settings,
  options: SensorPipelineOptions,
): Observable<OutgoingPayload> {
  const generic = definition as unknown as SensorDefinition<Reading, unknown>;
  const stampedSource = defer(() => {
    const stamp = createFrameStamper(generic, options);
    return chunks.pipe(
      assembleFrames(),
      map(stamp),
      filter((reading): reading is Stamped<Reading> => reading !== null),
    );
  });
  // connect() subscribes every branch before the source starts, so a synchronous source (a replayed
  // file) is read once and seen whole by batches, windows and the analyzer alike.
  return stampedSource.pipe(connect((stamped) => branches(stamped, generic, settings, options)));
}

function branches<Reading, Settings>(
  stamped: Observable<Stamped<Reading>>,
  definition: SensorDefinition<Reading, Settings>,
  settings: Settings,
  options: SensorPipelineOptions,
): Observable<OutgoingPayload> {
  const generic = definition as unknown as SensorDefinition<Reading, unknown>;

  const journal = options.openBatchJournal;
  const batches = stamped.pipe(
    batchReadings<Stamped<Reading>>(
      {
        maxCount: options.batchMaxCount,
        maxDelayMs: options.batchMaxDelayMs,
        breaksBatch: (first, last, next) =>
          next.sensorSeq !== last.sensorSeq + 1 || next.timeMs - first.timeMs > MAX_BATCH_SPAN_MS,
      },
      options.scheduler,
      journal && {
        add: (item) => journal.add(encodeFragment(sampleBatchOf(generic, options.sensorId, [item]))),
        sealed: () => journal.sealed(),
      },
    ),
    map((batch): OutgoingPayload => ({ samples: sampleBatchOf(generic, options.sensorId, batch) })),
  );
  // What the last pipeline (a dead process, a failed pipeline) held in its open batch goes out first.
  const leftover = defer(() =>
    journal
      ? leftoverBatches(journal, options.counters).map((samples): OutgoingPayload => ({ samples }))
      : [],
  );

  const analyzer = options.analyzer as SensorAnalyzer<Reading> | undefined;
  // Subscribed before the analysis branch: a window closes on the first reading of the next one, when the
  // analyzer has seen every reading of the window and not yet that one.
  const observations = stamped.pipe(
    eventTimeWindows<Stamped<Reading>>(
      options.windowMs,
      (item) => item.timeMs,
      options.windowIdleFlushMs,
      options.scheduler,
      () => options.counters.increment("readings_late_for_window"),
    ),
    map((window): OutgoingPayload => {
      const draft =
        analyzer?.estimateWindow?.(window.items) ?? definition.estimateWindow(window.items, settings);
      return {
        observation: {
          sensorId: options.sensorId,
          sensorKind: definition.protoKind,
          name: draft.name,
          timeMs: window.startMs,
          windowMs: options.windowMs,
          fields: draft.fields,
          quality: draft.quality,
        },
      };
    }),
  );

  const analysis = analyzer ? stamped.pipe(mergeMap((reading) => analyzer.analyze(reading))) : EMPTY;
  // What an analyzer still holds when the stream ends (a partial batch, an open session) goes out last.
  const analysisThenFlush = analyzer?.flush
    ? concat(
        analysis,
        defer(() => analyzer.flush?.() ?? []),
      )
    : analysis;
  // A definition without per-reading channels batches its raw samples itself (sample blocks, in its analyzer).
  // An analyzer that batches raw samples keeps its open batch in the same journal: its leftover goes out first too.
  const readingBatches = definition.channels.length > 0 ? concat(leftover, batches) : leftover;

  return merge(readingBatches, observations, analysisThenFlush);
}
