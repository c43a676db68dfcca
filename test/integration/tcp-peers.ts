// Which TCP ports a process is connected to, read from /proc (Linux): lets a test check which listener a
// child process really uses, rather than trusting its config.
import { readdirSync, readFileSync, readlinkSync } from "node:fs";

const ESTABLISHED = "01";

function socketInodes(pid: number): Set<string> {
  const inodes = new Set<string>();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const inode = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1];
      if (inode) inodes.add(inode);
    } catch {
      // The descriptor closed while we listed them.
    }
  }
  return inodes;
}

/** Remote ports of the process's established TCP connections (IPv4 and IPv6). */
export function connectedPorts(pid: number): number[] {
  const inodes = socketInodes(pid);
  const ports: number[] = [];
  for (const table of ["tcp", "tcp6"]) {
    const rows = readFileSync(`/proc/${pid}/net/${table}`, "utf8").trim().split("\n").slice(1);
    for (const row of rows) {
      // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode …
      const [, , remote, state, , , , , , inode] = row.trim().split(/\s+/);
      if (state === ESTABLISHED && inode && inodes.has(inode) && remote)
        ports.push(Number.parseInt(remote.split(":")[1] ?? "", 16));
    }
  }
  return ports;
}
