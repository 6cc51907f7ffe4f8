/** A stamp's fields as label/value pairs that wrap at any width (fingerprints break anywhere). */
import { makeStyles, tokens } from "@fluentui/react-components";
import { stampRows, type Stamp } from "../logic/stamp";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "minmax(6.5em, max-content) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
  },
  label: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, overflowWrap: "anywhere", minWidth: 0 },
});

export function StampTable({ stamp, testId = "stamp" }: { stamp: Stamp; testId?: string }) {
  const styles = useStyles();
  return (
    <dl className={styles.list} data-testid={testId}>
      {stampRows(stamp).map(([label, value]) => (
        <div key={label} style={{ display: "contents" }}>
          <dt className={styles.label}>{label}</dt>
          <dd className={styles.value}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
