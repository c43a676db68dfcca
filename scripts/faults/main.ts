// `npm run faults [-- --only name,name]`: the fault-injection suite. Each fault runs against a fresh
// system (real Mosquitto, InfluxDB, ptys or BLE), then what the simulator produced is compared
// with what InfluxDB holds. Ends with `name=value` lines.
import { faults } from "./faults.ts";
import { resultLines, runFault } from "./run-fault.ts";

const onlyIndex = process.argv.indexOf("--only");
const only = onlyIndex >= 0 ? (process.argv[onlyIndex + 1] ?? "").split(",") : null;
const selected = faults.filter((fault) => !only || only.includes(fault.name));
const lines: string[] = [];
let failed = false;
for (const fault of selected) {
  console.error(`fault ${fault.name}: running`);
  const result = await runFault(fault);
  console.error(
    `fault ${fault.name}: produced ${result.produced}, stored ${result.stored}, duplicates ${result.duplicates}, ` +
      `lost at the link ${result.lostAtLink}, unexplained ${result.unexplainedMissing} ${JSON.stringify(result.unexplainedAtMs)}, recovery ${result.recoveryS} s`,
  );
  failed ||= result.unexplainedMissing > 0 || result.duplicates > 0 || !Number.isFinite(result.recoveryS);
  lines.push(...resultLines(result));
}
for (const line of lines) console.log(line);
process.exit(failed ? 1 : 0);
