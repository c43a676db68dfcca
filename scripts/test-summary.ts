// Prints the closing line CI reads, "N passed, N failed", from vitest's JSON report.
import { existsSync, readFileSync } from "node:fs";

interface VitestJsonReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { status: string; message?: string; name: string }[];
}

const reportPath = process.argv[2] ?? "run/vitest-report.json";
if (!existsSync(reportPath)) {
  console.log("0 passed, 1 failed");
  console.error(`no test report at ${reportPath}: the test run did not complete`);
  process.exit(1);
}
const report = JSON.parse(readFileSync(reportPath, "utf8")) as VitestJsonReport;
// A test file that fails to load has no test results but counts as a failure.
const brokenFiles = report.testResults.filter((file) => file.status === "failed" && file.message).length;
const failed = report.numFailedTests + brokenFiles;
const skipped = report.numPendingTests + report.numTodoTests;
console.log(`${report.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || report.numPassedTests === 0 ? 1 : 0);
