import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  care,
  decodeEnvelope,
  encodeEnvelope,
  type PayloadKind,
  TOPIC_KIND_OF_PAYLOAD,
} from "../../proto/index.ts";
import { envelopeSamples } from "./envelope-samples.ts";

const here = dirname(fileURLToPath(import.meta.url));
const fixtureDir = join(here, "../fixtures/v1");
const repoRoot = join(here, "../..");

describe("wire contract v1", () => {
  it("has an encoded fixture for every payload kind", () => {
    const fixtures = readdirSync(fixtureDir).map((name) => name.replace(/\.bin$/, ""));
    expect(fixtures.sort()).toEqual(Object.keys(TOPIC_KIND_OF_PAYLOAD).sort());
  });

  for (const kind of Object.keys(envelopeSamples) as PayloadKind[]) {
    it(`decodes the committed ${kind} fixture with the current schema`, () => {
      const bytes = readFileSync(join(fixtureDir, `${kind}.bin`));
      const decoded = decodeEnvelope(bytes);
      expect(decoded.ok).toBe(true);
      if (!decoded.ok) return;
      expect(decoded.value.payload).toBe(kind);
      const expected = care.v1.Envelope.toObject(care.v1.Envelope.fromObject(envelopeSamples[kind]));
      expect(care.v1.Envelope.toObject(decoded.value)).toEqual(expected);
    });
  }

  it("decodes 64-bit integers as plain numbers, set or unset", () => {
    const decoded = decodeEnvelope(readFileSync(join(fixtureDir, "samples.bin")));
    if (!decoded.ok) throw new Error(decoded.reason);
    expect(decoded.value.samples?.startTimeUs).toBe(1_767_225_600_000_000);
    expect(decoded.value.samples?.startTimeUs).toBeTypeOf("number");
    expect(decoded.value.seq + 1).toBe(2);
    const unset = decodeEnvelope(encodeEnvelope({ deviceId: "d", schemaVersion: 1, event: {} }));
    expect(unset.ok && unset.value.monotonicMs).toBe(0);
  });

  it("rejects bytes that are not an envelope without throwing", () => {
    expect(decodeEnvelope(new Uint8Array([0xff, 0xff, 0xff])).ok).toBe(false);
    const wrongVersion = encodeEnvelope({ ...envelopeSamples.event, schemaVersion: 99 });
    const result = decodeEnvelope(wrongVersion);
    expect(result.ok ? "" : result.reason).toMatch(/schema version 99/);
  });

  it("keeps the generated code in step with the .proto files", () => {
    const output = execFileSync("node", ["--import", "tsx", "proto/generate.ts", "--check"], {
      cwd: repoRoot,
      encoding: "utf8",
    });
    expect(output).toContain("up to date");
  });
});
