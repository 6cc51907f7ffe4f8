/**
 * A severity shown three ways at once, icon, word and colour, so it reads without colour vision and
 * on any theme (a yellow dot alone is nearly invisible on white).
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ErrorCircleFilled, InfoFilled, WarningFilled } from "@fluentui/react-icons";
import type { FindingSeverity } from "../../core/findings";

/** A severity's name in the pane's words ("info" findings are called notes). */
export const SEVERITY_WORD: Record<FindingSeverity, string> = { error: "Error", warning: "Warning", info: "Note" };

const ICONS = { error: ErrorCircleFilled, warning: WarningFilled, info: InfoFilled } as const;

const useStyles = makeStyles({
  tag: { display: "inline-flex", alignItems: "center", gap: "2px", fontWeight: tokens.fontWeightSemibold, whiteSpace: "nowrap", fontSize: tokens.fontSizeBase200 },
  icon: { fontSize: "16px", flexShrink: 0 },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorPaletteBlueForeground2 },
});

/** The coloured icon alone (decorative: pair it with the word, or give the context a label). */
export function SeverityIcon({ severity }: { severity: FindingSeverity }) {
  const styles = useStyles();
  const Icon = ICONS[severity];
  return <Icon className={mergeClasses(styles.icon, styles[severity])} aria-hidden />;
}

/** Icon and word, e.g. "⚠ Warning", coloured. */
export function SeverityTag({ severity, className }: { severity: FindingSeverity; className?: string }) {
  const styles = useStyles();
  return (
    <span className={mergeClasses(styles.tag, styles[severity], className)} data-severity={severity}>
      <SeverityIcon severity={severity} />
      {SEVERITY_WORD[severity]}
    </span>
  );
}
