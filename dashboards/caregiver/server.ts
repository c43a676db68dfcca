// The live caregiver page: GET / is one static page, GET /api/board the board as JSON. Reads InfluxDB
// as the read-only dashboard user and never writes. Composition root: it only wires.
//   node --import tsx dashboards/caregiver/server.ts --influx-url http://127.0.0.1:8086 \
//     --username dashboard --password-file /etc/care/influx-dashboard.password --port 8090
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { InfluxDB } from "influx";
import { queryBoardRows } from "./board-queries.ts";
import { BoardSource } from "./board-source.ts";
import { type CaregiverServerOptions, parseServerOptions, USAGE } from "./server-options.ts";

function influxClient(options: CaregiverServerOptions): InfluxDB {
  const url = new URL(options.influxUrl);
  const password = options.passwordFile ? readFileSync(options.passwordFile, "utf8").trim() : undefined;
  return new InfluxDB({
    host: url.hostname,
    port: Number(url.port || (url.protocol === "https:" ? 443 : 80)),
    protocol: url.protocol === "https:" ? "https" : "http",
    database: options.database,
    ...(options.username && password !== undefined ? { username: options.username, password } : {}),
  });
}

const SECURITY_HEADERS = {
  "cache-control": "no-store",
  "x-content-type-options": "nosniff",
  // The page's one inline script and same-origin fetches; nothing else loads.
  "content-security-policy":
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'",
};

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { ...SECURITY_HEADERS, "content-type": type });
  response.end(body);
}

function handler(page: string, source: BoardSource) {
  return async (request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    if (request.method !== "GET") return send(response, 405, "text/plain", "GET only\n");
    if (path === "/") return send(response, 200, "text/html; charset=utf-8", page);
    if (path !== "/api/board") return send(response, 404, "text/plain", "not found\n");
    // The one catch of this boundary: a failed query is an answer the page shows, not a crash.
    try {
      send(response, 200, "application/json", JSON.stringify(await source.board()));
    } catch (error) {
      console.error(`board query failed: ${error instanceof Error ? error.message : String(error)}`);
      send(response, 503, "application/json", JSON.stringify({ error: "database unavailable" }));
    }
  };
}

const parsed = parseServerOptions(process.argv.slice(2));
if (!parsed.ok) {
  for (const error of parsed.errors) console.error(error);
  console.error(USAGE);
  process.exit(2);
}
const options = parsed.value;
const influx = influxClient(options);
const source = new BoardSource(() => queryBoardRows(influx), Date.now);
const page = readFileSync(new URL("./page.html", import.meta.url), "utf8");
const server = createServer((request, response) => void handler(page, source)(request, response));
server.listen(options.port, options.host, () => {
  const { port } = server.address() as AddressInfo;
  console.log(
    `caregiver page http://${options.host}:${port}/ (InfluxDB ${options.influxUrl}, user ${options.username ?? "none"})`,
  );
});
const stop = () => {
  server.close(() => process.exit(0));
  // Open pages keep their connections alive; they reconnect to the next server.
  server.closeAllConnections();
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
