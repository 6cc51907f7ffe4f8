/** The fixed words of the template's drop-downs that do not come from the ruleset. */
import type { GateDecision } from "../model/portfolio";
import type { StatusMeaning } from "../ruleset/types";

export type { GateDecision };
export type StatusMeaningName = StatusMeaning;

/** Every gate decision the reader knows (core/read/values/vocab.ts), passing ones first. */
export const DECISIONS = ["Approved", "Approved with conditions", "Pending", "Deferred", "Rejected", "Hold", "Recycle", "Kill"] as const satisfies readonly GateDecision[];

/** What a project status can mean: the RAG colours, then the states. */
export const STATUS_MEANINGS = ["Green", "Amber", "Red", "Complete", "On Hold", "Cancelled"] as const satisfies readonly StatusMeaning[];
