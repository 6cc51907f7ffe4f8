/**
 * Check: run the ruleset over the workbook, see the counts, browse findings by rule or project, jump
 * to a finding's cell, and optionally write the summary sheets.
 */
import { useEffect, useMemo, useState } from "react";
import {
  Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, SearchBox, Switch, Text,
  makeStyles, tokens,
} from "@fluentui/react-components";
import { useServices } from "../services/app-services";
import { useRulebook } from "../app/use-rulebook";
import { useCheck } from "./use-check";
import { CheckProgress } from "./CheckProgress";
import { NoRegister, RulesNotRun } from "./RulesNotRun";
import { rulesNotRun } from "../../core/submission";
import { counted } from "../logic/wording";
import { countBySeverity, filterFindings, groupFindings, SEVERITIES, type GroupBy } from "../logic/findings-view";
import { SeverityCounts, SEVERITY_LABELS } from "./SeverityCounts";
import { FindingList } from "./FindingList";
import { dayFromIso, isoFromDay } from "../../core/model/dates";
import type { Finding, FindingSeverity } from "../../core/findings";
import { rules } from "../../core/rules/registry";

const ruleDescriptions = new Map(rules.map((r) => [r.id, r.meta.description] as const));

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "end", flexWrap: "wrap" },
  filters: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
});

export function CheckScreen() {
  const styles = useStyles();
  const services = useServices();
  const rulebook = useRulebook();
  const check = useCheck();
  const { asOf, setAsOf } = rulebook;
  const [writeSheets, setWriteSheets] = useState(false);
  const [groupBy, setGroupBy] = useState<GroupBy>("rule");
  const [severities, setSeverities] = useState<Set<FindingSeverity>>(new Set(SEVERITIES));
  const [query, setQuery] = useState("");
  const [selectError, setSelectError] = useState<string | null>(null);

  useEffect(() => {
    services.store.getSetting("writeSheets", false).then(setWriteSheets, () => undefined);
  }, [services]);

  const last = rulebook.lastRun;
  const findings = useMemo(() => last?.outcome.result.findings ?? [], [last]);
  const counts = useMemo(() => countBySeverity(findings), [findings]);
  const describe = useMemo(() => {
    const projectNames = new Map((last?.outcome.portfolio.projects ?? []).map((p) => [p.id, p.name] as const));
    return (key: string) => (groupBy === "project" ? projectNames.get(key) : ruleDescriptions.get(key));
  }, [last, groupBy]);
  const groups = useMemo(
    () => groupFindings(filterFindings(findings, { severities, query }), groupBy, describe),
    [findings, severities, query, groupBy, describe],
  );
  const asOfDay = dayFromIso(asOf);

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
    try {
      await services.selector.select(f.location);
    } catch (e) {
      setSelectError(`Could not select ${f.location.sheet}!${f.location.cell}: ${(e as Error).message}`);
    }
  };

  return (
    <section className={styles.stack} aria-labelledby="check-title">
      <h2 id="check-title" style={{ margin: 0, fontSize: tokens.fontSizeBase400 }}>Check the portfolio</h2>
      <div className={styles.row}>
        <Field label="As of" validationMessage={Number.isNaN(asOfDay) ? "Enter a date (YYYY-MM-DD)" : undefined}>
          <Input type="date" value={asOf} onChange={(_, d) => setAsOf(d.value)} data-testid="as-of" />
        </Field>
        <Switch
          label="Write summary sheets"
          checked={writeSheets}
          onChange={(_, d) => {
            setWriteSheets(d.checked);
            void services.store.setSetting("writeSheets", d.checked);
          }}
        />
        <Button
          appearance="primary"
          disabled={check.running || Number.isNaN(asOfDay) || !rulebook.ruleset}
          onClick={() => void check.run({ asOf: asOfDay, writeSheets, origin: "taskpane" })}
          data-testid="run-check"
        >
          Run check
        </Button>
      </div>

      <CheckProgress stage={check.stage} />
      {check.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{check.error}</MessageBarBody>
        </MessageBar>
      )}
      {rulebook.loadErrors.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>The workbook's stored ruleset cannot be used: {rulebook.loadErrors.join("; ")}. Open the Ruleset screen to pick one.</MessageBarBody>
        </MessageBar>
      )}

      {last && <RunSummary />}

      {last && (
        <>
          <SeverityCounts counts={counts} />
          <div className={styles.filters}>
            <RadioGroup layout="horizontal" value={groupBy} onChange={(_, d) => setGroupBy(d.value as GroupBy)} aria-label="Group findings by">
              <Radio value="rule" label="By rule" />
              <Radio value="project" label="By project" />
            </RadioGroup>
            {SEVERITIES.map((s) => (
              <Checkbox key={s} label={SEVERITY_LABELS[s]} checked={severities.has(s)} onChange={(_, d) => toggleSeverity(s, Boolean(d.checked))} />
            ))}
          </div>
          <SearchBox placeholder="Search findings" aria-label="Search findings" value={query} onChange={(_, d) => setQuery(d.value)} />
          {selectError && (
            <MessageBar intent="warning" role="alert">
              <MessageBarBody>{selectError}</MessageBarBody>
            </MessageBar>
          )}
          <FindingList key={groupBy} groups={groups} onSelect={select} />
        </>
      )}
      {!last && !check.running && <Text>Run a check to see the findings, each linked to its cell.</Text>}
    </section>
  );
}

function RunSummary() {
  const { lastRun } = useRulebook();
  if (!lastRun) return null;
  const { outcome, written } = lastRun;
  const notRun = rulesNotRun(outcome.ruleset, outcome.result);
  const projects = outcome.portfolio.projects.length;
  return (
    <div role="status" data-testid="run-summary" data-run={lastRun.run.id ?? lastRun.run.at}>
      <Text block>
        Checked {counted(projects, "project")} of “{lastRun.source.label}” as of {isoFromDay(outcome.asOf)} with {outcome.ruleset.name}{" "}
        {outcome.ruleset.version}: {counted(outcome.result.summary.total, "finding")} on {counted(outcome.result.summary.projects, "project")}.
      </Text>
      {written && (
        <Text block>
          Summary sheets written: {written.written.map((w) => w.sheet).join(", ")}.{written.notes.length > 0 ? ` ${written.notes.join(" ")}` : ""}
        </Text>
      )}
      {lastRun.writeError && (
        <MessageBar intent="warning">
          <MessageBarBody>The summary sheets were not written: {lastRun.writeError}</MessageBarBody>
        </MessageBar>
      )}
      {projects === 0 && <NoRegister />}
      <RulesNotRun rules={notRun} />
    </div>
  );
}
