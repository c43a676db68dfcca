// Writes test/fixtures/v1/<kind>.bin for payload kinds that have no fixture yet.
// Existing fixtures are never overwritten: they are the compatibility record.
import { existsSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { encodeEnvelope } from "../../proto/index.ts";
import { envelopeSamples } from "./envelope-samples.ts";

const dir = join(dirname(fileURLToPath(import.meta.url)), "../fixtures/v1");
for (const [kind, envelope] of Object.entries(envelopeSamples)) {
  const path = join(dir, `${kind}.bin`);
  if (existsSync(path)) continue;
  writeFileSync(path, encodeEnvelope(envelope));
  console.log(`wrote ${path}`);
}
