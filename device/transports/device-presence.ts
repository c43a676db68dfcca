// Watches the device node a serial port was opened from. When a USB adapter is pulled, udev removes
// /dev/ttyUSB0 (or the by-id link), and when it comes back the path names a new device; serialport
// itself may report neither. Checking the path once a second turns both into a prompt disconnect.
import { statSync } from "node:fs";

export interface DeviceIdentity {
  dev: number;
  ino: number;
  rdev: number;
}

export function deviceIdentity(path: string): DeviceIdentity | null {
  try {
    const stats = statSync(path);
    return { dev: stats.dev, ino: stats.ino, rdev: stats.rdev };
  } catch {
    return null;
  }
}

/** Why the device at `path` is no longer the one opened, or null while it still is. */
export function presenceProblem(
  path: string,
  opened: DeviceIdentity,
  current = deviceIdentity(path),
): string | null {
  if (!current) return `${path} vanished`;
  const same = current.dev === opened.dev && current.ino === opened.ino && current.rdev === opened.rdev;
  return same ? null : `${path} now names another device`;
}
