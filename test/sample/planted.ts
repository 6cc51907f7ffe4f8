/**
 * Every planted problem of the sample workbook (docs/sample.md) as "severity rule subject [period]",
 * shared by the sample test and the pane's end-to-end tests that count the sample's findings.
 */
export const PLANTED = [
  "error data/date-order PRJ-116",
  "error data/duplicate-id PRJ-118",
  "error data/required-field PRJ-109",
  "error data/unknown-reference Jon Smyth",
  "error data/unknown-stage PRJ-115",
  "error budget/cpi PRJ-126",
  "error budget/forecast-variance PRJ-107",
  "error gate/missing-approval PRJ-108",
  "error gate/rejected PRJ-121",
  "warning gate/missing-artifact PRJ-119",
  "warning resource/over-allocated Priya Nair 2026-03",
  "warning schedule/overdue PRJ-113",
  "warning status/stale PRJ-112",
  "warning milestone/slipped PRJ-102",
  "error milestone/slipped PRJ-113",
  "warning milestone/overdue PRJ-125",
  "warning milestone/missing-baseline PRJ-101",
  "error risk/no-mitigation PRJ-126",
  "warning risk/no-owner PRJ-108",
  "warning risk/review-overdue PRJ-127",
  "warning risk/open-on-closed-project PRJ-106",
  "warning risk/issue-without-action PRJ-102",
  "warning strategy/unaligned PRJ-114",
  "warning strategy/unaligned PRJ-120",
];

/** All of them: every planted rule is registered (the sample test holds that true). */
export const EXPECTED = PLANTED;

export const EXPECTED_ERRORS = EXPECTED.filter((p) => p.startsWith("error ")).length;
