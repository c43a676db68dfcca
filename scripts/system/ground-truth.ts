import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Readings the simulator delivered intact to the tty (sent and not corrupted), from its ground-truth CSV. */
export function deliveredReadings(groundTruthDir: string, sensorId: string): number {
  const path = join(groundTruthDir, `${sensorId}.readings.csv`);
  if (!existsSync(path)) return 0;
  const [header = "", ...rows] = readFileSync(path, "utf8").trim().split("\n");
  const columns = header.split(",");
  const sent = columns.indexOf("sent");
  const corrupted = columns.indexOf("corrupted");
  if (sent < 0 || corrupted < 0) throw new Error(`${path} lacks sent/corrupted columns`);
  const truthy = (value: string | undefined) => value === "true" || value === "1";
  return rows.filter((row) => {
    const cells = row.split(",");
    return truthy(cells[sent]) && !truthy(cells[corrupted]);
  }).length;
}
