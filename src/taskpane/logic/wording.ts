/** Small wording helpers shared by the screens. */

/**
 * A count with its noun in agreement.
 * @example counted(1, "rule") // "1 rule"; counted(3, "rule") // "3 rules"; counted(2, "finding", "findings") // "2 findings"
 */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString("en")} ${n === 1 ? singular : plural}`;
}

/** "could not run" with its subject: "1 rule could not run", "2 rules could not run". */
export function rulesCouldNotRun(n: number): string {
  return `${counted(n, "rule")} could not run`;
}
