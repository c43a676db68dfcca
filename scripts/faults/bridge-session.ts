// Watches the bridge's MQTT session through its own /metrics while a fault lasts: a sample every half
// second of `bridge_mqtt_connected`, so a session that dropped and came back in between is still seen
// by its reconnect count (bridge_mqtt_connects_total, and "MQTT connected" lines in the bridge log).
const SAMPLE_EVERY_MS = 500;

export interface BridgeSessionWatch {
  stop(): Promise<{ samples: number; disconnectedSamples: number; unanswered: number }>;
}

/** The value of one Prometheus metric in a /metrics text, or null when it is not there. */
export function metricValue(text: string, name: string): number | null {
  const line = text.split("\n").find((candidate) => candidate.startsWith(`${name} `));
  return line === undefined ? null : Number(line.slice(name.length + 1));
}

async function bridgeConnected(metricsUrl: string): Promise<boolean | null> {
  try {
    const response = await fetch(metricsUrl, { signal: AbortSignal.timeout(2_000) });
    const value = metricValue(await response.text(), "bridge_mqtt_connected");
    return value === null ? null : value === 1;
  } catch {
    return null;
  }
}

export function watchBridgeSession(metricsUrl: string): BridgeSessionWatch {
  const tally = { samples: 0, disconnectedSamples: 0, unanswered: 0 };
  let running = true;
  const loop = (async () => {
    while (running) {
      const connected = await bridgeConnected(metricsUrl);
      tally.samples += 1;
      if (connected === null) tally.unanswered += 1;
      else if (!connected) tally.disconnectedSamples += 1;
      await new Promise((resolve) => setTimeout(resolve, SAMPLE_EVERY_MS));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return { ...tally };
    },
  };
}
