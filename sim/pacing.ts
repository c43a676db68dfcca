// Readings fall on a fixed simulated grid: reading i is taken at epochMs + i · periodMs.
// After a stall (a slow disk, a suspended laptop) every overdue reading is still produced, in order,
// but in bounded batches so one catch-up cannot starve the event loop.

export interface ReadingGrid {
  epochMs: number;
  periodMs: number;
}

export function readingTimeMs(grid: ReadingGrid, index: number): number {
  return grid.epochMs + index * grid.periodMs;
}

/** How many readings from `nextIndex` on are due at `simNowMs`, at most `maxBatch`. */
export function dueReadingCount(
  grid: ReadingGrid,
  nextIndex: number,
  simNowMs: number,
  maxBatch: number,
): number {
  const lastDue = Math.floor((simNowMs - grid.epochMs) / grid.periodMs);
  return Math.max(0, Math.min(maxBatch, lastDue - nextIndex + 1));
}
