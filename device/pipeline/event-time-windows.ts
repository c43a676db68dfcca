import { Observable, type OperatorFunction, type SchedulerLike, type Subscription } from "rxjs";

export interface EventTimeWindow<T> {
  startMs: number;
  endMs: number;
  items: T[];
}

/**
 * Tumbling windows on the items' own timestamps (event time), so replayed or accelerated data
 * falls into the same windows as live data. A window closes when an item of a later window
 * arrives, or when nothing arrives for `idleFlushMs` of scheduler time, or on completion.
 * Items older than the open window (late arrivals) are passed to `onLate` and not windowed.
 */
export function eventTimeWindows<T>(
  windowMs: number,
  timeOf: (item: T) => number,
  idleFlushMs: number,
  scheduler: SchedulerLike,
  onLate: (item: T) => void = () => undefined,
): OperatorFunction<T, EventTimeWindow<T>> {
  return (source) =>
    new Observable<EventTimeWindow<T>>((subscriber) => {
      let open: EventTimeWindow<T> | null = null;
      let closedUpTo = Number.NEGATIVE_INFINITY;
      let idle: Subscription | null = null;
      let lastItemAt = 0;
      const close = () => {
        idle?.unsubscribe();
        idle = null;
        if (!open) return;
        const done = open;
        open = null;
        closedUpTo = done.endMs;
        subscriber.next(done);
      };
      const closeWhenIdle = () => {
        idle = null;
        const quietFor = scheduler.now() - lastItemAt;
        if (quietFor >= idleFlushMs) close();
        else idle = scheduler.schedule(closeWhenIdle, idleFlushMs - quietFor);
      };
      const subscription = source.subscribe({
        next: (item) => {
          const time = timeOf(item);
          if (time < closedUpTo || (open && time < open.startMs)) return onLate(item);
          if (open && time >= open.endMs) close();
          if (!open) {
            const startMs = Math.floor(time / windowMs) * windowMs;
            open = { startMs, endMs: startMs + windowMs, items: [] };
          }
          open.items.push(item);
          lastItemAt = scheduler.now();
          // One timer per idle period, not one per item: it re-arms itself until the stream was quiet long enough.
          idle ??= scheduler.schedule(closeWhenIdle, idleFlushMs);
        },
        error: (error) => subscriber.error(error),
        complete: () => {
          close();
          subscriber.complete();
        },
      });
      return () => {
        idle?.unsubscribe();
        subscription.unsubscribe();
      };
    });
}
