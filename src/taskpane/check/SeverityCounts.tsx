import { CounterBadge, makeStyles, tokens, Text } from "@fluentui/react-components";
import type { SeverityCounts as Counts } from "../logic/findings-view";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalL, alignItems: "center", flexWrap: "wrap" },
  item: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "center" },
});

export const SEVERITY_LABELS = { error: "Errors", warning: "Warnings", info: "Notes" } as const;

/** Counts by severity, e.g. "3 errors, 5 warnings, 2 notes", readable by screen readers as one line. */
export function SeverityCounts({ counts }: { counts: Counts }) {
  const styles = useStyles();
  const colors = { error: "danger", warning: "important", info: "informative" } as const;
  return (
    <div className={styles.row} role="group" aria-label="Findings by severity" data-testid="severity-counts">
      {(["error", "warning", "info"] as const).map((s) => (
        <span key={s} className={styles.item} data-severity={s} data-count={counts[s]}>
          <CounterBadge count={counts[s]} showZero color={colors[s]} appearance="filled" aria-hidden />
          <Text>{SEVERITY_LABELS[s]}: {counts[s]}</Text>
        </span>
      ))}
    </div>
  );
}
