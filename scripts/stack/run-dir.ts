import { mkdirSync, mkdtempSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** A fresh folder under <repo>/run/ for generated configs, data and logs of one run. */
export function makeRunDir(prefix: string): string {
  const base = join(REPO_ROOT, "run");
  mkdirSync(base, { recursive: true });
  return mkdtempSync(join(base, `${prefix}-`));
}
