import { describe, expect, it } from "vitest";
import { isOpen, levelOfScore, mediumScore, riskLevel, riskScore, scaleOf } from "../../../src/core/lookup/raid";
import { defaultRuleset } from "../../../src/core/ruleset/default-ruleset";
import { risk } from "../../factories";

const t = defaultRuleset().thresholds;

describe("RAID lookups", () => {
  it("treats an entry as open unless its status says closed", () => {
    expect(isOpen(risk({ status: "Open" }))).toBe(true);
    expect(isOpen(risk({ status: undefined, statusRaw: "Accepted" }))).toBe(true);
    expect(isOpen(risk({ status: undefined }))).toBe(true);
    expect(isOpen(risk({ status: "Closed" }))).toBe(false);
  });

  it("scores probability × impact, else a numeric rating", () => {
    expect(riskScore(risk({ probability: 3, impact: 2, scale: 3 }))).toBe(6);
    expect(riskScore(risk({ rating: 12 }))).toBe(12);
    expect(riskScore(risk({ probability: 3 }))).toBeUndefined();
    expect(riskScore(risk({}))).toBeUndefined();
  });

  it("knows the scale from the reader, or from a rating only a 5 × 5 matrix can give", () => {
    expect(scaleOf(risk({ scale: 3 }))).toBe(3);
    expect(scaleOf(risk({ scale: 5 }))).toBe(5);
    expect(scaleOf(risk({ rating: 16 }))).toBe(5);
    expect(scaleOf(risk({ rating: 6 }))).toBeUndefined();
  });

  it("uses the documented defaults: High from 6 on Low/Medium/High, from 15 on 1–5; Medium from half", () => {
    expect(levelOfScore(6, 3, t)).toBe("High"); // Medium × High
    expect(levelOfScore(4, 3, t)).toBe("Medium"); // Medium × Medium
    expect(levelOfScore(3, 3, t)).toBe("Medium"); // Low × High
    expect(levelOfScore(2, 3, t)).toBe("Low");
    expect(levelOfScore(15, 5, t)).toBe("High");
    expect(levelOfScore(12, 5, t)).toBe("Medium");
    expect(mediumScore(5, t)).toBe(8);
    expect(levelOfScore(6, 5, t)).toBe("Low");
  });

  it("follows the ruleset's thresholds", () => {
    expect(levelOfScore(12, 5, { ...t, riskHighScore5: 12 })).toBe("High");
  });

  it("reads a rating written as a word when the entry is not scored", () => {
    expect(riskLevel(risk({ ratingRaw: "HIGH" }), t)).toBe("High");
    expect(riskLevel(risk({ ratingRaw: "Amber" }), t)).toBe("Medium");
    expect(riskLevel(risk({ ratingRaw: "Tolerable" }), t)).toBeUndefined();
    expect(riskLevel(risk({ probability: 5, impact: 4, scale: 5 }), t)).toBe("High");
    expect(riskLevel(risk({ rating: 6 }), t)).toBeUndefined();
  });
});
