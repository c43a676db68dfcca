// The fault-injection suite in CI: every fault against a fresh system with known ground truth.
// `npm run faults` runs the same faults and prints their figures as name=value lines.
import { describe, expect, it } from "vitest";
import { faults } from "../../scripts/faults/faults.ts";
import { resultLines, runFault } from "../../scripts/faults/run-fault.ts";

describe("fault injection", () => {
  for (const fault of faults) {
    it(`${fault.name}: everything produced is stored once, and the system recovers`, async () => {
      const result = await runFault(fault);
      console.log(resultLines(result).join("\n"));
      expect(result.produced).toBeGreaterThan(50);
      expect(result.unexplainedMissing).toBe(0);
      expect(result.duplicates).toBe(0);
      expect(result.stored + result.lostAtLink).toBe(result.produced);
      expect(result.recoveryS).toBeLessThan(120);
      // Faults behind the agent may lose nothing at all.
      if (!fault.losesLinkData) expect(result.lostAtLink).toBe(0);
    }, 420_000);
  }
});
