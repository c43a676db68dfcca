import { describe, expect, it } from "vitest";
import { alertRow, bedEpochRow, placeable } from "./influx-rows.ts";
import { parseServerOptions } from "./server-options.ts";

describe("parseServerOptions", () => {
  it("accepts the read-only user with its password file and port 0", () => {
    const parsed = parseServerOptions([
      "--influx-url",
      "http://127.0.0.1:8086/",
      "--username",
      "dashboard",
      "--password-file",
      "/run/secret",
      "--port",
      "0",
    ]);
    expect(parsed).toEqual({
      ok: true,
      value: {
        influxUrl: "http://127.0.0.1:8086",
        database: "care",
        username: "dashboard",
        passwordFile: "/run/secret",
        host: "127.0.0.1",
        port: 0,
      },
    });
  });

  it("reports every error at once, and refuses credentials inside the URL", () => {
    const parsed = parseServerOptions([
      "--influx-url",
      "http://u:p@host:8086",
      "--username",
      "x",
      "--bogus",
      "1",
    ]);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toHaveLength(3);
    expect(parsed.errors.join("\n")).toMatch(/unknown option --bogus/);
    expect(parsed.errors.join("\n")).toMatch(/--influx-url/);
    expect(parsed.errors.join("\n")).toMatch(/go together/);
  });
});

describe("influx rows", () => {
  it("reads tags, string and number fields, and treats a missing rate as absent", () => {
    const time = new Date(1_800_000_000_000);
    const row = bedEpochRow({
      time,
      device: "bed101",
      site: "s",
      sensor: "bed-1",
      hr_bpm: null,
      occupancy: 1,
    });
    expect(row).toMatchObject({ timeMs: 1_800_000_000_000, hrBpm: null, occupancy: 1, rrPerMin: null });
    expect(placeable(row)).toBe(true);
    const orphan = alertRow({ time, kind: "bed_exit", state: "raised", alert_id: "a" });
    expect(placeable(orphan)).toBe(false);
  });
});
