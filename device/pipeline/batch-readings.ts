import { Observable, type OperatorFunction, type SchedulerLike, type Subscription } from "rxjs";

export interface BatchRule<T> {
  maxCount: number;
  /** Longest time (scheduler time) the first item of a batch may wait. */
  maxDelayMs: number;
  /** True when `next` cannot join a batch from `first` to `last` (a gap in the frame counter, a span too long). */
  breaksBatch(first: T, last: T, next: T): boolean;
}

/** Keeps the open batch where a crash cannot take it (device/publish/open-batch-journal.ts). */
export interface OpenBatchKeeper<T> {
  /** An item joined the open batch. */
  add(item: T): void;
  /** The open batch was handed on: downstream has it, synchronously. */
  sealed(): void;
}

/** Groups items into bounded batches by count, age and continuity. */
export function batchReadings<T>(
  rule: BatchRule<T>,
  scheduler: SchedulerLike,
  keeper?: OpenBatchKeeper<T>,
): OperatorFunction<T, T[]> {
  return (source) =>
    new Observable<T[]>((subscriber) => {
      let batch: T[] = [];
      let timer: Subscription | null = null;
      const flush = () => {
        timer?.unsubscribe();
        timer = null;
        if (batch.length === 0) return;
        const full = batch;
        batch = [];
        subscriber.next(full);
        keeper?.sealed();
      };
      const subscription = source.subscribe({
        next: (item) => {
          const [first] = batch;
          const last = batch[batch.length - 1];
          if (first !== undefined && last !== undefined && rule.breaksBatch(first, last, item)) flush();
          batch.push(item);
          keeper?.add(item);
          if (batch.length >= rule.maxCount) return flush();
          timer ??= scheduler.schedule(flush, rule.maxDelayMs);
        },
        error: (error) => subscriber.error(error),
        complete: () => {
          flush();
          subscriber.complete();
        },
      });
      return () => {
        timer?.unsubscribe();
        subscription.unsubscribe();
      };
    });
}
