// Database and retention policy set-up through the influx client (admin and queries are what the
// client is good at; the hot write path builds line protocol itself).
import { InfluxDB } from "influx";

export interface InfluxTarget {
  readonly url: string;
  readonly database: string;
  readonly username: string | undefined;
  readonly password: string | undefined;
}

export const RAW_RETENTION_POLICY = "raw";

export function influxClient(target: InfluxTarget): InfluxDB {
  const url = new URL(target.url);
  return new InfluxDB({
    host: url.hostname,
    port: Number(url.port || (url.protocol === "https:" ? 443 : 80)),
    protocol: url.protocol === "https:" ? "https" : "http",
    path: url.pathname.replace(/\/$/, ""),
    database: target.database,
    // Without a user the client would send root/root; with auth off, no credentials is the honest request.
    ...(target.username === undefined ? {} : { username: target.username, password: target.password ?? "" }),
  });
}

const UNIT_SECONDS: Record<string, number> = { w: 604_800, d: 86_400, h: 3_600, m: 60, s: 1 };

/** "30d", "720h0m0s", "INF" → seconds; 0 means infinite (InfluxDB shows INF as "0s"). */
export function durationSeconds(text: string): number {
  if (text === "INF") return 0;
  let total = 0;
  for (const [, amount, unit] of text.matchAll(/(\d+)(w|d|h|m|s)/g)) {
    total += Number(amount) * (UNIT_SECONDS[unit ?? "s"] ?? 0);
  }
  return total;
}

/** The client calls the schema set-up needs. */
export type InfluxSchemaAdmin = Pick<
  InfluxDB,
  | "getDatabaseNames"
  | "createDatabase"
  | "showRetentionPolicies"
  | "createRetentionPolicy"
  | "alterRetentionPolicy"
>;

/** InfluxDB answered 403: authenticated, but without the privilege (node-influx's RequestError carries `res`). */
function isForbidden(error: unknown): boolean {
  if (typeof error !== "object" || error === null || !("res" in error)) return false;
  const response = error.res;
  return (
    typeof response === "object" &&
    response !== null &&
    "statusCode" in response &&
    response.statusCode === 403
  );
}

/**
 * Creates the database and the "raw" retention policy when missing and aligns the policy's duration
 * with the config. Statements that need admin rights run only when something must change, so a
 * write-only user works against a prepared database. Such a user (GRANT WRITE) sees the database but
 * may not list its retention policies: then the policies are taken as prepared by an admin.
 */
export async function ensureInfluxSchema(
  client: InfluxSchemaAdmin,
  database: string,
  rawRetention: string,
): Promise<string[]> {
  const actions: string[] = [];
  const databases = await client.getDatabaseNames();
  if (!databases.includes(database)) {
    await client.createDatabase(database);
    actions.push(`created database ${database}`);
  }
  const policies = await client.showRetentionPolicies(database).catch((error: unknown) => {
    if (isForbidden(error)) return undefined;
    throw error;
  });
  if (policies === undefined) {
    actions.push(
      `cannot read the retention policies of ${database} (write-only user); an admin prepares them`,
    );
    return actions;
  }
  const raw = policies.find((policy) => policy.name === RAW_RETENTION_POLICY);
  const options = { database, duration: rawRetention, replication: 1, isDefault: false };
  if (!raw) {
    await client.createRetentionPolicy(RAW_RETENTION_POLICY, options);
    actions.push(`created retention policy ${RAW_RETENTION_POLICY} ${rawRetention}`);
  } else if (durationSeconds(raw.duration) !== durationSeconds(rawRetention)) {
    await client.alterRetentionPolicy(RAW_RETENTION_POLICY, options);
    actions.push(`changed retention policy ${RAW_RETENTION_POLICY} from ${raw.duration} to ${rawRetention}`);
  }
  return actions;
}
