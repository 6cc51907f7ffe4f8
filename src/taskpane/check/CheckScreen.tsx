/**
 * Check: run the ruleset over the workbook, see what the run covered and the counts, browse findings
 * by rule or project, jump to a finding's cell, and optionally write the summary sheets.
 */
import { useEffect, useState } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useServices } from "../services/app-services";
import { useRulebook } from "../app/use-rulebook";
import { useCheck } from "./use-check";
import { CheckProgress } from "./CheckProgress";
import { RunSummary } from "./RunSummary";
import { FindingsView } from "./FindingsView";
import { ExportMenu } from "./ExportMenu";
import { dayFromIso } from "../../core/model/dates";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "end", flexWrap: "wrap" },
});

export function CheckScreen() {
  const styles = useStyles();
  const services = useServices();
  const rulebook = useRulebook();
  const check = useCheck();
  const { asOf, setAsOf } = rulebook;
  const [writeSheets, setWriteSheets] = useState(false);

  useEffect(() => {
    // The remembered choice; when it cannot be read, the switch starts off (the safe default).
    services.store.getSetting("writeSheets", false).then(setWriteSheets, () => undefined);
  }, [services]);

  const asOfDay = dayFromIso(asOf);
  const last = rulebook.lastRun;

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
        {/* Focusable while it runs, so focus stays here instead of dropping to the page. */}
        <Button
          appearance="primary"
          disabledFocusable={check.running || Number.isNaN(asOfDay) || !rulebook.ruleset}
          onClick={() => void check.run({ asOf: asOfDay, writeSheets, origin: "taskpane" })}
          data-testid="run-check"
        >
          Run check
        </Button>
        <ExportMenu disabled={check.running} />
      </div>

      <CheckProgress stage={check.stage} progress={check.progress} />
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
      {last && <FindingsView run={last} />}
      {!last && !check.running && <Text>Run a check to see the findings, each linked to its cell.</Text>}
    </section>
  );
}
