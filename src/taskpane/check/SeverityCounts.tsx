/** Counts by severity, each with its icon, word and colour, e.g. "Errors: 3  Warnings: 5  Notes: 2". */
import { makeStyles, tokens, Text } from "@fluentui/react-components";
import type { SeverityCounts as Counts } from "../logic/findings-view";
import { SeverityIcon } from "./Severity";

const useStyles = makeStyles({
  row: { display: "flex", columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, alignItems: "center", flexWrap: "wrap" },
  item: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "center" },
});

export const SEVERITY_LABELS = { error: "Errors", warning: "Warnings", info: "Notes" } as const;

export function SeverityCounts({ counts }: { counts: Counts }) {
  const styles = useStyles();
  return (
    <div className={styles.row} role="group" aria-label="Findings by severity" data-testid="severity-counts">
      {(["error", "warning", "info"] as const).map((s) => (
        <span key={s} className={styles.item} data-severity={s} data-count={counts[s]}>
          <SeverityIcon severity={s} />
          <Text weight="semibold">
            {SEVERITY_LABELS[s]}: {counts[s].toLocaleString("en")}
          </Text>
        </span>
      ))}
    </div>
  );
}
