// The fault-injection suite in CI: every fault against a fresh system with known ground truth.
// `npm run faults` runs the same faults and prints their figures as name=value lines.
import { describe, expect, it } from "vitest";
import { faultProblems, RECOVERY_LIMIT_S, resultLines } from "../../scripts/faults/fault-report.ts";
import { faults } from "../../scripts/faults/faults.ts";
import { runTimedFault } from "../../scripts/faults/run-fault.ts";

describe("fault injection", () => {
  for (const fault of faults) {
    it(`${fault.name}: everything produced is stored once, and the system recovers`, async () => {
      const result = await runTimedFault(fault);
      console.log(resultLines(result).join("\n"));
      expect(result.produced).toBeGreaterThan(50);
      // Exact: only readings written while no agent read the faulted link are missing.
      expect(result.unexplainedAtMs).toEqual([]);
      expect(result.stored + result.excusedAtLink).toBe(result.produced);
      expect(result.duplicates).toBe(0);
      expect(result.recoveryS).toBeLessThan(RECOVERY_LIMIT_S);
      if (fault.unreadLinks === "none") expect(result.excusedAtLink).toBe(0);
      expect(result.agentGapDisagreements).toBe(0);
      if (fault.keepsBridgeSession) expect(result.bridgeReconnects).toBe(0);
      expect(faultProblems(result)).toEqual([]);
    }, 420_000);
  }
});
