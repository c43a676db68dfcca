// `npm run faults [-- --only name,name]`: the fault-injection suite, then the fuzz run (`fuzz` in
// --only selects it). Each fault runs against a fresh system (real Mosquitto, InfluxDB, ptys or BLE),
// then what the simulator produced is compared with what InfluxDB holds. Ends with `name=value` lines:
// the faults' first, the fuzz run's last.
import { DEFAULT_FUZZ_OPTIONS, fuzzLines, runFuzz } from "../../test/fuzz/fuzz-harness.ts";
import { fuzzProblems } from "../../test/fuzz/fuzz-verdict.ts";
import { describeResult, faultProblems, resultLines } from "./fault-report.ts";
import { faults } from "./faults.ts";
import { runTimedFault } from "./run-fault.ts";

const onlyIndex = process.argv.indexOf("--only");
const only = onlyIndex >= 0 ? (process.argv[onlyIndex + 1] ?? "").split(",") : null;
const known = [...faults.map((fault) => fault.name), "fuzz"];
const unknown = (only ?? []).filter((name) => !known.includes(name));
if (unknown.length > 0) {
  console.error(`unknown in --only: ${unknown.join(", ")} (known: ${known.join(", ")})`);
  process.exit(2);
}
const selected = faults.filter((fault) => !only || only.includes(fault.name));
const lines: string[] = [];
let failed = false;
let faultsWallS = 0;
const report = (what: string, problems: string[]) => {
  for (const problem of problems) console.error(`${what}: FAILED: ${problem}`);
  failed ||= problems.length > 0;
};
for (const fault of selected) {
  console.error(`fault ${fault.name}: running`);
  const result = await runTimedFault(fault);
  console.error(describeResult(result));
  report(`fault ${fault.name}`, faultProblems(result));
  lines.push(...resultLines(result));
  faultsWallS += result.wallS;
}
if (selected.length > 0) lines.push(`faults_wall_s=${faultsWallS}`);
if (!only || only.includes("fuzz")) {
  console.error(`fuzz: running (seed ${DEFAULT_FUZZ_OPTIONS.seed})`);
  const fuzz = await runFuzz(DEFAULT_FUZZ_OPTIONS);
  report("fuzz", fuzzProblems(fuzz));
  lines.push(...fuzzLines(fuzz));
}
for (const line of lines) console.log(line);
process.exit(failed ? 1 : 0);
