// The caregiver page in a real browser against a whole running system: two beds over serial ptys at
// 10× → agents → Mosquitto → bridge → InfluxDB → the page server (read-only user) → headless Chromium.
// Each resident leaves the bed within about a simulated minute and stays out; the page must show a
// tile per bed and, once it happened, the bed-exit alert in it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dumpDom } from "../../dashboards/caregiver/headless-chromium.ts";
import { makeRunDir } from "../../scripts/stack/index.ts";
import { type RunningCaregiverPage, startCaregiverPage } from "../../scripts/system/caregiver-page.ts";
import { type RunningSystem, startSystem } from "../../scripts/system/start-system.ts";
import { defaultSystemOptions } from "../../scripts/system/system-config.ts";

// Exits at 48–68 simulated s with these seeds (about 5–7 real s), then 20 simulated min out of bed.
const NIGHT = { type: "short", leadS: 10, inBedS: 20, outS: 1200, cycles: 1 } as const;
const ACCELERATION = 10;

function tileOf(dom: string, device: string): string {
  const attribute = dom.indexOf(`data-device="${device}"`);
  if (attribute < 0) return "";
  const start = dom.lastIndexOf("<section", attribute);
  const end = dom.indexOf("<section", attribute);
  return dom.slice(start, end < 0 ? undefined : end);
}

describe("caregiver page in headless Chromium", () => {
  let system: RunningSystem;
  let page: RunningCaregiverPage;

  beforeAll(async () => {
    system = await startSystem(
      {
        ...defaultSystemOptions,
        residents: 0,
        acceleration: 1,
        seed: 7,
        beds: {
          count: 2,
          transport: "serial",
          acceleration: ACCELERATION,
          night: NIGHT,
          channels: 2,
          sampleRateHz: 100,
          localAlarm: false,
        },
      },
      makeRunDir("it-caregiver-page"),
    );
    const reader = system.credentials?.influxReader;
    page = await startCaregiverPage({
      influxUrl: system.influx.url,
      reader: reader && { username: reader.username, passwordFile: reader.passwordFile },
      logDir: join(system.runDir, "logs"),
    });
  }, 120_000);

  afterAll(async () => {
    await page?.child.stop("SIGTERM", 5_000);
    await system?.stop();
  });

  it("serves the board as the read-only user, never the bridge's writer", async () => {
    const response = await fetch(`${page.url}api/board`);
    expect(response.status).toBe(200);
    const board = (await response.json()) as { tiles: unknown[] };
    expect(Array.isArray(board.tiles)).toBe(true);
    expect(system.credentials?.influxReader.username).toBe("dashboard");
    const log = readFileSync(join(system.runDir, "logs", "caregiver-page.log"), "utf8");
    expect(log).toMatch(/user dashboard\)/);
  });

  it("shows a tile per bed and, once the resident is up, a bed-exit alert in it", async () => {
    // Polls the rendered page, as a caregiver's screen would, until every bed shows its alert.
    const deadline = Date.now() + 75_000;
    let dom = "";
    let done = false;
    while (!done && Date.now() < deadline) {
      dom = await dumpDom(page.url).catch(() => "");
      done = system.beds.every((bed) => tileOf(dom, bed.deviceId).includes('data-alert-kind="bed_exit"'));
      if (!done) await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    for (const bed of system.beds) {
      const tile = tileOf(dom, bed.deviceId);
      expect(tile, `tile of ${bed.deviceId}`).not.toBe("");
      expect(tile).toContain('data-alert-kind="bed_exit"');
      expect(tile).toContain("Left the bed");
      expect(tile).toMatch(/class="tile alerting/);
    }
  }, 100_000);
});
