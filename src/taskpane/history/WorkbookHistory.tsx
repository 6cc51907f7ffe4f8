/**
 * The runs recorded inside the workbook (its very hidden history sheet, src/core/history): the same
 * snapshots the CLI and the Portfolio Summary use, so the pane, the summary and a colleague's CLI run
 * agree on what changed. Shown under the runs this computer remembers.
 */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { diffSnapshots, type Snapshot } from "../../core/history/snapshot";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: "20px", display: "flex", flexDirection: "column", gap: "2px" },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
});

const RUNS_SHOWN = 12;

export function WorkbookHistory({ history, recorded }: { history: readonly Snapshot[]; recorded: boolean }) {
  const styles = useStyles();
  if (history.length === 0) {
    return (
      <Text block data-testid="workbook-history">
        No run is recorded in this workbook yet: a check that writes the summary sheets records one.
      </Text>
    );
  }
  const current = history[history.length - 1];
  const previous = history[history.length - 2];
  const diff = previous ? diffSnapshots(current, previous) : null;
  return (
    <div data-testid="workbook-history">
      <Text block weight="semibold">
        Recorded in the workbook: {history.length} {history.length === 1 ? "run" : "runs"}
      </Text>
      <Text block className={styles.meta}>
        {recorded ? "Including this run. " : "This run did not write the summary sheets, so it is not among them. "}The history travels with the file.
      </Text>
      <ul className={styles.list} aria-label="Runs recorded in the workbook, newest first">
        {[...history].reverse().slice(0, RUNS_SHOWN).map((s, i) => (
          <li key={`${s.asOf}-${s.data}-${i}`}>
            <Text>
              as of {s.asOf}: {s.counts.error} errors, {s.counts.warning} warnings · Green {s.counts.rag.Green}, Amber {s.counts.rag.Amber}, Red {s.counts.rag.Red}
            </Text>
          </li>
        ))}
      </ul>
      {diff && (
        <div data-testid="workbook-history-diff">
          <Text block weight="semibold">
            Since the run as of {previous!.asOf}: {diff.comparable ? `${diff.added.length} new, ${diff.fixed.length} fixed` : "findings not compared"}; {diff.ragChanges.length} {diff.ragChanges.length === 1 ? "project" : "projects"} changed RAG
          </Text>
          {diff.ragChanges.length > 0 && (
            <ul className={styles.list} aria-label="Projects whose RAG changed">
              {diff.ragChanges.slice(0, 20).map((c) => (
                <li key={c.projectId}>
                  <Text>
                    {c.projectId}: {c.was} → {c.now}
                    {c.changed.length ? ` (${c.changed.map((x) => x.text).join("; ")})` : ""}
                  </Text>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
