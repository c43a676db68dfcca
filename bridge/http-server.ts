// GET /health (JSON, 200 when MQTT is connected and the last write succeeded, else 503),
// GET /metrics (Prometheus text) and, when a command token is configured, /commands (command-api.ts).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface HealthReport {
  readonly healthy: boolean;
  readonly [detail: string]: unknown;
}

export interface HttpEndpoints {
  readonly health: () => HealthReport;
  readonly metrics: () => string;
  /** Serves /commands and /commands/<id> (any method); absent while the command API is off. */
  readonly commands?: (request: IncomingMessage, response: ServerResponse, path: string) => void;
}

const isCommandPath = (path: string) => path === "/commands" || path.startsWith("/commands/");

export interface RunningHttpServer {
  readonly port: number;
  close(): Promise<void>;
}

function serve(endpoints: HttpEndpoints): Server {
  return createServer((request, response) => {
    const path = (request.url ?? "/").split("?")[0] ?? "/";
    if (endpoints.commands && isCommandPath(path)) {
      endpoints.commands(request, response, path);
    } else if (request.method !== "GET") {
      response.writeHead(405, { Allow: "GET" }).end();
    } else if (path === "/health") {
      const report = endpoints.health();
      response
        .writeHead(report.healthy ? 200 : 503, { "Content-Type": "application/json" })
        .end(`${JSON.stringify(report)}\n`);
    } else if (path === "/metrics") {
      response
        .writeHead(200, { "Content-Type": "text/plain; version=0.0.4; charset=utf-8" })
        .end(endpoints.metrics());
    } else {
      response.writeHead(404, { "Content-Type": "text/plain" }).end("not found\n");
    }
  });
}

export function startHttpServer(
  host: string,
  port: number,
  endpoints: HttpEndpoints,
): Promise<RunningHttpServer> {
  const server = serve(endpoints);
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address() as AddressInfo;
      resolve({
        port: address.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
