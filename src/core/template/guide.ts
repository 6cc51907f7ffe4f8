/**
 * The "How to fill this in" sheet of a submission template: what each sheet is for, the stages and
 * gates, what is required when, the thresholds the check applies and the words it understands, in
 * plain words and all from the ruleset. Its last rows list the words of any drop-down too long to be
 * held in the validation itself, which those drop-downs then refer to.
 */
import { fieldLabelOf, type EntityName } from "../model/fields";
import { col, text } from "../report/cells";
import { rulesSwitchedOff } from "../ruleset/switched-off";
import type { Ruleset } from "../ruleset/types";
import { GENERATED_MARKER, type SheetSpec, type SpecCell } from "../../workbook/sheet-spec";
import { literalList, type Vocabularies, type VocabRefs } from "./columns";

export const GUIDE_SHEET = "How to fill this in";
/** The guide's sheet key: its marker name says the sheet is the product's (src/workbook/markers.ts). */
export const GUIDE_KEY = "template-guide";

/** Where a PM starts and what each entity's sheet is for, in the order the sheets come. */
const PURPOSE: Record<EntityName, string> = {
  projects: "One row per project. Start here: the other sheets name projects by their ID.",
  gates: "One row per gate decision: the project, the gate, the decision and its date.",
  resources: "One row per person: name, role, team and capacity in FTE (1 = full time).",
  assignments: "Who works on which project, when, and how much of their time (FTE).",
  financials: "Per project and period: planned value, earned value and actual cost, for earned-value figures.",
  milestones: "Per project, its key milestones with baseline, forecast and actual dates.",
  risks: "The RAID log: risks, issues, assumptions and dependencies, with probability and impact from 1 to 5.",
  objectives: "The strategic objectives projects serve; the Projects sheet's Objective column picks from them.",
};

/** Characters of text a guide row holds across columns B to D. */
const WRAP_AT = 110;

/** A text cut into lines of at most WRAP_AT characters, after a comma or a space. */
function wrap(t: string): string[] {
  const out: string[] = [];
  let rest = t;
  while (rest.length > WRAP_AT) {
    const cut = Math.max(rest.lastIndexOf(", ", WRAP_AT), rest.lastIndexOf(" ", WRAP_AT));
    const at = cut > 0 ? cut + 1 : WRAP_AT;
    out.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest) out.push(rest);
  return out;
}

const pct = (f: number) => `${Math.round(f * 1000) / 10}%`;

export interface GuideInput {
  ruleset: Ruleset;
  vocab: Vocabularies;
  /** The entity sheets in order, with the tab names they got. */
  sheets: { entity: EntityName; name: string }[];
}

