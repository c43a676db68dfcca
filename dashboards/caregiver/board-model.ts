// The caregiver board: what night staff see per device (one bed or one resident), built from the latest
// InfluxDB rows. Pure: rows and a device-clock estimate in, a JSON-ready board out.
import { type DeviceClock, deviceNowMs, isStale } from "./status-freshness.ts";

export interface AlertRow {
  timeMs: number;
  device: string;
  site: string;
  sensor: string;
  kind: string;
  severity: string;
  state: string;
  alertId: string;
  message: string;
}

export interface StatusRow {
  timeMs: number;
  device: string;
  site: string;
  state: string;
  reason: string;
}

export interface BedEpochRow {
  timeMs: number;
  device: string;
  site: string;
  sensor: string;
  hrBpm: number | null;
  rrPerMin: number | null;
  /** Per-rate quality codes of the epoch (proto Quality: 1 = good). */
  hrQuality: number | null;
  rrQuality: number | null;
  occupancy: number | null;
}

export interface BladderFillRow {
  timeMs: number;
  device: string;
  site: string;
  sensor: string;
  level: number | null;
  volumeMl: number | null;
}

export interface PredictionRow {
  timeMs: number;
  device: string;
  site: string;
  sensor: string;
  minutesUntil: number | null;
}

export interface BoardRows {
  alerts: AlertRow[];
  statuses: StatusRow[];
  bedEpochs: BedEpochRow[];
  bladderFills: BladderFillRow[];
  predictions: PredictionRow[];
}

export interface OpenAlert {
  alertId: string;
  kind: string;
  severity: string;
  sensor: string;
  message: string;
  raisedMs: number;
  /** Since it was raised, on the device's own clock. */
  ageMs: number;
  /** A caregiver acknowledged it; it stays on the board until the device clears it. */
  acknowledged: boolean;
}

export interface BedSummary {
  sensor: string;
  ageMs: number;
  heartRateBpm: number | null;
  breathingRatePerMin: number | null;
  occupancy: number | null;
}

export interface BladderSummary {
  sensor: string;
  ageMs: number;
  level: number | null;
  volumeMl: number | null;
  minutesUntilVoid: number | null;
}

export type Connection = "online" | "degraded" | "offline" | "unknown";

export interface Tile {
  device: string;
  site: string;
  connection: Connection;
  reason: string;
  lastStatusAgeMs: number | null;
  stale: boolean;
  alerts: OpenAlert[];
  beds: BedSummary[];
  bladders: BladderSummary[];
}

export interface Board {
  generatedAtMs: number;
  tiles: Tile[];
}

const QUALITY_GOOD = 1;
const SEVERITY_RANK: Record<string, number> = { critical: 0, warning: 1, info: 2 };

/** An alert is open when it was raised and never cleared (the cleared point may share its timestamp). */
export function openAlerts(rows: readonly AlertRow[], nowOf: (device: string) => number): OpenAlert[] {
  const byId = new Map<string, { raised?: AlertRow; cleared: boolean; acknowledged: boolean }>();
  for (const row of rows) {
    const entry = byId.get(row.alertId) ?? { cleared: false, acknowledged: false };
    if (row.state === "raised") entry.raised = row;
    else if (row.state === "cleared") entry.cleared = true;
    else if (row.state === "acknowledged") entry.acknowledged = true;
    byId.set(row.alertId, entry);
  }
  const open: OpenAlert[] = [];
  for (const { raised, cleared, acknowledged } of byId.values()) {
    if (!raised || cleared) continue;
    open.push({
      alertId: raised.alertId,
      kind: raised.kind,
      severity: raised.severity,
      sensor: raised.sensor,
      message: raised.message,
      raisedMs: raised.timeMs,
      ageMs: Math.max(0, nowOf(raised.device) - raised.timeMs),
      acknowledged,
    });
  }
  return open.sort(compareAlerts);
}

/** Unacknowledged first, then the most severe, then the oldest. */
export function compareAlerts(a: OpenAlert, b: OpenAlert): number {
  if (a.acknowledged !== b.acknowledged) return a.acknowledged ? 1 : -1;
  const severity = (SEVERITY_RANK[a.severity] ?? 3) - (SEVERITY_RANK[b.severity] ?? 3);
  return severity !== 0 ? severity : a.raisedMs - b.raisedMs;
}

/** The newest row of each (device, sensor), whatever order the rows came in. */
export function latestPerSensor<T extends { device: string; sensor: string; timeMs: number }>(
  rows: readonly T[],
): T[] {
  const latest = new Map<string, T>();
  for (const row of rows) {
    const key = `${row.device}\u0000${row.sensor}`;
    const seen = latest.get(key);
    if (!seen || row.timeMs > seen.timeMs) latest.set(key, row);
  }
  return [...latest.values()];
}

