import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { deviceIdentity, presenceProblem } from "./device-presence.ts";

describe("device presence", () => {
  it("notices a device link that vanished or now names another device", () => {
    const dir = mkdtempSync(join(tmpdir(), "presence-"));
    const [first, second, link] = [join(dir, "pts1"), join(dir, "pts2"), join(dir, "ttyUSB0")];
    writeFileSync(first, "");
    writeFileSync(second, "");
    symlinkSync(first, link);
    const opened = deviceIdentity(link);
    if (!opened) throw new Error("no identity for the link");
    expect(presenceProblem(link, opened)).toBeNull();
    rmSync(link);
    expect(presenceProblem(link, opened)).toMatch(/vanished/);
    symlinkSync(second, link);
    expect(presenceProblem(link, opened)).toMatch(/another device/);
  });
});
