/**
 * Validate for submission: a project manager checks the workbook against the PMO's ruleset before
 * sending it; the result is stamped into the workbook (the rules used, as-of date, data fingerprint,
 * result) so the PMO can tell later whether the data it received is the data that was validated,
 * and with its own rules. The last action's result (validation or stamp check) is the one shown.
 */
import { useState } from "react";
import { Button, Dropdown, Field, Input, MessageBar, MessageBarBody, Option, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useServices } from "../services/app-services";
import { useRulebook } from "../app/use-rulebook";
import { useCheck } from "../check/use-check";
import { CheckProgress } from "../check/CheckProgress";
import { hasReportSheets, readStamp, rulesetSourceText, stampFromOutcome, stampSheetSpec, type Stamp } from "../logic/stamp";
import { checkStamp, type StampCheck } from "../logic/stamp-check";
import { reportSpecs } from "../../core/pipeline";
import { sourceFingerprint } from "../../core/report/fingerprint";
import { submissionVerdict } from "../../core/submission";
import { dayFromIso } from "../../core/model/dates";
import type { Finding } from "../../core/findings";
import { ValidationResult, type Validation } from "./ValidationResult";
import { StampCheckResult } from "./StampCheckResult";
import { useReferenceRulesets } from "./use-reference-rulesets";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "end", flexWrap: "wrap" },
  compare: { minWidth: 0, width: "100%" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300 },
});

type Shown = { kind: "validation"; validation: Validation } | { kind: "stamp-check"; found: { stamp: Stamp; check: StampCheck } | null } | null;

export function ValidateScreen({ onOpenCheck }: { onOpenCheck: () => void }) {
  const styles = useStyles();
  const services = useServices();
  const rulebook = useRulebook();
  const check = useCheck();
  const references = useReferenceRulesets();
  const [reference, setReference] = useState("pane");
  const [shown, setShown] = useState<Shown>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const asOfDay = dayFromIso(rulebook.asOf);
  const chosen = references.options.find((o) => o.value === reference) ?? references.options[0];

  const validate = async () => {
    setError(null);
    setShown(null);
    const run = await check.run({ asOf: asOfDay, writeSheets: false, origin: "validate" });
    if (!run) return;
    const verdict = submissionVerdict(run.outcome);
    const stamp = stampFromOutcome(run.outcome, { workbook: run.source.label, now: new Date(), rulesetSource: rulesetSourceText(rulebook.origin, rulebook.dirty) }, verdict);
    const validation: Validation = { stamp, verdict, errors: run.outcome.result.findings.filter((f) => f.severity === "error"), unsavedRuleset: rulebook.dirty };
    try {
      // Summary sheets already there are refreshed with the stamp, so they describe the data it certifies.
      const report = hasReportSheets(run.source) ? reportSpecs(run.outcome, run.source.label) : [];
      await services.writer.writeSheets([...report, stampSheetSpec(stamp)]);
    } catch (e) {
      validation.writeError = (e as Error).message;
    }
    setShown({ kind: "validation", validation });
  };

  const verify = async () => {
    setBusy(true);
    setError(null);
    setShown(null);
    try {
      const source = await services.reader.read();
      const stamp = readStamp(source);
      setShown({ kind: "stamp-check", found: stamp && chosen ? { stamp, check: checkStamp(stamp, sourceFingerprint(source), chosen) } : null });
    } catch (e) {
      setError(`The workbook could not be read: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  const select = (f: Finding) => {
    if (!f.location) return;
    services.selector.select(f.location).catch((e: Error) => setError(`Could not select ${f.location!.sheet}!${f.location!.cell}: ${e.message}`));
  };

  const ruleset = rulebook.ruleset;
  return (
    <section className={styles.stack} aria-labelledby="validate-title">
      <h2 id="validate-title" style={{ margin: 0, fontSize: tokens.fontSizeBase400 }}>Validate for submission</h2>
      <Text>
        Checks the workbook against {ruleset ? `${ruleset.name} ${ruleset.version}` : "the PMO's ruleset"} and stamps the result on a “Submission
        Stamp” sheet with fingerprints of the data and of the rules. It passes when every rule set to error ran and found nothing.
      </Text>
      {ruleset && rulebook.dirty && (
        <MessageBar intent="warning" data-testid="unsaved-ruleset">
          <MessageBarBody>The ruleset has edits not saved in the workbook. A stamp made now records them as such.</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Field label="As of">
          <Input type="date" value={rulebook.asOf} onChange={(_, d) => rulebook.setAsOf(d.value)} data-testid="validate-as-of" />
        </Field>
        <Button appearance="primary" disabledFocusable={check.running || Number.isNaN(asOfDay) || !ruleset} onClick={() => void validate()} data-testid="validate">
          Validate and stamp
        </Button>
      </div>
      <h3 className={styles.heading}>Received a stamped workbook?</h3>
      <div className={styles.row}>
        <Field label="Compare with the ruleset" className={styles.compare}>
          <Dropdown
            className={styles.compare}
            value={chosen?.label ?? ""}
            selectedOptions={chosen ? [chosen.value] : []}
            onOpenChange={(_, d) => d.open && references.refresh()}
            onOptionSelect={(_, d) => d.optionValue && setReference(d.optionValue)}
            data-testid="compare-with"
          >
            {references.options.map((o) => (
              <Option key={o.value} value={o.value}>
                {o.label}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Button disabledFocusable={busy} onClick={() => void verify()}>
          Check existing stamp
        </Button>
      </div>
      <CheckProgress stage={check.stage} progress={check.progress} />
      {(check.error || error) && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{check.error ?? error}</MessageBarBody>
        </MessageBar>
      )}
      {shown?.kind === "validation" && <ValidationResult validation={shown.validation} onSelect={select} onOpenCheck={onOpenCheck} />}
      {shown?.kind === "stamp-check" && <StampCheckResult found={shown.found} />}
    </section>
  );
}
