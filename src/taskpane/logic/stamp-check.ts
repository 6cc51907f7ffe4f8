/**
 * The PMO's check of a received stamp: is the data still what was validated, and were the rules the
 * PMO's own? One verdict with its sentences, so the screen shows one coherent message.
 */
import type { Stamp } from "./stamp";

/** The ruleset the PMO compares the stamp's with. */
export interface ReferenceRuleset {
  /** How the screen names it, e.g. "ACME PMO 2.1 (library)". */
  label: string;
  fingerprint: string;
  /** True when it was read from the received workbook itself, i.e. it is the submitter's. */
  fromReceivedWorkbook?: boolean;
}

export interface StampCheck {
  data: "unchanged" | "changed";
  ruleset: "same" | "different" | "unrecorded";
  /** Everything holds: a PASS, on unchanged data, with the reference's rules. */
  trustworthy: boolean;
  title: string;
  lines: string[];
}

export function checkStamp(stamp: Stamp, currentDataFingerprint: string, reference: ReferenceRuleset): StampCheck {
  const data = stamp.fingerprint !== "" && stamp.fingerprint === currentDataFingerprint ? "unchanged" : "changed";
  const ruleset = stamp.rulesetFingerprint === "" ? "unrecorded" : stamp.rulesetFingerprint === reference.fingerprint ? "same" : "different";
  const stamped = `${stamp.result}, stamped ${stamp.stampedAt} with ${stamp.rulesetName} ${stamp.rulesetVersion} (${stamp.rulesetSource || "source not recorded"})`;
  const lines = [
    `The stamp: ${stamped}.`,
    data === "unchanged" ? "The data is unchanged since it was stamped." : "The data changed since it was stamped: the stamp no longer describes it.",
    ruleset === "same"
      ? `It was checked with the same rules as ${reference.label}.`
      : ruleset === "different"
        ? `It was checked with rules that differ from ${reference.label} (stamp ${stamp.rulesetFingerprint}, yours ${reference.fingerprint}).`
        : "The stamp does not record which rules were used (it predates ruleset fingerprints): validate again.",
  ];
  if (stamp.rulesOff && stamp.rulesOff !== "none") lines.push(`Rules switched off when it was stamped: ${stamp.rulesOff}.`);
  if (ruleset === "same" && reference.fromReceivedWorkbook) {
    lines.push("That ruleset was read from the received workbook, so it is the submitter's: compare with one from your library to be sure.");
  }
  const trustworthy = stamp.result === "PASS" && data === "unchanged" && ruleset === "same" && !reference.fromReceivedWorkbook;
  const title =
    data === "changed"
      ? "The data changed since it was stamped"
      : ruleset !== "same"
        ? "Checked with other rules than yours"
        : stamp.result === "FAIL"
          ? "The stamp records a FAIL"
          : reference.fromReceivedWorkbook
            ? "The stamp matches the data and the submitter's rules"
            : "The stamp matches the data and your rules";
  return { data, ruleset, trustworthy, title, lines };
}
