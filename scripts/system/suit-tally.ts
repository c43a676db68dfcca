// What InfluxDB holds of each suit, next to what its emulator says happened: for the demo's live line and
// its closing report.
import { InfluxDB } from "influx";
import type { SuitUnit } from "./suit-system.ts";
import { readSuitTruth } from "./suit-truth.ts";

export interface SuitTally {
  sensorId: string;
  sessionsEnded: number;
  sessionsStored: number;
  envelopeWindows: number;
  onsets: number;
  samplesLost: number;
}

export async function tallySuits(
  influxUrl: string,
  suits: readonly SuitUnit[],
  groundTruthDir: string,
): Promise<SuitTally[]> {
  const influx = new InfluxDB(`${influxUrl}/care`);
  const count = async (query: string) => Number((await influx.query<{ n: number }>(query))[0]?.n ?? 0);
  return Promise.all(
    suits.map(async (suit) => {
      const where = `WHERE "sensor" = '${suit.sensorId}'`;
      return {
        sensorId: suit.sensorId,
        sessionsEnded: readSuitTruth(groundTruthDir, suit.sensorId).filter((e) => e.type === "session_end")
          .length,
        sessionsStored: await count(`SELECT count("duration_s") AS n FROM "suit_session" ${where}`),
        envelopeWindows: await count(`SELECT count("processing_ms") AS n FROM "suit_envelope" ${where}`),
        onsets: await count(`SELECT count("latency_ms") AS n FROM "event" ${where} AND "kind" = 'emg_onset'`),
        samplesLost: await count(`SELECT sum("samples_lost") AS n FROM "suit_session" ${where}`),
      };
    }),
  );
}

export function suitTallyLine(tallies: readonly SuitTally[]): string {
  return tallies
    .map(
      (t) =>
        `${t.sensorId} windows ${t.envelopeWindows} onsets ${t.onsets} sessions ${t.sessionsStored}/${t.sessionsEnded}`,
    )
    .join("  ");
}
