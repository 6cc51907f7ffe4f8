/**
 * People of several submissions merged by name (the reader's match key: case and spaces ignored): one
 * person, one capacity (the first listing's; a blank one is filled by a later listing). The listings
 * merged away are kept for data/submission-conflict (different capacities). Used by the consolidation
 * as it adds submissions, and by the reader on a consolidated workbook, whose Source column names each
 * row's submission: both merge the same way, so the workbook checked alone finds the same conflicts.
 */
import type { Resource } from "../model/portfolio";
import { matchKey } from "../lookup/keys";

export class PeopleMerge {
  readonly resources: Resource[];
  readonly merged: Resource[] = [];
  /** Resource match key -> index in resources and the submission it came from. */
  private readonly people = new Map<string, { at: number; file: string | undefined }>();

  constructor(into: Resource[] = []) {
    this.resources = into;
  }

  /**
   * Adds one listing of `file` (undefined: a row naming no submission, never merged). A name listed
   * twice by the same submission stays twice: that is data/duplicate-id's. True when it was merged.
   */
  add(r: Resource, file: string | undefined): boolean {
    const key = matchKey(r.name);
    const known = this.people.get(key);
    if (!known || file === undefined || known.file === undefined || known.file === file) {
      if (!known) this.people.set(key, { at: this.resources.length, file });
      this.resources.push(r);
      return false;
    }
    const kept = this.resources[known.at];
    if (kept.capacityDefaulted && !r.capacityDefaulted) {
      // The first listing left the capacity blank and this one gives it: the one with a capacity counts.
      this.resources[known.at] = r;
      this.people.set(key, { at: known.at, file });
      this.merged.push(kept);
    } else this.merged.push(r);
    return true;
  }
}
