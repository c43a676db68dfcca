// How fresh each device's data is, judged on the page server's wall clock rather than the device's.
// A Pi has no real-time clock (and the demo's simulation runs its devices on accelerated clocks), so a
// device's timestamps cannot be compared with our wall clock directly. Instead we remember when we first
// saw each new status time: silence is measured on our clock, ages of alerts on the device's.
// Pure: the caller keeps the map between polls.

/** The newest status time of a device and the wall instant at which we saw it appear. */
export interface DeviceClock {
  statusTimeMs: number;
  seenAtMs: number;
}

/** A device whose newest status is older than this is marked "data stale" (statuses come every 10 s). */
export const STALE_AFTER_MS = 30_000;

/**
 * The clocks after one poll. A status time seen for the first time since the server started is taken at
 * face value when it lies in the past (a device that went silent an hour ago is stale at once); a new
 * status time of a known device counts as "just heard".
 */
export function updateDeviceClocks(
  previous: ReadonlyMap<string, DeviceClock>,
  latestStatusTimes: ReadonlyMap<string, number>,
  wallNowMs: number,
): Map<string, DeviceClock> {
  const next = new Map<string, DeviceClock>();
  for (const [device, statusTimeMs] of latestStatusTimes) {
    const known = previous.get(device);
    if (known && known.statusTimeMs === statusTimeMs) next.set(device, known);
    else if (known) next.set(device, { statusTimeMs, seenAtMs: wallNowMs });
    else next.set(device, { statusTimeMs, seenAtMs: Math.min(wallNowMs, statusTimeMs) });
  }
  return next;
}

/** The device's own clock now: its newest status time plus the wall time since we saw it. */
export function deviceNowMs(clock: DeviceClock | undefined, wallNowMs: number): number {
  return clock ? clock.statusTimeMs + Math.max(0, wallNowMs - clock.seenAtMs) : wallNowMs;
}

export function isStale(clock: DeviceClock | undefined, wallNowMs: number): boolean {
  return clock === undefined || wallNowMs - clock.seenAtMs > STALE_AFTER_MS;
}