/** The guide sheet and where the long drop-down lists are (refs for the validations). */
export function guideSheet(input: GuideInput): { spec: SheetSpec; vocabRefs: VocabRefs } {
  const { ruleset, vocab } = input;
  const lc = ruleset.lifecycle;
  const th = ruleset.thresholds;
  const rows: (SpecCell | null)[][] = [];
  const line = (...cells: (SpecCell | null)[]) => {
    // A long text in column B is split over rows at its commas and spaces, so the sheet reads (and
    // prints) at its width instead of one endless cell.
    const long = cells.length === 2 && typeof cells[1]?.value === "string" && cells[1].value.length > WRAP_AT;
    if (!long) return void rows.push(cells);
    wrap(cells[1]!.value as string).forEach((part, i) => rows.push([i === 0 ? cells[0] : null, text(part)]));
  };
  const gap = () => rows.push([]);
  const heading = (t: string) => {
    gap();
    line(text(t, "subtitle"));
  };

  line(text(GUIDE_SHEET, "title"));
  line(text(`For the ruleset ${ruleset.name} (version ${ruleset.version}). Fill in the other sheets, one row per item; the drop-downs and messages on each column say what the check expects.`));
  line(text(`${GENERATED_MARKER} from the PMO's ruleset. This sheet is replaced when a new template is made; your data lives on the other sheets.`, "note"));

  heading("The sheets");
  for (const s of input.sheets) line(text(s.name, "bold"), text(PURPOSE[s.entity]));
  line(text("Leave a sheet empty when you have nothing for it; only Projects is needed. Rows may be added at the bottom of each table: the table grows with them.", "note"));

  heading("Stages");
  line(text("A project moves through these stages in order. To enter a stage it must pass the gate before it:"));
  line(text("Stage", "header"), text("Gate to enter it", "header"), text("Required from this stage on", "header"));
  lc.stages.forEach((stage, i) => {
    const gate = i > 0 ? lc.gates[i - 1] : undefined;
    const required = (ruleset.requiredFields.fromStage[stage] ?? []).map((f) => fieldLabelOf("projects", f));
    line(text(stage, "bold"), text(gate ? `${gate.id} ${gate.name}` : "(first stage)"), text(required.join(", ")));
  });
  if (lc.inactiveStages.length > 0) line(text(`Parked projects are in ${lc.inactiveStages.join(" or ")}; their gates and dates are not chased.`));
  if (lc.closedStages.length > 0) line(text(`A project in ${lc.closedStages.join(" or ")} that is past its finish date is not overdue.`));

  heading("Gates");
  line(text("Gate", "header"), text("Name", "header"), text("Leads into", "header"), text("Fill in when passed", "header"));
  lc.gates.forEach((g, i) => line(text(g.id, "bold"), text(g.name), text(lc.stages[i + 1] ?? ""), text(g.requiredArtifacts.join(", "))));
  line(text(`A gate is passed by the decision ${lc.passingDecisions.map((d) => `"${d}"`).join(" or ")}. Write one row on the Gates sheet for each decision, with its date.`));

  heading("Required fields");
  const always = ruleset.requiredFields.always.map((f) => fieldLabelOf("projects", f));
  if (always.length > 0) line(text("Every project", "bold"), text(always.join(", ")));
  for (const stage of [...lc.stages, ...Object.keys(ruleset.requiredFields.fromStage).filter((s) => !lc.stages.includes(s))]) {
    const fields = ruleset.requiredFields.fromStage[stage] ?? [];
    if (fields.length === 0) continue;
    line(text(`From ${stage} on`, "bold"), text(fields.map((f) => fieldLabelOf("projects", f)).join(", ")));
  }
  const requiredCount = new Set([...ruleset.requiredFields.always, ...Object.values(ruleset.requiredFields.fromStage).flat()]).size;
  if (requiredCount === 0) line(text("This ruleset requires no project field."));
  else line(text("A required field left empty is reported by the check. Selecting a cell shows whether its column is required.", "note"));

  heading("What the check looks at");
  line(text("Budget", "bold"), text(`A forecast more than ${pct(th.forecastVarianceWarning)} over budget is a warning; more than ${pct(th.forecastVarianceError)}, an error.`));
  line(text("Cost (CPI)", "bold"), text(`A cost performance index below ${th.cpiWarning} is a warning; below ${th.cpiError}, an error.`));
  line(text("Schedule (SPI)", "bold"), text(`A schedule performance index below ${th.spiWarning} is a warning; below ${th.spiError}, an error.`));
  line(text("Status updates", "bold"), text(`A Last Update more than ${th.staleStatusDays} days old is stale.`));
  line(text("People", "bold"), text(`A person is over-allocated when their assignments add up to more than their capacity in a ${ruleset.period}; a person without a capacity has ${th.defaultCapacity} FTE. Hours convert at ${th.hoursPerDay} hours a day.`));
  line(text("Dates", "bold"), text("Finish must not be before Start; a project past its finish date that is not closed is overdue."));
  const off = rulesSwitchedOff(ruleset);
  if (off.length > 0) line(text("Switched off", "bold"), text(`This ruleset does not run: ${off.join(", ")}.`));
  for (const rule of ruleset.customRules.filter((r) => r.severity !== "off")) line(text(`PMO rule ${rule.id}`, "bold"), text(rule.description || rule.message));

  heading("Words the check understands");
  line(text("Status", "bold"), text(`Green, Amber or Red, or the project's state: Complete, On Hold, Cancelled. Also: ${aliasText(lc.statusAliases)}.`));
  if (Object.keys(lc.stageAliases).length > 0) line(text("Stage", "bold"), text(`The stages above, or: ${aliasText(lc.stageAliases)}.`));
  line(text("Decision", "bold"), text(`${vocab.decisions.join(", ")}.`));
  line(text("Probability, Impact", "bold"), text("1 (very low) to 5 (very high), or Low, Medium, High."));
  line(text("Percentages", "bold"), text("Type 45% (or 0.45). Amounts: the number alone, without the currency. Dates: 2026-03-31 or as your Excel shows dates."));

  // Lists too long for a drop-down's own rule: the drop-down refers to this row.
  const vocabRefs: VocabRefs = {};
  const long = (Object.keys(vocab) as (keyof Vocabularies)[]).filter((k) => literalList(vocab[k]) === null && vocab[k].length > 0);
  if (long.length > 0) {
    heading("Lists used by the drop-downs");
    for (const key of long) {
      line(text(key.charAt(0).toUpperCase() + key.slice(1), "bold"), ...vocab[key].map((w) => text(w)));
      const row = rows.length;
      vocabRefs[key] = `'${GUIDE_SHEET}'!$B$${row}:$${col(1 + vocab[key].length)}$${row}`;
    }
  }

  return {
    spec: { key: GUIDE_KEY, name: GUIDE_SHEET, tabColor: "1F4E79", gridlines: false, print: { landscape: true, fitToWidth: true }, columns: [{ width: 22 }, { width: 60 }, { width: 40 }, { width: 30 }], rows },
    vocabRefs,
  };
}

function aliasText(aliases: Record<string, string>): string {
  return Object.entries(aliases).map(([word, meaning]) => `${word} (${meaning})`).join(", ");
}
