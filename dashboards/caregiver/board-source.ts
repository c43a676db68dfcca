// Serves the board to any number of open pages: one set of queries per second at most, however many
// browsers poll, and the device clocks carried from poll to poll.
import type { Board, BoardRows } from "./board-model.ts";
import { buildBoard } from "./board-model.ts";
import { type DeviceClock, updateDeviceClocks } from "./status-freshness.ts";

const REUSE_FOR_MS = 1000;

export class BoardSource {
  private clocks = new Map<string, DeviceClock>();
  private latest: { atMs: number; board: Promise<Board> } | null = null;

  constructor(
    private readonly queryRows: () => Promise<BoardRows>,
    private readonly now: () => number,
  ) {}

  board(): Promise<Board> {
    const nowMs = this.now();
    if (this.latest && nowMs - this.latest.atMs < REUSE_FOR_MS) return this.latest.board;
    const board = this.fresh();
    this.latest = { atMs: nowMs, board };
    // A failed query is not reused: the next poll tries again.
    board.catch(() => {
      if (this.latest?.board === board) this.latest = null;
    });
    return board;
  }

  private async fresh(): Promise<Board> {
    const rows = await this.queryRows();
    const wallNowMs = this.now();
    const statusTimes = new Map<string, number>();
    for (const status of rows.statuses)
      statusTimes.set(status.device, Math.max(status.timeMs, statusTimes.get(status.device) ?? -Infinity));
    this.clocks = updateDeviceClocks(this.clocks, statusTimes, wallNowMs);
    return buildBoard(rows, this.clocks, wallNowMs);
  }
}
