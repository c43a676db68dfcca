// Who may read and write residents' data on a real influxd with authentication on: nobody without a
// password, the bridge's user writes but cannot read, the dashboard user reads but cannot write, and
// the bridge's own sink works with the write-only user against the database the launcher prepared.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InfluxSink } from "../../bridge/influx-sink.ts";
import { createLogger } from "../../bridge/log.ts";
import type { Point } from "../../bridge/sink.ts";
import { type Credential, createCredential, secretsDir } from "../../scripts/stack/credentials.ts";
import { makeRunDir, type RunningInfluxd, startInfluxd } from "../../scripts/stack/index.ts";

const DATABASE = "care";

let influxd: RunningInfluxd;
let admin: Credential;
let writer: Credential;
let reader: Credential;

const basic = (user: { username: string; password: string }) =>
  `Basic ${Buffer.from(`${user.username}:${user.password}`).toString("base64")}`;

async function query(statement: string, as?: { username: string; password: string }) {
  const response = await fetch(`${influxd.url}/query?db=${DATABASE}`, {
    method: "POST",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      ...(as ? { Authorization: basic(as) } : {}),
    },
    body: new URLSearchParams({ q: statement }),
  });
  return { status: response.status, body: await response.text() };
}

async function write(line: string, as?: { username: string; password: string }, rp = "autogen") {
  const response = await fetch(`${influxd.url}/write?db=${DATABASE}&rp=${rp}`, {
    method: "POST",
    headers: as ? { Authorization: basic(as) } : {},
    body: line,
  });
  return { status: response.status, body: await response.text() };
}

beforeAll(async () => {
  const runDir = makeRunDir("it-access-influx");
  const secrets = secretsDir(runDir);
  [admin, writer, reader] = ["admin", "bridge", "dashboard"].map((name) =>
    createCredential(secrets, "influx", name),
  ) as [Credential, Credential, Credential];
  influxd = await startInfluxd({
    runDir,
    access: { admin, database: DATABASE, rawRetention: "30d", writers: [writer], readers: [reader] },
  });
});

afterAll(async () => {
  await influxd?.stop();
});

describe("InfluxDB with authentication", () => {
  it("refuses anonymous access entirely (401), including a second first-user CREATE USER", async () => {
    expect((await query("SHOW DATABASES")).status).toBe(401);
    expect((await query(`SELECT * FROM "bladder_fill"`)).status).toBe(401);
    expect((await write("bladder_fill,device=room101 volume_ml=1")).status).toBe(401);
    expect((await query(`CREATE USER "intruder" WITH PASSWORD 'x' WITH ALL PRIVILEGES`)).status).toBe(401);
  });

  it("refuses a wrong password (401)", async () => {
    expect((await query("SHOW DATABASES", { ...reader, password: "wrong" })).status).toBe(401);
    expect((await write("m v=1", { ...writer, password: "wrong" })).status).toBe(401);
  });

  it("lets the bridge's user write but refuses it any read (403)", async () => {
    expect((await write("bladder_fill,device=room101 volume_ml=120", writer)).status).toBe(204);
    const select = await query(`SELECT * FROM "bladder_fill"`, writer);
    expect(select.status).toBe(403);
    expect(select.body).toContain("not authorized");
    expect((await query(`SHOW RETENTION POLICIES ON "${DATABASE}"`, writer)).status).toBe(403);
  });

  it("lets the dashboard user read but refuses it any write (403)", async () => {
    expect((await write("bladder_fill,device=room101 volume_ml=999", reader)).status).toBe(403);
    const select = await query(`SELECT "volume_ml" FROM "bladder_fill"`, reader);
    expect(select.status).toBe(200);
    expect(select.body).toContain("120");
    expect(select.body).not.toContain("999");
  });

  it("gives the admin the prepared database and its raw retention policy", async () => {
    const policies = await query(`SHOW RETENTION POLICIES ON "${DATABASE}"`, admin);
    expect(policies.status).toBe(200);
    expect(policies.body).toContain('["raw","720h0m0s"');
  });

  it("lets the bridge's sink prepare and write with the write-only user", async () => {
    const sink = new InfluxSink({
      url: influxd.url,
      database: DATABASE,
      username: writer.username,
      password: writer.password,
      rawRetention: "30d",
      maxPointsPerRequest: 100,
      log: createLogger("it:influx", { level: "silent" }),
    });
    await sink.prepare();
    const timeNs = BigInt(Date.now()) * 1_000_000n;
    const points: Point[] = [
      {
        measurement: "bladder_echo",
        retentionPolicy: "raw",
        tags: { sensor: "b-1" },
        fields: { echo_a: 3.5 },
        timeNs,
      },
      {
        measurement: "envelope",
        retentionPolicy: "autogen",
        tags: { device: "room101" },
        fields: { seq: 1n },
        timeNs,
      },
    ];
    await sink.write(points);
    expect(sink.healthy).toBe(true);
    const raw = await query(`SELECT "echo_a" FROM "raw"."bladder_echo"`, reader);
    expect(raw.body).toContain("3.5");
  });

  it("keeps its users across a restart", async () => {
    await influxd.restart();
    expect((await query(`SELECT "volume_ml" FROM "bladder_fill"`, reader)).status).toBe(200);
    expect((await query("SHOW DATABASES")).status).toBe(401);
  });
});
