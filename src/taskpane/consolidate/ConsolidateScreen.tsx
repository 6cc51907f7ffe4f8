/**
 * Consolidate workbooks…: the user picks the project managers' submissions (.xlsx), the pane reads
 * them one at a time into one portfolio, checks it once with the pane's ruleset (the core's
 * consolidateWorkbooks, as `pmo-rulebook check --consolidate` does), and writes the consolidated
 * sheets (Consolidated Projects, Gates, Resources, Assignments, … each with a Source column) into the
 * open workbook. They are the product's sheets: a later consolidation replaces them, and the open
 * workbook's own check leaves them out.
 */
import { useRef, useState } from "react";
import { Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useServices } from "../services/app-services";
import { useRulebook } from "../app/use-rulebook";
import { dayFromIso } from "../../core/model/dates";
import type { Finding } from "../../core/findings";
import type { SubmissionRead } from "../../core/consolidate/workflow";
import type { WriteResult } from "../../workbook/port";
import { pickedSubmission } from "./picked-files";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, overflowWrap: "anywhere" },
  where: { color: tokens.colorNeutralForeground3 },
});

interface Outcome {
  submissions: SubmissionRead[];
  findings: Finding[];
  summary: { error: number; warning: number; info: number };
  projects: number;
  written?: WriteResult;
  writeError?: string;
}

/** Findings shown in the pane; the rest are in the counts (the CLI lists them all). */
const SHOWN = 50;

const where = (f: Finding) => (f.location ? `${f.location.file ? `[${f.location.file}]` : ""}${f.location.sheet}!${f.location.cell}` : "");

export function ConsolidateScreen() {
  const styles = useStyles();
  const services = useServices();
  const rulebook = useRulebook();
  const input = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const asOf = dayFromIso(rulebook.asOf);

  const run = async () => {
    if (!rulebook.ruleset) {
      setError("Choose a ruleset first: the one stored in this workbook is not valid (see the Ruleset screen).");
      return;
    }
    setRunning(true);
    setError(null);
    try {
      const [{ consolidateWorkbooks }, { consolidatedSheets }] = await Promise.all([import("../../core/consolidate/workflow"), import("../../core/consolidate/export-sheets")]);
      const result = await consolidateWorkbooks(files.map(pickedSubmission), { asOf, ruleset: rulebook.ruleset, label: `${files.length} submissions` });
      if (!result.ok) throw new Error(`The ruleset is not valid: ${result.errors.map((e) => e.message).join("; ")}`);
      const { outcome: checked } = result;
      const next: Outcome = { submissions: result.submissions, findings: checked.result.findings, summary: checked.result.summary, projects: checked.portfolio.projects.length };
      try {
        next.written = await services.writer.writeSheets(consolidatedSheets(checked.portfolio, { namePrefix: "Consolidated " }));
      } catch (e) {
        next.writeError = (e as Error).message;
      }
      setOutcome(next);
    } catch (e) {
      setError(`The consolidation did not finish: ${(e as Error).message}`);
    } finally {
      setRunning(false);
    }
  };

  return (
    <section className={styles.stack} aria-labelledby="consolidate-title">
      <h2 id="consolidate-title" style={{ margin: 0, fontSize: tokens.fontSizeBase400 }}>Consolidate workbooks</h2>
      <Text>
        Pick the workbooks your project managers submitted. They are read as one portfolio and checked once with this pane's ruleset, so what only
        shows across files is found (a person booked by two managers, a project id claimed twice), and the combined sheets are written into this workbook.
      </Text>
      <input
        ref={input}
        type="file"
        accept=".xlsx,.xlsm"
        multiple
        hidden
        data-testid="consolidate-input"
        onChange={(e) => {
          setFiles(Array.from(e.currentTarget.files ?? []));
          setOutcome(null);
        }}
      />
      <div className={styles.row}>
        <Button onClick={() => input.current?.click()} data-testid="consolidate-pick">
          Choose workbooks…
        </Button>
        <Text data-testid="consolidate-picked">{files.length === 0 ? "No workbooks chosen" : `${files.length} workbook${files.length === 1 ? "" : "s"} chosen`}</Text>
      </div>
      <div className={styles.row}>
        <Button appearance="primary" disabledFocusable={running || files.length === 0 || Number.isNaN(asOf)} onClick={() => void run()} data-testid="consolidate-run">
          Consolidate
        </Button>
        {running && <Spinner size="tiny" label="Reading the submissions…" />}
      </div>
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {outcome && <Result outcome={outcome} />}
    </section>
  );
}

function Result({ outcome }: { outcome: Outcome }) {
  const styles = useStyles();
  const read = outcome.submissions.filter((s) => s.status === "read").length;
  const { error, warning, info } = outcome.summary;
  return (
    <div className={styles.stack} data-testid="consolidate-result">
      <MessageBar intent={outcome.writeError ? "warning" : "success"}>
        <MessageBarBody data-testid="consolidate-summary">
          {`Consolidated ${read} of ${outcome.submissions.length} workbooks: ${outcome.projects} projects; ${error} errors, ${warning} warnings, ${info} info.`}
          {outcome.written && ` Written: ${outcome.written.written.map((w) => w.sheet).join(", ")}.`}
          {outcome.writeError && ` The sheets could not be written: ${outcome.writeError}`}
        </MessageBarBody>
      </MessageBar>
      {outcome.written?.notes.map((n) => (
        <Text key={n} size={200}>
          {n}
        </Text>
      ))}
      <ul className={styles.list} aria-label="Submissions">
        {outcome.submissions.map((s) => (
          <li key={s.file} data-testid="consolidate-submission">
            {s.status === "read"
              ? `${s.file}: ${s.projects} projects, ${s.resources} people${s.merged > 0 ? ` (${s.merged} also in an earlier file)` : ""}, ${s.assignments} assignments`
              : `${s.file} was not consolidated: ${s.error}`}
          </li>
        ))}
      </ul>
      {outcome.findings.length > 0 && (
        <ul className={styles.list} aria-label="Findings">
          {outcome.findings.slice(0, SHOWN).map((f, i) => (
            <li key={i} data-testid="consolidate-finding" data-rule={f.ruleId}>
              <Text>{f.message}</Text> <span className={styles.where}>{where(f)}</span>
            </li>
          ))}
          {outcome.findings.length > SHOWN && <li>{`… and ${outcome.findings.length - SHOWN} more (the CLI's check --consolidate lists them all).`}</li>}
        </ul>
      )}
    </div>
  );
}
