import { describe, expect, it } from "vitest";
import { numberWithin, parseCheckedSettings } from "./checked-settings.ts";

const defaults = { gain: 1, window: 10 };
const checks = { gain: numberWithin(0, 5), window: numberWithin(1, 60) };

describe("parseCheckedSettings", () => {
  it("keeps defaults for what the input leaves out, including no input at all", () => {
    expect(parseCheckedSettings("test", { gain: 2 }, defaults, checks)).toEqual({
      ok: true,
      value: { gain: 2, window: 10 },
    });
    expect(parseCheckedSettings("test", undefined, defaults, checks)).toEqual({ ok: true, value: defaults });
  });

  it("reports every unknown key and bad value together", () => {
    const result = parseCheckedSettings("test", { gain: 9, colour: "red", window: "x" }, defaults, checks);
    expect(result).toEqual({
      ok: false,
      reason:
        "gain must be a number within 0–5; unknown test setting colour; window must be a number within 1–60",
    });
  });

  it("rejects a value that is not an object", () => {
    expect(parseCheckedSettings("test", [1], defaults, checks)).toEqual({
      ok: false,
      reason: "test settings must be an object",
    });
  });
});
