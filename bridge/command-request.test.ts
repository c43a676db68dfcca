import { describe, expect, it } from "vitest";
import { care, decodeEnvelope, encodeEnvelope } from "../proto/index.ts";
import {
  bearerToken,
  commandEnvelope,
  MAX_COMMAND_ARGS,
  parseCommandRequest,
  tokenMatches,
} from "./command-request.ts";

const valid = {
  site: "demo-site",
  device: "room101",
  sensorId: "bladder-1",
  kind: "set_lead_time",
  args: { minutes: "35" },
};

const reasonOf = (body: unknown): string => {
  const result = parseCommandRequest(body);
  return result.ok ? "" : result.reason;
};

describe("the bearer token check", () => {
  const token = "c0mmand-token-of-enough-length";

  it("accepts only the exact token after Bearer", () => {
    expect(tokenMatches(token, bearerToken(`Bearer ${token}`))).toBe(true);
    expect(tokenMatches(token, bearerToken(`bearer  ${token} `))).toBe(true);
    expect(tokenMatches(token, bearerToken(`Bearer ${token}x`))).toBe(false);
    expect(tokenMatches(token, bearerToken(`Bearer ${token.slice(0, -1)}`))).toBe(false);
    expect(tokenMatches(token, bearerToken(`Basic ${token}`))).toBe(false);
    expect(tokenMatches(token, bearerToken(token))).toBe(false);
    expect(tokenMatches(token, bearerToken(undefined))).toBe(false);
    expect(tokenMatches(token, bearerToken("Bearer "))).toBe(false);
  });
});

describe("parseCommandRequest", () => {
  it("accepts a complete request and copies its args", () => {
    const result = parseCommandRequest(valid);
    expect(result).toEqual({ ok: true, value: valid });
    expect(result.ok && result.value.args).not.toBe(valid.args);
  });

  it("treats missing args as none", () => {
    const { args: _, ...withoutArgs } = valid;
    expect(parseCommandRequest(withoutArgs)).toEqual({ ok: true, value: { ...withoutArgs, args: {} } });
  });

  it("refuses anything but an object", () => {
    for (const body of [null, [], "text", 3]) expect(reasonOf(body)).toBe("body: must be a JSON object");
  });

  it("names every missing, malformed and unknown field at once", () => {
    const reason = reasonOf({ site: "demo site", device: "", kind: 7, sensor: "bladder-1" });
    expect(reason.split("; ")).toEqual([
      "sensor: unknown field (known: site, device, sensorId, kind, args)",
      'site: must match [A-Za-z0-9_-]{1,64}, got "demo site"',
      'device: must match [A-Za-z0-9_-]{1,64}, got ""',
      "sensorId: required",
      "kind: must match [A-Za-z0-9_-]{1,64}, got 7",
    ]);
  });

  it("refuses a topic wildcard or separator in a segment", () => {
    expect(reasonOf({ ...valid, device: "+" })).toContain("device: must match");
    expect(reasonOf({ ...valid, site: "a/b" })).toContain("site: must match");
    expect(reasonOf({ ...valid, device: "x".repeat(65) })).toContain("device: must match");
  });

  it("wants args as an object of strings with at most 32 entries", () => {
    expect(reasonOf({ ...valid, args: ["35"] })).toBe("args: must be an object of string values");
    expect(reasonOf({ ...valid, args: { minutes: 35 } })).toBe("args.minutes: must be a string, got number");
    expect(reasonOf({ ...valid, args: { "": "x" } })).toContain('args: key "" must have 1 to 64 characters');
    const many = Object.fromEntries(Array.from({ length: MAX_COMMAND_ARGS + 1 }, (_, i) => [`k${i}`, "v"]));
    expect(reasonOf({ ...valid, args: many })).toBe("args: at most 32 entries, got 33");
    const enough = Object.fromEntries(Array.from({ length: MAX_COMMAND_ARGS }, (_, i) => [`k${i}`, "v"]));
    expect(parseCommandRequest({ ...valid, args: enough }).ok).toBe(true);
  });
});

describe("commandEnvelope", () => {
  it("addresses the device and decodes as the agent's CommandHandler expects", () => {
    const request = parseCommandRequest(valid);
    if (!request.ok) throw new Error(request.reason);
    const origin = { bootId: "bridge-boot", seq: 7, commandId: "cmd-1", nowMs: 1_700_000_000_000 };
    const decoded = decodeEnvelope(encodeEnvelope(commandEnvelope(request.value, origin)));
    if (!decoded.ok) throw new Error(decoded.reason);
    const envelope = care.v1.Envelope.toObject(decoded.value, { longs: Number });
    expect(envelope).toMatchObject({
      deviceId: "room101",
      siteId: "demo-site",
      bootId: "bridge-boot",
      seq: 7,
      deviceTimeMs: 1_700_000_000_000,
      schemaVersion: 1,
      command: {
        commandId: "cmd-1",
        kind: "set_lead_time",
        sensorId: "bladder-1",
        args: { minutes: "35" },
        issuedMs: 1_700_000_000_000,
      },
    });
  });
});
