import { describe, expect, it } from "vitest";
import {
  type AlertRow,
  type BedEpochRow,
  type BoardRows,
  bedSummary,
  buildBoard,
  openAlerts,
} from "./board-model.ts";
import type { DeviceClock } from "./status-freshness.ts";

const NOW = 1_800_000_000_000;

function alert(partial: Partial<AlertRow>): AlertRow {
  return {
    timeMs: NOW - 60_000,
    device: "bed101",
    site: "site-a",
    sensor: "bed-1",
    kind: "bed_exit",
    severity: "critical",
    state: "raised",
    alertId: "bed-1-bed_exit-1",
    message: "resident left the bed",
    ...partial,
  };
}

function epoch(partial: Partial<BedEpochRow>): BedEpochRow {
  return {
    timeMs: NOW - 30_000,
    device: "bed101",
    site: "site-a",
    sensor: "bed-1",
    hrBpm: 61.4,
    rrPerMin: 14.2,
    hrQuality: 1,
    rrQuality: 1,
    occupancy: 1,
    ...partial,
  };
}

const emptyRows = (): BoardRows => ({
  alerts: [],
  statuses: [],
  bedEpochs: [],
  bladderFills: [],
  predictions: [],
});

const wallClock = () => NOW;

describe("openAlerts", () => {
  it("keeps a raised alert until a cleared point with the same id exists, whatever the order", () => {
    const rows = [
      alert({ alertId: "a", timeMs: NOW - 50_000 }),
      alert({ alertId: "b", timeMs: NOW - 40_000, state: "cleared" }),
      alert({ alertId: "b", timeMs: NOW - 40_000 }),
    ];
    const open = openAlerts(rows, wallClock);
    expect(open.map((a) => a.alertId)).toEqual(["a"]);
    expect(open[0]?.ageMs).toBe(50_000);
  });

  it("shows acknowledged alerts after unacknowledged ones, and the most severe first", () => {
    const rows = [
      alert({ alertId: "ack", timeMs: NOW - 90_000 }),
      alert({ alertId: "ack", timeMs: NOW - 80_000, state: "acknowledged" }),
      alert({ alertId: "warn", severity: "warning", timeMs: NOW - 70_000 }),
      alert({ alertId: "crit", timeMs: NOW - 10_000 }),
    ];
    const open = openAlerts(rows, wallClock);
    expect(open.map((a) => [a.alertId, a.acknowledged])).toEqual([
      ["crit", false],
      ["warn", false],
      ["ack", true],
    ]);
  });

  it("measures age on the device's clock and never shows a negative age", () => {
    const deviceAhead = () => NOW + 3600_000;
    const [ahead] = openAlerts([alert({ timeMs: NOW + 3600_000 - 20_000 })], deviceAhead);
    expect(ahead?.ageMs).toBe(20_000);
    const [future] = openAlerts([alert({ timeMs: NOW + 5_000 })], wallClock);
    expect(future?.ageMs).toBe(0);
  });
});

describe("bedSummary", () => {
  it("hides a rate whose quality is not good", () => {
    const summary = bedSummary(epoch({ rrQuality: 2 }), NOW);
    expect(summary.heartRateBpm).toBeCloseTo(61.4);
    expect(summary.breathingRatePerMin).toBeNull();
    expect(summary.ageMs).toBe(30_000);
  });
});

describe("buildBoard", () => {
  it("puts tiles with open alerts first and fills each tile from the newest rows", () => {
    const rows = emptyRows();
    rows.statuses.push(
      { timeMs: NOW - 5_000, device: "bed101", site: "site-a", state: "online", reason: "" },
      { timeMs: NOW - 5_000, device: "bed102", site: "site-a", state: "online", reason: "" },
    );
    rows.alerts.push(alert({ device: "bed102", sensor: "bed-2", alertId: "x" }));
    rows.bedEpochs.push(
      epoch({ timeMs: NOW - 60_000, hrBpm: 70 }),
      epoch({ timeMs: NOW - 30_000, hrBpm: 62 }),
      epoch({ device: "bed102", sensor: "bed-2", occupancy: 0, hrBpm: null, rrPerMin: null }),
    );
    rows.bladderFills.push({
      timeMs: NOW - 100_000,
      device: "resident01",
      site: "site-a",
      sensor: "bladder-1",
      level: 7,
      volumeMl: 300,
    });
    rows.predictions.push({
      timeMs: NOW - 100_000,
      device: "resident01",
      site: "site-a",
      sensor: "bladder-1",
      minutesUntil: 25,
    });
    const clocks = new Map<string, DeviceClock>([
      ["bed101", { statusTimeMs: NOW - 5_000, seenAtMs: NOW - 5_000 }],
      ["bed102", { statusTimeMs: NOW - 5_000, seenAtMs: NOW - 5_000 }],
    ]);
    const board = buildBoard(rows, clocks, NOW);
    expect(board.tiles.map((t) => t.device)).toEqual(["bed102", "bed101", "resident01"]);
    const [bed102, bed101, resident] = board.tiles;
    expect(bed102?.alerts.map((a) => a.kind)).toEqual(["bed_exit"]);
    expect(bed101?.beds[0]?.heartRateBpm).toBe(62);
    expect(bed101?.connection).toBe("online");
    expect(bed101?.stale).toBe(false);
    expect(resident?.bladders[0]).toMatchObject({ level: 7, minutesUntilVoid: 25, ageMs: 100_000 });
    // No status at all: unknown and stale, but its data is still shown.
    expect(resident).toMatchObject({ connection: "unknown", stale: true, lastStatusAgeMs: null });
  });

  it("marks a device stale when its last status was seen more than 30 s ago, and shows its will", () => {
    const rows = emptyRows();
    rows.statuses.push({
      timeMs: NOW - 45_000,
      device: "bed101",
      site: "site-a",
      state: "offline",
      reason: "connection lost",
    });
    const clocks = new Map([["bed101", { statusTimeMs: NOW - 45_000, seenAtMs: NOW - 45_000 }]]);
    const [tile] = buildBoard(rows, clocks, NOW).tiles;
    expect(tile).toMatchObject({ connection: "offline", stale: true, lastStatusAgeMs: 45_000 });
  });
});
