/**
 * The rules that could not run on this workbook, shown where they cannot be missed: a check with
 * rules left out is incomplete, and one without a project register checked nothing.
 */
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { RuleNotRun } from "../../core/submission";
import { rulesCouldNotRun } from "../logic/wording";
import { SeverityTag } from "./Severity";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  id: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
});

export function NoRegister() {
  return (
    <MessageBar intent="error" layout="multiline" data-testid="no-register">
      <MessageBarBody>
        <MessageBarTitle>No project register found</MessageBarTitle>
        Nothing was checked: no sheet or table of projects was recognised. Point the Mapping screen at the sheet that lists the projects.
      </MessageBarBody>
    </MessageBar>
  );
}

export function RulesNotRun({ rules }: { rules: RuleNotRun[] }) {
  const styles = useStyles();
  if (rules.length === 0) return null;
  const errors = rules.filter((r) => r.severity === "error").length;
  return (
    <MessageBar intent={errors > 0 ? "error" : "warning"} layout="multiline" data-testid="rules-not-run">
      <MessageBarBody>
        <MessageBarTitle>{rulesCouldNotRun(rules.length)}: this check is incomplete</MessageBarTitle>
        <ul className={styles.list}>
          {rules.map((r) => (
            <li key={r.ruleId}>
              <SeverityTag severity={r.severity} /> {r.description} <span className={styles.id}>({r.ruleId})</span>: {r.reason}.
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
