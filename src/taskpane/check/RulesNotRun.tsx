/**
 * The rules that could not run on this workbook, shown where they cannot be missed: a check with
 * rules left out is incomplete, and one without a project register checked nothing. Rules that did
 * not run only because the workbook keeps no register of an optional kind (no Milestones sheet, no
 * RAID log, no objectives) are told apart, in a note by register: that is how many PMOs work, not a
 * gap in this check, and it does not block a PASS.
 */
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { RuleNotRun } from "../../core/submission";
import { counted, rulesCouldNotRun } from "../logic/wording";
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
  const missing = rules.filter((r) => r.absentRegister === undefined);
  const byRegister = registersAbsent(rules);
  const errors = missing.filter((r) => r.severity === "error").length;
  return (
    <>
      {missing.length > 0 && (
        <MessageBar intent={errors > 0 ? "error" : "warning"} layout="multiline" data-testid="rules-not-run">
          <MessageBarBody>
            <MessageBarTitle>{rulesCouldNotRun(missing.length)}: this check is incomplete</MessageBarTitle>
            <ul className={styles.list}>
              {missing.map((r) => (
                <li key={r.ruleId}>
                  <SeverityTag severity={r.severity} /> {r.description} <span className={styles.id}>({r.ruleId})</span>: {r.reason}.
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {byRegister.length > 0 && (
        <MessageBar intent="info" layout="multiline" data-testid="registers-absent">
          <MessageBarBody>
            <MessageBarTitle>Not checked: {registerList(byRegister.map(([register]) => register))}</MessageBarTitle>
            This workbook has no such sheet or table, so their rules did not run; this does not block a submission. Add the sheet, or point the Mapping screen at it, to check them.
            <ul className={styles.list}>
              {byRegister.map(([register, ids]) => (
                <li key={register}>
                  {register} ({counted(ids.length, "rule")}): <span className={styles.id}>{ids.join(", ")}</span>
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

/** The absent registers and the rules each would have run, in the order first met. */
export function registersAbsent(rules: readonly RuleNotRun[]): [string, string[]][] {
  const by = new Map<string, string[]>();
  for (const r of rules) if (r.absentRegister !== undefined) by.set(r.absentRegister, [...(by.get(r.absentRegister) ?? []), r.ruleId]);
  return [...by];
}

/** "Milestones", "Milestones and Risks", "Milestones, Risks and Objectives". */
function registerList(names: string[]): string {
  return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
