// The EMG processor counts time in samples fed (ms since its first sample); the agent needs wall time.
// Each block tells where its first sample lies in both; the mapping is piecewise: it moves when samples
// were lost (the processor time skips nothing, the wall time does) or the sensor clock offset improves.
// Events refer back in time by up to a few hundred ms (backtracked onsets, electrode faults), so recent
// pieces are kept: bounded by age and by count.

interface Piece {
  fromProcMs: number;
  offsetMs: number;
}

/** Offset changes smaller than this are clock jitter, not worth a new piece. */
const MIN_STEP_MS = 0.5;
const KEEP_HISTORY_MS = 30_000;
const MAX_PIECES = 256;

export class ProcessorTimeline {
  private pieces: Piece[] = [];

  /** Records that processor time `procMs` is wall time `wallMs`. */
  note(procMs: number, wallMs: number): void {
    const offsetMs = wallMs - procMs;
    const last = this.pieces[this.pieces.length - 1];
    if (last && Math.abs(last.offsetMs - offsetMs) < MIN_STEP_MS) return;
    this.pieces.push({ fromProcMs: procMs, offsetMs });
    while (
      this.pieces.length > MAX_PIECES ||
      (this.pieces.length > 1 && (this.pieces[1]?.fromProcMs ?? 0) < procMs - KEEP_HISTORY_MS)
    ) {
      this.pieces.shift();
    }
  }

  toWallMs(procMs: number): number {
    for (let i = this.pieces.length - 1; i >= 0; i--) {
      const piece = this.pieces[i];
      if (piece && (piece.fromProcMs <= procMs || i === 0)) return procMs + piece.offsetMs;
    }
    return procMs;
  }
}
