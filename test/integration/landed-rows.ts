// What a sensor sent last is still on its way (agent batch → outbox → broker → bridge batch → InfluxDB)
// when the sensor reports it has finished. Tests that count stored rows poll until the expected count has
// landed or a deadline passes, then assert on what is there: a real loss still fails the assertion.
import type { InfluxDB } from "influx";

export async function rowsOnceLanded<Row>(
  influx: InfluxDB,
  query: string,
  expectedCount: number,
  timeoutMs = 30_000,
): Promise<Row[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = [...(await influx.query<Row>(query))];
    if (rows.length >= expectedCount || Date.now() >= deadline) return rows;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
