// A fault's outcome as stable `name=value` lines, a line for people, and the verdict the suite and CI share.
import type { FaultResult } from "./run-fault.ts";

/** Recovery beyond this is a failure: measured recoveries are a few seconds, even after 2 min without InfluxDB. */
export const RECOVERY_LIMIT_S = 30;

export function resultLines(result: FaultResult): string[] {
  const prefix = `fault_${result.name}`;
  const lines = [
    `${prefix}_produced=${result.produced}`,
    `${prefix}_stored=${result.stored}`,
    `${prefix}_duplicates=${result.duplicates}`,
    `${prefix}_excused_at_link=${result.excusedAtLink}`,
    `${prefix}_unexplained_missing=${result.unexplainedMissing}`,
    `${prefix}_link_unread_s=${result.linkUnreadS}`,
    `${prefix}_bridge_reconnects=${result.bridgeReconnects}`,
    `${prefix}_recovery_s=${result.recoveryS}`,
    `${prefix}_outage_s=${result.outageS}`,
    `${prefix}_wall_s=${result.wallS}`,
  ];
  if (result.agentFramesLost !== null) lines.push(`${prefix}_agent_frames_lost=${result.agentFramesLost}`);
  if (result.framesInGap !== null) lines.push(`${prefix}_frames_in_gap=${result.framesInGap}`);
  for (const [name, value] of Object.entries(result.figures)) lines.push(`${prefix}_${name}=${value}`);
  return lines;
}

export function describeResult(result: FaultResult): string {
  const excused =
    result.excusedAtLink > 0 ? ` (${result.excusedAtLink} unread at the link: ${result.excusedReason})` : "";
  return (
    `fault ${result.name}: produced ${result.produced}, stored ${result.stored}${excused}, ` +
    `duplicates ${result.duplicates}, unexplained ${result.unexplainedMissing} ${JSON.stringify(result.unexplainedAtMs)}, ` +
    `link unread ${result.linkUnreadS} s, agent frames lost ${result.agentFramesLost ?? "n/a"} ` +
    `(numbered in the gap ${result.framesInGap ?? "n/a"}), ` +
    `bridge reconnects ${result.bridgeReconnects}, recovery ${result.recoveryS} s`
  );
}

/** Every way a fault run can fail; empty when it passed. */
export function faultProblems(result: FaultResult): string[] {
  const problems: string[] = [];
  const fail = (broken: boolean, what: string) => broken && problems.push(what);
  fail(result.stored + result.excusedAtLink !== result.produced, "stored + excused ≠ produced");
  fail(result.unexplainedMissing > 0, `${result.unexplainedMissing} readings missing without an unread link`);
  fail(result.duplicates > 0, `${result.duplicates} duplicates`);
  fail(!(result.recoveryS < RECOVERY_LIMIT_S), `recovery ${result.recoveryS} s`);
  fail(!Number.isFinite(result.linkUnreadS), "a faulted link never reopened");
  fail(result.agentGapDisagreements > 0, "an agent's own frames_lost disagrees with the frames in its gap");
  fail(result.keepsBridgeSession && result.bridgeReconnects > 0, "the bridge's MQTT session dropped");
  fail((result.figures.bridge_disconnected_samples ?? 0) > 0, "the bridge reported its MQTT session down");
  return problems;
}
