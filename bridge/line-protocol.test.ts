import { describe, expect, it } from "vitest";
import { toLineProtocol } from "./line-protocol.ts";
import type { Point } from "./sink.ts";

const point = (overrides: Partial<Point> = {}): Point => ({
  measurement: "m",
  retentionPolicy: "autogen",
  tags: { site: "s" },
  fields: { v: 1.5 },
  timeNs: 1_700_000_000_000_000_123n,
  ...overrides,
});

describe("toLineProtocol", () => {
  it("marks integers with i and keeps floats, booleans and strings apart", () => {
    const line = toLineProtocol([point({ fields: { f: 2, i: 2n, neg: -7n, b: false, s: "x" } })]);
    expect(line).toBe('m,site=s f=2,i=2i,neg=-7i,b=false,s="x" 1700000000000000123');
  });

  it("escapes measurement, tags and field keys with the influx client's rules and quotes strings", () => {
    const line = toLineProtocol([
      point({ measurement: "a b,c", tags: { "k y": "v=1,2 3" }, fields: { "f=x": 'say "hi" \\ ok\nnext' } }),
    ]);
    expect(line).toBe('a\\ b\\,c,k\\ y=v\\=1\\,2\\ 3 f\\=x="say \\"hi\\" \\\\ ok\nnext" 1700000000000000123');
  });

  it("sorts tags by key and leaves out empty tags", () => {
    expect(toLineProtocol([point({ tags: { z: "1", a: "2", e: "" } })])).toBe(
      "m,a=2,z=1 v=1.5 1700000000000000123",
    );
  });

  it("writes one line per point, reusing a shared tags object", () => {
    const tags = { site: "s" };
    const lines = toLineProtocol([
      point({ tags, timeNs: 1n }),
      point({ tags, measurement: "n", timeNs: 2n }),
    ]);
    expect(lines).toBe("m,site=s v=1.5 1\nn,site=s v=1.5 2");
  });

  it("refuses a non-finite float instead of writing a line InfluxDB would reject", () => {
    expect(() => toLineProtocol([point({ fields: { v: Number.NaN } })])).toThrow(/non-finite/);
  });
});
