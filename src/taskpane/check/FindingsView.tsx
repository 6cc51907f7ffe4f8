/**
 * The findings of the last check: group by rule or project, filter by severity, search; groups that
 * match a filter open, and their headers count what the filter leaves ("3 of 12"). The filters and
 * open groups are kept while the user visits other screens.
 */
import { useDeferredValue, useMemo, useState } from "react";
import { Checkbox, MessageBar, MessageBarBody, Radio, RadioGroup, SearchBox, makeStyles, tokens } from "@fluentui/react-components";
import { useServices } from "../services/app-services";
import type { CheckRun } from "../services/check-runner";
import { countBySeverity, filterFindings, groupFindings, isFiltering, SEVERITIES, totalsByKey, type FindingGroup, type GroupBy } from "../logic/findings-view";
import type { Finding, FindingSeverity } from "../../core/findings";
import { rules } from "../../core/rules/registry";
import { SeverityCounts, SEVERITY_LABELS } from "./SeverityCounts";
import { SeverityIcon } from "./Severity";
import { FindingList } from "./FindingList";

const ruleDescriptions = new Map(rules.map((r) => [r.id, r.meta.description] as const));

const useStyles = makeStyles({
  filters: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  severity: { display: "inline-flex", gap: "2px", alignItems: "center" },
});

/** What the pane says after selecting a cell the user cannot see. */
export function hiddenRowNote(sheet: string, row: number): string {
  return `Row ${row} of "${sheet}" is hidden, so the selected cell does not show. Unhide the row (select the rows around it, right-click, Unhide) or clear the sheet's filter to see it.`;
}

/** Which groups start open: every group a filter left, else the first (the worst problems). */
function defaultOpen(groups: FindingGroup[], filtering: boolean): Set<string> {
  return new Set(filtering ? groups.map((g) => g.key) : groups.slice(0, 1).map((g) => g.key));
}

export function FindingsView({ run }: { run: CheckRun }) {
  const styles = useStyles();
  const services = useServices();
  const [groupBy, setGroupBy] = useState<GroupBy>("rule");
  const [severities, setSeverities] = useState<ReadonlySet<FindingSeverity>>(new Set(SEVERITIES));
  const [query, setQuery] = useState("");
  const [selectError, setSelectError] = useState<string | null>(null);
  const [selectNote, setSelectNote] = useState<string | null>(null);
  // Typing stays fluid on thousands of findings: the list follows the query a moment later.
  const deferredQuery = useDeferredValue(query);

  const findings = run.outcome.result.findings;
  const counts = useMemo(() => countBySeverity(findings), [findings]);
  const describe = useMemo(() => {
    const names = new Map(run.outcome.portfolio.projects.map((p) => [p.id, p.name] as const));
    return (key: string) => (groupBy === "project" ? names.get(key) : ruleDescriptions.get(key) ?? run.outcome.ruleset.customRules.find((c) => `custom/${c.id}` === key)?.description);
  }, [run, groupBy]);
  const filter = useMemo(() => ({ severities, query: deferredQuery }), [severities, deferredQuery]);
  const filtering = isFiltering(filter);
  const groups = useMemo(() => groupFindings(filterFindings(findings, filter), groupBy, describe), [findings, filter, groupBy, describe]);
  const totals = useMemo(() => totalsByKey(findings, groupBy), [findings, groupBy]);

  // Open groups follow the run, the grouping and the filter; the user's toggles hold until one changes.
  const openKey = `${run.run.id ?? run.run.at}|${groupBy}|${[...severities].sort().join(",")}|${deferredQuery}`;
  const [openState, setOpenState] = useState<{ key: string; open: Set<string> }>({ key: "", open: new Set() });
  const open = openState.key === openKey ? openState.open : defaultOpen(groups, filtering);
  const toggle = (key: string) => {
    const next = new Set(open);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setOpenState({ key: openKey, open: next });
  };

  const toggleSeverity = (s: FindingSeverity, on: boolean) =>
    setSeverities((prev) => {
      const next = new Set(prev);
      if (on) next.add(s);
      else next.delete(s);
      return next;
    });

  const select = async (f: Finding) => {
    if (!f.location) return;
    setSelectError(null);
    setSelectNote(null);
    try {
      await services.selector.select(f.location);
      // Excel selects a cell in a hidden row without showing it: say why nothing seems to happen.
      if (f.location.hidden) setSelectNote(hiddenRowNote(f.location.sheet, f.location.row));
    } catch (e) {
      setSelectError(`Could not select ${f.location.sheet}!${f.location.cell}: ${(e as Error).message}`);
    }
  };

  return (
    <>
      <SeverityCounts counts={counts} />
      <RadioGroup layout="horizontal" value={groupBy} onChange={(_, d) => setGroupBy(d.value as GroupBy)} aria-label="Group findings by">
        <Radio value="rule" label="By rule" />
        <Radio value="project" label="By project" />
      </RadioGroup>
      <div className={styles.filters} role="group" aria-label="Show severities">
        {SEVERITIES.map((s) => (
          <Checkbox
            key={s}
            checked={severities.has(s)}
            onChange={(_, d) => toggleSeverity(s, Boolean(d.checked))}
            label={
              <span className={styles.severity}>
                <SeverityIcon severity={s} /> {SEVERITY_LABELS[s]}
              </span>
            }
          />
        ))}
      </div>
      <SearchBox placeholder="Search findings" aria-label="Search findings" value={query} onChange={(_, d) => setQuery(d.value)} data-testid="search" />
      {filtering && (
        <span role="status" data-testid="filter-status">
          {groups.reduce((n, g) => n + g.findings.length, 0).toLocaleString("en")} of {findings.length.toLocaleString("en")} findings shown
        </span>
      )}
      {selectError && (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>{selectError}</MessageBarBody>
        </MessageBar>
      )}
      {selectNote && (
        <MessageBar intent="info" role="status" data-testid="hidden-row-note">
          <MessageBarBody>{selectNote}</MessageBarBody>
        </MessageBar>
      )}
      <FindingList groups={groups} open={open} totals={totals} onToggle={toggle} onSelect={(f) => void select(f)} />
    </>
  );
}
