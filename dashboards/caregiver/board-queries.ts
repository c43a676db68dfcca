// The InfluxQL behind the board: the newest point per device or sensor, and the recent alerts per
// device. Reads only; the server connects as the read-only dashboard user.
import type { InfluxDB } from "influx";
import type { BoardRows } from "./board-model.ts";
import {
  alertRow,
  bedEpochRow,
  bladderFillRow,
  type InfluxRecord,
  placeable,
  predictionRow,
  statusRow,
} from "./influx-rows.ts";

/**
 * Alerts kept per device. An open alert older than its device's newest ALERTS_PER_DEVICE alert points
 * drops off the board; a cleared point is never older than its raise, so a clear is never lost alone.
 */
export const ALERTS_PER_DEVICE = 500;

// No time bounds: a device without a real-time clock (or the demo's accelerated one) may stamp its data
// in our past or future, and the newest point per series is what counts.
export const BOARD_QUERIES = {
  alerts: `SELECT "alert_id", "message", "site", "sensor", "kind", "severity", "state" FROM "alert" GROUP BY "device" ORDER BY time DESC LIMIT ${ALERTS_PER_DEVICE}`,
  statuses: `SELECT * FROM "device_status" GROUP BY "device" ORDER BY time DESC LIMIT 1`,
  bedEpochs: `SELECT * FROM "bed_epoch" GROUP BY "device", "sensor" ORDER BY time DESC LIMIT 1`,
  bladderFills: `SELECT * FROM "bladder_fill" GROUP BY "device", "sensor" ORDER BY time DESC LIMIT 1`,
  predictions: `SELECT * FROM "prediction" WHERE "target" = 'void_threshold' GROUP BY "device", "sensor" ORDER BY time DESC LIMIT 1`,
} as const;

export async function queryBoardRows(influx: InfluxDB): Promise<BoardRows> {
  const run = async (query: string) => [...(await influx.query<InfluxRecord>(query))];
  const [alerts, statuses, bedEpochs, bladderFills, predictions] = await Promise.all([
    run(BOARD_QUERIES.alerts),
    run(BOARD_QUERIES.statuses),
    run(BOARD_QUERIES.bedEpochs),
    run(BOARD_QUERIES.bladderFills),
    run(BOARD_QUERIES.predictions),
  ]);
  return {
    alerts: alerts.map(alertRow).filter(placeable),
    statuses: statuses.map(statusRow).filter(placeable),
    bedEpochs: bedEpochs.map(bedEpochRow).filter(placeable),
    bladderFills: bladderFills.map(bladderFillRow).filter(placeable),
    predictions: predictions.map(predictionRow).filter(placeable),
  };
}
