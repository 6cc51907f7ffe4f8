/** Dates read the same in every time zone: the probe runs in child processes with TZ set. */
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { dayFromIso } from "../../../src/core/model/dates";

const probe = resolve(__dirname, "../../fixtures/read/timezone-probe.ts");
const expected = [dayFromIso("2026-03-08"), dayFromIso("2026-11-01"), dayFromIso("2026-03-31")];

describe.each(["America/New_York", "Pacific/Auckland", "UTC"])("in %s", (tz) => {
  it("reads dates as the same days in both date systems", () => {
    const json = execFileSync(process.execPath, ["--import", "tsx", probe], { env: { ...process.env, TZ: tz }, encoding: "utf8", timeout: 60_000 });
    const days = JSON.parse(json) as Record<string, number[]>;
    expect(days).toEqual({ "1900": expected, "1904": expected });
  });
});
