/**
 * The result of "Validate and stamp": PASS or FAIL in one message with every reason, the errors to
 * fix (each selects its cell), the rules that could not run, and the stamp as written.
 */
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/findings";
import type { SubmissionVerdict } from "../../core/submission";
import { blockerText, type Stamp } from "../logic/stamp";
import { counted } from "../logic/wording";
import { FindingItem } from "../check/FindingItem";
import { RulesNotRun } from "../check/RulesNotRun";
import { StampTable } from "./StampTable";

const SHOWN_ERRORS = 25;

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

export interface Validation {
  stamp: Stamp;
  verdict: SubmissionVerdict;
  errors: Finding[];
  /** Set when the stamp could not be written (the result still stands). */
  writeError?: string;
  /** The ruleset had edits not saved in the workbook when it was validated. */
  unsavedRuleset: boolean;
}

export function ValidationResult({ validation, onSelect, onOpenCheck }: { validation: Validation; onSelect: (f: Finding) => void; onOpenCheck: () => void }) {
  const styles = useStyles();
  const { stamp, verdict, errors, writeError } = validation;
  const pass = verdict.result === "PASS";
  const written = writeError ? `The stamp could not be written into the workbook: ${writeError}` : "The stamp is in the workbook (sheet “Submission Stamp”).";
  return (
    <div className={styles.stack} data-testid="validation-result" data-result={verdict.result}>
      <MessageBar intent={pass ? "success" : "error"} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{pass ? "PASS: ready to submit" : "FAIL: not ready to submit"}</MessageBarTitle>
          {pass
            ? `No errors on ${counted(verdict.projects, "project")} (${counted(verdict.warnings, "warning")}), and every rule set to error ran. `
            : `${verdict.blockers.map(blockerText).join(" ")} `}
          {written}
          {validation.unsavedRuleset && " The ruleset had edits not saved in the workbook: the stamp says so, and its fingerprint shows the PMO what was used."}
        </MessageBarBody>
      </MessageBar>
      {errors.length > 0 && (
        <section aria-label="Errors to fix">
          <Text block weight="semibold">
            {counted(errors.length, "error")} to fix
          </Text>
          <ul className={styles.list}>
            {errors.slice(0, SHOWN_ERRORS).map((f, i) => (
              <FindingItem key={i} finding={f} onSelect={onSelect} />
            ))}
          </ul>
          {errors.length > SHOWN_ERRORS && (
            <Button appearance="transparent" onClick={onOpenCheck}>
              See all {errors.length.toLocaleString("en")} errors on the Check screen
            </Button>
          )}
        </section>
      )}
      <RulesNotRun rules={verdict.notRun} />
      <StampTable stamp={stamp} />
    </div>
  );
}
