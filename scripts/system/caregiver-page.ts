// Starts the caregiver page server as a child process (the demo, the tests) on a free port and waits
// for the URL it prints. The password goes by file: it never appears on the command line.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type ManagedChild, REPO_ROOT, startChild, waitFor } from "../stack/index.ts";

export interface CaregiverPageLaunch {
  /** InfluxDB base URL without credentials, e.g. http://127.0.0.1:8086. */
  influxUrl: string;
  /** The read-only dashboard user; undefined for a system started without authentication. */
  reader: { username: string; passwordFile: string } | undefined;
  logDir: string;
}

export interface RunningCaregiverPage {
  /** http://127.0.0.1:PORT/ */
  readonly url: string;
  readonly child: ManagedChild;
}

const URL_LINE = /caregiver page (http:\/\/\S+\/)/;

export async function startCaregiverPage(launch: CaregiverPageLaunch): Promise<RunningCaregiverPage> {
  const logFile = join(launch.logDir, "caregiver-page.log");
  const credentials = launch.reader
    ? ["--username", launch.reader.username, "--password-file", launch.reader.passwordFile]
    : [];
  const child = startChild({
    name: "caregiver-page",
    command: process.execPath,
    args: [
      "--import",
      "tsx",
      join(REPO_ROOT, "dashboards/caregiver/server.ts"),
      "--influx-url",
      launch.influxUrl,
      ...credentials,
      "--port",
      "0",
    ],
    cwd: REPO_ROOT,
    logFile,
  });
  const printedUrl = () =>
    existsSync(logFile) ? URL_LINE.exec(readFileSync(logFile, "utf8"))?.[1] : undefined;
  const exitedEarly = child.exited.then((code) => {
    throw new Error(`caregiver page exited (${code}); see ${logFile}`);
  });
  // An exit after start-up is the owner's business, not an unhandled rejection here.
  exitedEarly.catch(() => undefined);
  await Promise.race([waitFor("caregiver page URL", () => printedUrl() !== undefined, 30_000), exitedEarly]);
  return { url: printedUrl() ?? "", child };
}
