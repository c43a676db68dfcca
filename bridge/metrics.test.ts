import { describe, expect, it } from "vitest";
import { BridgeCounters } from "./counters.ts";
import { toLineProtocol } from "./line-protocol.ts";
import { prometheusText, statsLogFields, statsPoint } from "./metrics.ts";
import { REJECT_CODES } from "./validate.ts";

function counters() {
  const c = new BridgeCounters();
  c.received = 12;
  c.pointsWritten = 340;
  c.writeFailures = 2;
  c.deadLetters = 3;
  c.deadLettersDropped = 1;
  c.reject("bad_batch");
  c.reject("bad_batch");
  c.reject("time_in_future");
  return c;
}

describe("metrics", () => {
  it("renders every counter, every reject reason and the gauges as Prometheus text", () => {
    const text = prometheusText(counters().snapshot(), { mqttConnected: true, sinkHealthy: false });
    expect(text).toContain("bridge_messages_received_total 12");
    expect(text).toContain("bridge_points_written_total 340");
    expect(text).toContain("bridge_write_failures_total 2");
    expect(text).toContain("bridge_dead_letters_total 3");
    expect(text).toContain("bridge_dead_letters_dropped_total 1");
    expect(text).toContain('bridge_rejects_total{reason="bad_batch"} 2');
    expect(text).toContain('bridge_rejects_total{reason="malformed"} 0');
    expect(text.match(/^bridge_rejects_total\{/gm)).toHaveLength(REJECT_CODES.length);
    expect(text).toContain("bridge_mqtt_connected 1");
    expect(text).toContain("bridge_sink_healthy 0");
    // Every sample line is "name{labels} value".
    for (const line of text
      .trim()
      .split("\n")
      .filter((l) => !l.startsWith("#"))) {
      expect(line).toMatch(/^[a-z_]+(\{reason="[a-z_]+"\})? \d+$/);
    }
  });

  it("renders the spool's counters always and its gauges when a spool is configured", () => {
    const c = counters();
    c.spoolObserver(() => {}).dropped({ batches: 2, points: 9 }, "bytes");
    const spool = { bytes: 4096, pendingBatches: 3, pendingPoints: 12 };
    const without = prometheusText(c.snapshot(), { mqttConnected: true, sinkHealthy: true });
    expect(without).toContain("bridge_spool_dropped_batches_total 2");
    expect(without).toContain("bridge_spool_dropped_points_total 9");
    expect(without).not.toContain("bridge_spool_bytes");
    const text = prometheusText(c.snapshot(), { mqttConnected: true, sinkHealthy: true, spool });
    expect(text).toContain("bridge_spool_bytes 4096");
    expect(text).toContain("bridge_spool_pending_batches 3");
    expect(text).toContain("bridge_spool_pending_points 12");
  });

  it("logs all counters with the total of rejects", () => {
    expect(statsLogFields(counters().snapshot())).toMatchObject({
      received: 12,
      rejected: 3,
      reject_bad_batch: 2,
      reject_time_in_future: 1,
    });
  });

  it("writes counters as integer fields of a bridge_stats point", () => {
    const point = statsPoint(counters().snapshot(), "care-bridge", 5_000_000n);
    expect(point.measurement).toBe("bridge_stats");
    expect(point.tags).toEqual({ bridge: "care-bridge" });
    expect(point.fields).toMatchObject({ received: 12n, points_written: 340n, reject_bad_batch: 2n });
    expect(toLineProtocol([point])).toMatch(
      /^bridge_stats,bridge=care-bridge .*dead_letters_dropped=1i.* 5000000$/,
    );
  });
});
