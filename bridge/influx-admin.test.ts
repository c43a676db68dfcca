import { describe, expect, it } from "vitest";
import { durationSeconds } from "./influx-admin.ts";

describe("durationSeconds", () => {
  it("reads config durations and the form InfluxDB shows them in alike", () => {
    expect(durationSeconds("30d")).toBe(30 * 86_400);
    expect(durationSeconds("720h0m0s")).toBe(30 * 86_400);
    expect(durationSeconds("2w")).toBe(durationSeconds("336h0m0s"));
    expect(durationSeconds("INF")).toBe(durationSeconds("0s"));
    expect(durationSeconds("1h30m")).toBe(5_400);
  });
});
