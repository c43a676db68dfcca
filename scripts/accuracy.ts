// `npm run accuracy -- <sensor> [options]` runs the accuracy harness of one sensor kind.
// Each harness lives in test/accuracy/<sensor>.ts and exports `run(argv): Promise<void>`,
// ending its output with `name=value` lines.
import { existsSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const harnessDir = resolve(dirname(fileURLToPath(import.meta.url)), "../test/accuracy");
const available = existsSync(harnessDir)
  ? readdirSync(harnessDir)
      .filter((name) => /^[a-z]+\.ts$/.test(name))
      .map((name) => name.replace(/\.ts$/, ""))
  : [];

const [sensor, ...rest] = process.argv.slice(2);
if (!sensor || !available.includes(sensor)) {
  console.error(`usage: npm run accuracy -- <${available.join("|")}> [options]`);
  process.exit(2);
}
const harness = (await import(pathToFileURL(join(harnessDir, `${sensor}.ts`)).href)) as {
  run: (argv: string[]) => Promise<void>;
};
await harness.run(rest);
