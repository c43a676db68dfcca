// Generates proto/gen/care_v1.{js,d.ts} from the .proto sources with protobufjs-cli.
// `--check` regenerates into a temporary folder and exits 1 when the committed code is stale.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const protoDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(protoDir, "..");
const sources = [join(protoDir, "care/v1/care.proto")];
const bin = (name: string) => join(repoRoot, "node_modules/.bin", name);

export function generateInto(outDir: string): { js: string; dts: string } {
  const js = join(outDir, "care_v1.js");
  const dts = join(outDir, "care_v1.d.ts");
  execFileSync(bin("pbjs"), [
    "-t",
    "static-module",
    "-w",
    "es6",
    "--force-number",
    "--no-beautify",
    "-o",
    js,
    ...sources,
  ]);
  // pbjs writes an import without extension; Node's ESM resolver needs the file name.
  const code = readFileSync(js, "utf8").replace('from "protobufjs/minimal"', 'from "protobufjs/minimal.js"');
  writeFileSync(js, code);
  execFileSync(bin("pbts"), ["-o", dts, js]);
  return { js, dts };
}

function isStale(): boolean {
  const tmp = mkdtempSync(join(tmpdir(), "proto-gen-"));
  try {
    const fresh = generateInto(tmp);
    const committed = join(protoDir, "gen");
    return (
      readFileSync(fresh.js, "utf8") !== readFileSync(join(committed, "care_v1.js"), "utf8") ||
      readFileSync(fresh.dts, "utf8") !== readFileSync(join(committed, "care_v1.d.ts"), "utf8")
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes("--check")) {
    const stale = isStale();
    console.log(stale ? "proto/gen is stale: run npm run proto:generate" : "proto/gen is up to date");
    process.exit(stale ? 1 : 0);
  }
  const out = generateInto(join(protoDir, "gen"));
  console.log(`generated ${out.js} and ${out.dts}`);
}
