/** Past runs as a list that wraps at any width: each run a button (choose it to compare) with its counts. */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { StoredRun } from "../../store/db";
import { isoFromDay } from "../../core/model/dates";
import { SeverityIcon } from "../check/Severity";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  run: {
    width: "100%",
    textAlign: "left",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    background: "none",
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    cursor: "pointer",
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected, outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  when: { fontWeight: tokens.fontWeightSemibold },
  counts: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, fontSize: tokens.fontSizeBase200 },
  count: { display: "inline-flex", alignItems: "center", gap: "2px" },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
});

export function RunList({ runs, selected, onSelect }: { runs: StoredRun[]; selected: number; onSelect: (index: number) => void }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label="Runs, newest first" data-testid="history">
      {runs.map((run, i) => (
        <li key={run.id} data-testid="history-run">
          <button type="button" className={mergeClasses(styles.run, i === selected && styles.selected)} aria-pressed={i === selected} onClick={() => onSelect(i)}>
            <span className={styles.when}>{new Date(run.at).toLocaleString()}</span>
            <span className={styles.counts}>
              <span className={styles.count}>
                <SeverityIcon severity="error" /> {run.counts.error} errors
              </span>
              <span className={styles.count}>
                <SeverityIcon severity="warning" /> {run.counts.warning} warnings
              </span>
              <span className={styles.count}>
                <SeverityIcon severity="info" /> {run.counts.info} notes
              </span>
            </span>
            <span className={styles.meta}>
              as of {isoFromDay(run.asOf)} · {run.ruleset.name} {run.ruleset.version} · data {run.fingerprint.slice(0, 10)} · {run.origin === "validate" ? "validation" : run.origin === "ribbon" ? "ribbon" : "task pane"}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
