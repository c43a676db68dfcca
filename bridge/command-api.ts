// HTTP command API: POST /commands publishes one Command to a device (QoS 1, from the bridge's own
// MQTT session) and answers 202 once the broker acknowledged it; GET /commands/<id> returns the
// device's acknowledgement once the bridge stored it. Both need `Authorization: Bearer <token>`.
// Every refusal is counted by reason. This is a request handler, so it has the one catch that logs,
// answers 500 and keeps the process alive.
import type { IncomingMessage, ServerResponse } from "node:http";
import { encodeEnvelope } from "../proto/index.ts";
import type { CommandLedger, CommandState } from "./command-ledger.ts";
import {
  bearerToken,
  type CommandRequest,
  commandEnvelope,
  MAX_COMMAND_BODY_BYTES,
  parseCommandRequest,
  tokenMatches,
} from "./command-request.ts";
import type { Logger } from "./log.ts";

export const COMMAND_REJECT_REASONS = [
  "unauthorized",
  "bad_method",
  "too_large",
  "bad_json",
  "bad_request",
  "mqtt_down",
  "publish_failed",
  "publish_timeout",
  "internal_error",
] as const;
export type CommandRejectReason = (typeof COMMAND_REJECT_REASONS)[number];

export interface CommandTarget {
  readonly site: string;
  readonly device: string;
}

export interface CommandApiDeps {
  readonly token: string;
  /** Resolves on the broker's PUBACK; never called from inside the MQTT message handler. */
  readonly publish: (target: CommandTarget, payload: Uint8Array) => Promise<void>;
  readonly connected: () => boolean;
  readonly ledger: CommandLedger;
  readonly now: () => number;
  readonly newCommandId: () => string;
  /** Identifies this bridge boot in the envelopes it publishes; seq restarts at 1 with it. */
  readonly bootId: string;
  /** How long a request waits for the PUBACK before answering 504 (the publish may still complete). */
  readonly publishTimeoutMs: number;
  readonly log: Logger;
}

type PublishOutcome = { status: "acked" } | { status: "failed"; error: unknown } | { status: "timeout" };

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function reply(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  response
    .writeHead(status, { "Content-Type": "application/json", ...headers })
    .end(`${JSON.stringify(body)}\n`);
}

/** The body, or "too_large" as soon as it passes `maxBytes` (declared or actually sent). */
function readBody(request: IncomingMessage, maxBytes: number): Promise<Buffer | "too_large"> {
  if (Number(request.headers["content-length"] ?? 0) > maxBytes) return Promise.resolve("too_large");
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
      else {
        // Keep draining (and discarding) so the 413 can still be written on this connection.
        request.off("data", onData);
        request.resume();
        resolve("too_large");
      }
    };
    request.on("data", onData);
    request.once("end", () => resolve(Buffer.concat(chunks)));
    request.once("error", reject);
  });
}

function settleWithin(publish: Promise<void>, ms: number): Promise<PublishOutcome> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<PublishOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ status: "timeout" }), ms);
  });
  const settled = publish.then(
    (): PublishOutcome => ({ status: "acked" }),
    (error: unknown): PublishOutcome => ({ status: "failed", error }),
  );
  return Promise.race([settled, timeout]).finally(() => clearTimeout(timer));
}

function stateBody(commandId: string, found: CommandState): Record<string, unknown> {
  switch (found.state) {
    case "acknowledged":
      return { state: found.state, ...found.ack, command: found.command };
    case "pending":
      return { commandId, state: found.state, command: found.command };
    case "unknown":
      return { commandId, state: found.state, reason: "no such command known to this bridge" };
  }
}

export class CommandApi {
  readonly #deps: CommandApiDeps;
  /** Commands the broker acknowledged. */
  sent = 0;
  #seq = 0;
  readonly #rejects = new Map<CommandRejectReason, number>();

  constructor(deps: CommandApiDeps) {
    this.#deps = deps;
  }

