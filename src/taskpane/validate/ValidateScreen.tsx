/**
 * Validate for submission: a project manager checks the workbook against the PMO's ruleset before
 * sending it; the result is stamped into the workbook (ruleset, as-of date, data fingerprint, result)
 * so the PMO can tell later whether the data it received is the data that was validated.
 */
import { useState } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useServices } from "../services/app-services";
import { useRulebook } from "../app/use-rulebook";
import { useCheck } from "../check/use-check";
import { STAGE_LABELS } from "../services/check-runner";
import { hasReportSheets, readStamp, stampFromOutcome, stampMatches, stampSheetSpec, type Stamp } from "../logic/stamp";
import { reportSpecs } from "../../core/pipeline";
import { sourceFingerprint } from "../../core/report/fingerprint";
import { dayFromIso, isoFromDay } from "../../core/model/dates";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "end", flexWrap: "wrap" },
  table: { borderCollapse: "collapse", "& th": { textAlign: "left", paddingRight: tokens.spacingHorizontalM, fontWeight: tokens.fontWeightSemibold } },
});

function StampTable({ stamp }: { stamp: Stamp }) {
  const styles = useStyles();
  const rows: [string, string][] = [
    ["Result", stamp.result],
    ["Ruleset", `${stamp.rulesetName} ${stamp.rulesetVersion}`],
    ["As of", stamp.asOf],
    ["Data fingerprint", stamp.fingerprint],
    ["Stamped at (UTC)", stamp.stampedAt],
    ["Errors / warnings", `${stamp.errors} / ${stamp.warnings}`],
  ];
  return (
    <table className={styles.table} data-testid="stamp">
      <tbody>
        {rows.map(([k, v]) => (
          <tr key={k}>
            <th scope="row">{k}</th>
            <td style={{ wordBreak: "break-all" }}>{v}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ValidateScreen() {
  const styles = useStyles();
  const services = useServices();
  const rulebook = useRulebook();
  const check = useCheck();
  const [asOf, setAsOf] = useState(() => isoFromDay(services.today()));
  const [stamp, setStamp] = useState<Stamp | null>(null);
  const [writeError, setWriteError] = useState<string | null>(null);
  const [existing, setExisting] = useState<{ stamp: Stamp | null; matches: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const asOfDay = dayFromIso(asOf);

  const validate = async () => {
    setWriteError(null);
    setStamp(null);
    const run = await check.run({ asOf: asOfDay, writeSheets: false, origin: "validate" });
    if (!run) return;
    const next = stampFromOutcome(run.outcome, run.source.label, new Date());
    try {
      // Summary sheets already there are refreshed with the stamp, so they describe the data it certifies.
      const report = hasReportSheets(run.source) ? reportSpecs(run.outcome, run.source.label) : [];
      await services.writer.writeSheets([...report, stampSheetSpec(next)]);
      setStamp(next);
    } catch (e) {
      setWriteError(`The result is ${next.result}, but the stamp could not be written into the workbook: ${(e as Error).message}`);
    }
  };

  const verify = async () => {
    setBusy(true);
    try {
      const source = await services.reader.read();
      const found = readStamp(source);
      setExisting({ stamp: found, matches: found ? stampMatches(found, sourceFingerprint(source)) : false });
    } catch (e) {
      setWriteError(`The workbook could not be read: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.stack} aria-labelledby="validate-title">
      <h2 id="validate-title" style={{ margin: 0, fontSize: tokens.fontSizeBase400 }}>Validate for submission</h2>
      <Text>
        Checks the workbook against {rulebook.ruleset ? `${rulebook.ruleset.name} ${rulebook.ruleset.version}` : "the PMO's ruleset"}. It passes when
        there are no errors. The result is stamped on a “Submission Stamp” sheet with a fingerprint of the data.
      </Text>
      <div className={styles.row}>
        <Field label="As of">
          <Input type="date" value={asOf} onChange={(_, d) => setAsOf(d.value)} />
        </Field>
        <Button appearance="primary" disabled={check.running || Number.isNaN(asOfDay) || !rulebook.ruleset} onClick={() => void validate()} data-testid="validate">
          Validate and stamp
        </Button>
        <Button disabled={busy} onClick={() => void verify()}>
          Check existing stamp
        </Button>
      </div>
      {check.running && check.stage && <ProgressBar value={0.5} aria-label={STAGE_LABELS[check.stage]} />}
      {check.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{check.error}</MessageBarBody>
        </MessageBar>
      )}
      {writeError && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{writeError}</MessageBarBody>
        </MessageBar>
      )}
      {stamp && (
        <>
          <MessageBar intent={stamp.result === "PASS" ? "success" : "error"} data-testid="validation-result">
            <MessageBarBody>
              <MessageBarTitle>{stamp.result === "PASS" ? "Ready to submit" : "Not ready to submit"}</MessageBarTitle>
              {stamp.result === "PASS"
                ? `No errors (${stamp.warnings} warnings). The stamp is in the workbook.`
                : `${stamp.errors} errors must be fixed first; see the Check screen. The failed result is stamped too.`}
            </MessageBarBody>
          </MessageBar>
          <StampTable stamp={stamp} />
        </>
      )}
      {existing && (
        <MessageBar intent={!existing.stamp ? "info" : existing.matches ? "success" : "warning"} data-testid="existing-stamp">
          <MessageBarBody>
            {!existing.stamp
              ? "This workbook has no submission stamp."
              : existing.matches
                ? `The stamp (${existing.stamp.result}, ${existing.stamp.stampedAt}) matches the data: nothing changed since it was validated.`
                : `The data changed since it was stamped (${existing.stamp.result}, ${existing.stamp.stampedAt}): validate again before submitting.`}
          </MessageBarBody>
        </MessageBar>
      )}
      {existing?.stamp && <StampTable stamp={existing.stamp} />}
    </section>
  );
}
