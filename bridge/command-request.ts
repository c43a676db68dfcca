// The pure half of the command API: the bearer-token check, the validation of a POST /commands body
// and the Envelope the bridge publishes for it. No I/O; the HTTP shell is command-api.ts.
import { createHash, timingSafeEqual } from "node:crypto";
import {
  type EnvelopeInit,
  isValidSegment,
  ok,
  type Result,
  rejected,
  SCHEMA_VERSION,
} from "../proto/index.ts";

/** A larger body is refused with 413 before it is parsed. */
export const MAX_COMMAND_BODY_BYTES = 16 * 1024;
export const MAX_COMMAND_ARGS = 32;
const MAX_ARG_KEY_CHARS = 64;

/** What a caller asks for: one command to one sensor of one device. */
export interface CommandRequest {
  readonly site: string;
  readonly device: string;
  readonly sensorId: string;
  readonly kind: string;
  readonly args: Readonly<Record<string, string>>;
}

const SEGMENT_FIELDS = ["site", "device", "sensorId", "kind"] as const;
const KNOWN_FIELDS: ReadonlySet<string> = new Set([...SEGMENT_FIELDS, "args"]);

/** The token after `Bearer ` in an Authorization header, if there is one. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer[ ]+(\S+)[ ]*$/i.exec(header ?? "");
  return match?.[1];
}

/**
 * Compares in constant time. Both sides are hashed first so that neither the content nor the length of
 * the expected token leaks through timing (timingSafeEqual itself needs equal lengths).
 */
export function tokenMatches(expected: string, presented: string | undefined): boolean {
  if (presented === undefined) return false;
  const digest = (text: string) => createHash("sha256").update(text, "utf8").digest();
  return timingSafeEqual(digest(expected), digest(presented));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function argsProblems(args: unknown): string[] {
  if (args === undefined) return [];
  if (!isPlainObject(args)) return ["args: must be an object of string values"];
  const entries = Object.entries(args);
  const problems: string[] = [];
  if (entries.length > MAX_COMMAND_ARGS) {
    problems.push(`args: at most ${MAX_COMMAND_ARGS} entries, got ${entries.length}`);
  }
  for (const [key, value] of entries) {
    if (key === "" || key.length > MAX_ARG_KEY_CHARS) {
      problems.push(`args: key ${JSON.stringify(key)} must have 1 to ${MAX_ARG_KEY_CHARS} characters`);
    }
    if (typeof value !== "string") problems.push(`args.${key}: must be a string, got ${typeof value}`);
  }
  return problems;
}

/** Checks a parsed JSON body and reports every problem at once, joined by "; ". */
export function parseCommandRequest(body: unknown): Result<CommandRequest> {
  if (!isPlainObject(body)) return rejected("body: must be a JSON object");
  const problems: string[] = [];
  for (const key of Object.keys(body)) {
    if (!KNOWN_FIELDS.has(key))
      problems.push(`${key}: unknown field (known: ${[...KNOWN_FIELDS].join(", ")})`);
  }
  for (const field of SEGMENT_FIELDS) {
    const value = body[field];
    if (value === undefined) problems.push(`${field}: required`);
    else if (typeof value !== "string" || !isValidSegment(value)) {
      problems.push(`${field}: must match [A-Za-z0-9_-]{1,64}, got ${JSON.stringify(value)}`);
    }
  }
  problems.push(...argsProblems(body.args));
  if (problems.length > 0) return rejected(problems.join("; "));
  return ok({
    site: body.site as string,
    device: body.device as string,
    sensorId: body.sensorId as string,
    kind: body.kind as string,
    args: { ...(body.args as Record<string, string> | undefined) },
  });
}

/** Who publishes: the bridge's boot and its per-boot envelope counter. */
export interface CommandOrigin {
  readonly bootId: string;
  readonly seq: number;
  readonly commandId: string;
  readonly nowMs: number;
}

/** The envelope addressed to the target device, as the device's CommandHandler expects it. */
export function commandEnvelope(request: CommandRequest, origin: CommandOrigin): EnvelopeInit {
  return {
    deviceId: request.device,
    siteId: request.site,
    bootId: origin.bootId,
    seq: origin.seq,
    deviceTimeMs: origin.nowMs,
    schemaVersion: SCHEMA_VERSION,
    command: {
      commandId: origin.commandId,
      kind: request.kind,
      sensorId: request.sensorId,
      args: { ...request.args },
      issuedMs: origin.nowMs,
    },
  };
}
