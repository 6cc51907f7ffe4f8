/** One finding as a button that selects its cell: severity by icon, word and colour, then the message and where. */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { HIDDEN_ROW_NOTE, type Finding } from "../../core/findings";
import { SeverityTag } from "./Severity";

const useStyles = makeStyles({
  finding: {
    width: "100%",
    minWidth: 0,
    justifyContent: "flex-start",
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    minHeight: "auto",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  body: { display: "flex", flexDirection: "column", gap: "2px", minWidth: 0, overflowWrap: "anywhere" },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export function cellOf(finding: Finding): string {
  return finding.location ? `${finding.location.sheet}!${finding.location.cell}` : "no cell";
}

export function FindingItem({ finding, onSelect, as = "li" }: { finding: Finding; onSelect: (f: Finding) => void; as?: "li" | "div" }) {
  const styles = useStyles();
  const where = cellOf(finding);
  const subject = [finding.projectId, finding.resource, finding.period].filter(Boolean).join(" · ");
  const Item = as;
  return (
    <Item>
      <Button
        appearance="subtle"
        className={styles.finding}
        disabled={!finding.location}
        onClick={() => onSelect(finding)}
        data-testid="finding"
        data-cell={where}
        data-rule={finding.ruleId}
      >
        <span className={styles.body}>
          <span>
            <SeverityTag severity={finding.severity} /> {finding.message}
          </span>
          <span className={styles.meta}>
            {where}
            {finding.location?.hidden ? ` ${HIDDEN_ROW_NOTE}` : ""} · {finding.ruleId}
            {subject ? ` · ${subject}` : ""}
          </span>
        </span>
      </Button>
    </Item>
  );
}
