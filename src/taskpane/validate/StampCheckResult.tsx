/** The PMO's check of a received stamp, as one message: data, rules and result together. */
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { Stamp } from "../logic/stamp";
import type { StampCheck } from "../logic/stamp-check";
import { StampTable } from "./StampTable";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  lines: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

export function StampCheckResult({ found }: { found: { stamp: Stamp; check: StampCheck } | null }) {
  const styles = useStyles();
  if (!found) {
    return (
      <MessageBar intent="info" data-testid="existing-stamp">
        <MessageBarBody>This workbook has no submission stamp.</MessageBarBody>
      </MessageBar>
    );
  }
  const { stamp, check } = found;
  return (
    <div className={styles.stack}>
      <MessageBar intent={check.trustworthy ? "success" : "warning"} layout="multiline" data-testid="existing-stamp" data-data={check.data} data-ruleset={check.ruleset}>
        <MessageBarBody>
          <MessageBarTitle>{check.title}</MessageBarTitle>
          <ul className={styles.lines}>
            {check.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
      <StampTable stamp={stamp} testId="existing-stamp-table" />
    </div>
  );
}