/** A rate is shown only when the epoch rated it good: an absent number, never a guessed one. */
export function bedSummary(row: BedEpochRow, nowMs: number): BedSummary {
  const good = (value: number | null, quality: number | null) =>
    value !== null && (quality === null || quality === QUALITY_GOOD) ? value : null;
  return {
    sensor: row.sensor,
    ageMs: Math.max(0, nowMs - row.timeMs),
    heartRateBpm: good(row.hrBpm, row.hrQuality),
    breathingRatePerMin: good(row.rrPerMin, row.rrQuality),
    occupancy: row.occupancy,
  };
}

export function bladderSummary(
  fill: BladderFillRow,
  prediction: PredictionRow | undefined,
  nowMs: number,
): BladderSummary {
  return {
    sensor: fill.sensor,
    ageMs: Math.max(0, nowMs - fill.timeMs),
    level: fill.level,
    volumeMl: fill.volumeMl,
    minutesUntilVoid: prediction?.minutesUntil ?? null,
  };
}

function connectionOf(state: string | undefined): Connection {
  return state === "online" || state === "degraded" || state === "offline" ? state : "unknown";
}

/** Tiles with an open, unacknowledged alert come first (the worst, oldest alert first), then by device. */
export function compareTiles(a: Tile, b: Tile): number {
  const firstA = a.alerts[0];
  const firstB = b.alerts[0];
  const urgentA = firstA !== undefined && !firstA.acknowledged;
  const urgentB = firstB !== undefined && !firstB.acknowledged;
  if (urgentA !== urgentB) return urgentA ? -1 : 1;
  if (urgentA && firstA && firstB) {
    const byAlert = compareAlerts(firstA, firstB);
    if (byAlert !== 0) return byAlert;
  }
  return a.device.localeCompare(b.device);
}

/** A device we have data from but no status yet: unknown, and stale until it reports. */
function emptyTile(device: string, site: string): Tile {
  return {
    device,
    site,
    connection: "unknown",
    reason: "",
    lastStatusAgeMs: null,
    stale: true,
    alerts: [],
    beds: [],
    bladders: [],
  };
}

function newestTimePerDevice(rows: BoardRows): Map<string, number> {
  const newest = new Map<string, number>();
  const all = [
    ...rows.alerts,
    ...rows.statuses,
    ...rows.bedEpochs,
    ...rows.bladderFills,
    ...rows.predictions,
  ];
  for (const row of all) newest.set(row.device, Math.max(row.timeMs, newest.get(row.device) ?? -Infinity));
  return newest;
}

export function buildBoard(
  rows: BoardRows,
  clocks: ReadonlyMap<string, DeviceClock>,
  wallNowMs: number,
): Board {
  const newest = newestTimePerDevice(rows);
  // Statuses come every few seconds: between them, the device's newest data is the better clock.
  const nowOf = (device: string) =>
    Math.max(deviceNowMs(clocks.get(device), wallNowMs), newest.get(device) ?? -Infinity);
  const tiles = new Map<string, Tile>();
  const tileOf = (device: string, site: string): Tile => {
    const tile = tiles.get(device) ?? emptyTile(device, site);
    tiles.set(device, tile);
    return tile;
  };
  for (const status of latestPerSensor(rows.statuses.map((s) => ({ ...s, sensor: "" })))) {
    const tile = tileOf(status.device, status.site);
    const clock = clocks.get(status.device);
    tile.connection = connectionOf(status.state);
    tile.reason = status.reason;
    tile.lastStatusAgeMs = clock ? Math.max(0, wallNowMs - clock.seenAtMs) : null;
    tile.stale = isStale(clock, wallNowMs);
  }
  for (const alert of openAlerts(rows.alerts, nowOf)) {
    const row = rows.alerts.find((r) => r.alertId === alert.alertId);
    if (row) tileOf(row.device, row.site).alerts.push(alert);
  }
  for (const epoch of latestPerSensor(rows.bedEpochs))
    tileOf(epoch.device, epoch.site).beds.push(bedSummary(epoch, nowOf(epoch.device)));
  const predictions = latestPerSensor(rows.predictions);
  for (const fill of latestPerSensor(rows.bladderFills)) {
    const prediction = predictions.find((p) => p.device === fill.device && p.sensor === fill.sensor);
    tileOf(fill.device, fill.site).bladders.push(bladderSummary(fill, prediction, nowOf(fill.device)));
  }
  for (const tile of tiles.values()) {
    tile.beds.sort((a, b) => a.sensor.localeCompare(b.sensor));
    tile.bladders.sort((a, b) => a.sensor.localeCompare(b.sensor));
  }
  return { generatedAtMs: wallNowMs, tiles: [...tiles.values()].sort(compareTiles) };
}
