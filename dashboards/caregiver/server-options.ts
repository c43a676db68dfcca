// Command-line options of the caregiver page server, validated at start: every error reported at once.
// The password is only ever read from a file, so it appears in no command line, config or log.

export interface CaregiverServerOptions {
  influxUrl: string;
  database: string;
  /** The read-only dashboard user (READ on the database, nothing else). Absent: no authentication. */
  username: string | null;
  passwordFile: string | null;
  host: string;
  /** 0 picks a free port; the server prints the URL it got. */
  port: number;
}

export const USAGE =
  "usage: node --import tsx dashboards/caregiver/server.ts --influx-url http://127.0.0.1:8086 " +
  "[--database care] [--username dashboard --password-file FILE] [--host 127.0.0.1] [--port 8090]";

const FLAGS = ["--influx-url", "--database", "--username", "--password-file", "--host", "--port"];

export type Parsed = { ok: true; value: CaregiverServerOptions } | { ok: false; errors: string[] };

export function parseServerOptions(argv: readonly string[]): Parsed {
  const errors: string[] = [];
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i] ?? "";
    const value = argv[i + 1];
    if (!FLAGS.includes(flag)) errors.push(`unknown option ${flag}`);
    else if (value === undefined || value.startsWith("--")) errors.push(`${flag} needs a value`);
    else values.set(flag, value);
  }
  const influxUrl = values.get("--influx-url") ?? "";
  if (!/^https?:\/\/[^@/]+(:\d+)?\/?$/.test(influxUrl))
    errors.push("--influx-url: required, http(s)://host:port without credentials or path");
  const username = values.get("--username") ?? null;
  const passwordFile = values.get("--password-file") ?? null;
  if ((username === null) !== (passwordFile === null))
    errors.push("--username and --password-file go together");
  const port = Number(values.get("--port") ?? "8090");
  if (!Number.isInteger(port) || port < 0 || port > 65535) errors.push("--port: an integer 0–65535");
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      influxUrl: influxUrl.replace(/\/$/, ""),
      database: values.get("--database") ?? "care",
      username,
      passwordFile,
      host: values.get("--host") ?? "127.0.0.1",
      port,
    },
  };
}