  handle(request: IncomingMessage, response: ServerResponse, path: string): void {
    this.#route(request, response, path).catch((error: unknown) => {
      this.#deps.log.error("command request failed", { path, error: describe(error) });
      this.#count("internal_error");
      if (response.headersSent) response.destroy();
      else reply(response, 500, { error: "internal_error", reason: describe(error) });
    });
  }

  async #route(request: IncomingMessage, response: ServerResponse, path: string): Promise<void> {
    if (!tokenMatches(this.#deps.token, bearerToken(request.headers.authorization))) {
      return this.#refuse(response, 401, "unauthorized", "missing or wrong bearer token", {
        "WWW-Authenticate": 'Bearer realm="care-bridge"',
      });
    }
    const allowed = path === "/commands" ? "POST" : "GET";
    if (request.method !== allowed) {
      return this.#refuse(response, 405, "bad_method", `${path} takes ${allowed} only`, { Allow: allowed });
    }
    if (allowed === "GET") {
      const commandId = path.slice("/commands/".length);
      const found = this.#deps.ledger.lookup(commandId);
      reply(response, found.state === "acknowledged" ? 200 : 404, stateBody(commandId, found));
      return;
    }
    await this.#post(request, response);
  }

  async #post(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readBody(request, MAX_COMMAND_BODY_BYTES);
    if (body === "too_large") {
      const reason = `body larger than ${MAX_COMMAND_BODY_BYTES} bytes`;
      return this.#refuse(response, 413, "too_large", reason, { Connection: "close" });
    }
    let json: unknown;
    try {
      json = JSON.parse(body.toString("utf8"));
    } catch (error) {
      return this.#refuse(response, 400, "bad_json", `body is not JSON: ${describe(error)}`);
    }
    const parsed = parseCommandRequest(json);
    if (!parsed.ok) return this.#refuse(response, 400, "bad_request", parsed.reason);
    // Refused rather than queued: MQTT.js would hold the publish in memory until some reconnect.
    if (!this.#deps.connected())
      return this.#refuse(response, 503, "mqtt_down", "the bridge is not connected to MQTT");
    await this.#publish(parsed.value, response);
  }

  async #publish(request: CommandRequest, response: ServerResponse): Promise<void> {
    const { now, newCommandId, bootId, publish, publishTimeoutMs, ledger, log } = this.#deps;
    const commandId = newCommandId();
    const nowMs = now();
    const envelope = commandEnvelope(request, { bootId, seq: ++this.#seq, commandId, nowMs });
    const { site, device, sensorId, kind } = request;
    ledger.sent({ commandId, site, device, sensorId, kind, issuedMs: nowMs });
    const outcome = await settleWithin(publish(request, encodeEnvelope(envelope)), publishTimeoutMs);
    if (outcome.status === "failed") {
      ledger.withdrawn(commandId);
      return this.#refuse(
        response,
        502,
        "publish_failed",
        `the broker refused the command: ${describe(outcome.error)}`,
      );
    }
    // A timed-out publish stays in the client's session and may still arrive: it can be polled too.
    if (outcome.status === "timeout") {
      const reason = `no broker acknowledgement within ${publishTimeoutMs} ms; the command may still be delivered`;
      return this.#refuse(response, 504, "publish_timeout", reason, {}, { commandId });
    }
    this.sent += 1;
    log.info("command sent", { commandId, site, device, sensorId, kind });
    reply(response, 202, { commandId });
  }

  #refuse(
    response: ServerResponse,
    status: number,
    reason: CommandRejectReason,
    detail: string,
    headers: Record<string, string> = {},
    extra: Record<string, string> = {},
  ): void {
    this.#count(reason);
    if (this.#deps.log.debugEnabled) this.#deps.log.debug("command request refused", { reason, detail });
    reply(response, status, { error: reason, reason: detail, ...extra }, headers);
  }

  #count(reason: CommandRejectReason): void {
    this.#rejects.set(reason, (this.#rejects.get(reason) ?? 0) + 1);
  }

  rejects(reason: CommandRejectReason): number {
    return this.#rejects.get(reason) ?? 0;
  }

  /** Prometheus lines, appended to the bridge's /metrics. */
  metricsText(): string {
    const { ledger } = this.#deps;
    const counter = (name: string, help: string, value: number) =>
      [`# HELP ${name} ${help}`, `# TYPE ${name} counter`, `${name} ${value}`].join("\n");
    const rejectLines = COMMAND_REJECT_REASONS.map(
      (reason) => `bridge_command_rejects_total{reason="${reason}"} ${this.rejects(reason)}`,
    );
    return `${[
      counter(
        "bridge_commands_sent_total",
        "commands the broker acknowledged (POST /commands → 202)",
        this.sent,
      ),
      "# HELP bridge_command_rejects_total command API requests refused, by reason",
      "# TYPE bridge_command_rejects_total counter",
      ...rejectLines,
      counter(
        "bridge_command_acks_stored_total",
        "device acknowledgements stored and kept for polling",
        ledger.acksStored,
      ),
      counter(
        "bridge_command_acks_ignored_total",
        "acks for a command sent to another device",
        ledger.acksIgnored,
      ),
      counter(
        "bridge_command_acks_dropped_total",
        "acks forgotten by the in-memory bound",
        ledger.acksDropped,
      ),
    ].join("\n")}\n`;
  }
}
