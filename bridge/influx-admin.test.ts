import { describe, expect, it } from "vitest";
import { durationSeconds, ensureInfluxSchema, type InfluxSchemaAdmin } from "./influx-admin.ts";

describe("durationSeconds", () => {
  it("reads config durations and the form InfluxDB shows them in alike", () => {
    expect(durationSeconds("30d")).toBe(30 * 86_400);
    expect(durationSeconds("720h0m0s")).toBe(30 * 86_400);
    expect(durationSeconds("2w")).toBe(durationSeconds("336h0m0s"));
    expect(durationSeconds("INF")).toBe(durationSeconds("0s"));
    expect(durationSeconds("1h30m")).toBe(5_400);
  });
});

/** node-influx's RequestError for an HTTP answer: the response rides along as `res`. */
function httpError(statusCode: number): Error {
  return Object.assign(new Error(`A ${statusCode} error occurred`), { res: { statusCode } });
}

/** A client whose database exists and whose SHOW RETENTION POLICIES fails with `policiesError`. */
function clientRefusingPolicies(policiesError: Error, calls: string[]): InfluxSchemaAdmin {
  const record = (call: string) => async () => {
    calls.push(call);
  };
  return {
    getDatabaseNames: async () => ["care"],
    createDatabase: record("createDatabase"),
    showRetentionPolicies: () => Promise.reject(policiesError),
    createRetentionPolicy: record("createRetentionPolicy"),
    alterRetentionPolicy: record("alterRetentionPolicy"),
  } as unknown as InfluxSchemaAdmin;
}

describe("ensureInfluxSchema with a write-only user", () => {
  it("takes the policies as prepared when InfluxDB forbids listing them (403)", async () => {
    const calls: string[] = [];
    const actions = await ensureInfluxSchema(clientRefusingPolicies(httpError(403), calls), "care", "30d");
    expect(calls).toEqual([]);
    expect(actions).toEqual([expect.stringContaining("write-only user")]);
  });

  it("still fails on any other error, so the sink retries", async () => {
    const calls: string[] = [];
    await expect(
      ensureInfluxSchema(clientRefusingPolicies(httpError(401), calls), "care", "30d"),
    ).rejects.toThrow("401");
    await expect(
      ensureInfluxSchema(clientRefusingPolicies(new Error("ECONNREFUSED"), calls), "care", "30d"),
    ).rejects.toThrow("ECONNREFUSED");
    expect(calls).toEqual([]);
  });
});
