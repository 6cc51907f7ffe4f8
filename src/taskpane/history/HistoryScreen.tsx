/**
 * History: past runs on this workbook (when, counts, fingerprint) and, for the chosen run, what is new
 * and what was fixed since the run before it.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useServices } from "../services/app-services";
import { useRulebook } from "../app/use-rulebook";
import type { StoredRun } from "../../store/db";
import { diffFindings } from "../logic/run-diff";
import { DigestList } from "./DigestList";
import { RunList } from "./RunList";
import { WorkbookHistory } from "./WorkbookHistory";
import { historyAfter } from "../../core/pipeline";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** `active`: the screen is shown; a hidden History does not reload after every run (runs carry their findings). */
export function HistoryScreen({ active = true }: { active?: boolean }) {
  const styles = useStyles();
  const { store, selector } = useServices();
  const { workbook, historyVersion, lastRun } = useRulebook();
  const [runs, setRuns] = useState<StoredRun[] | null>(null);
  const [selected, setSelected] = useState(0);
  const [error, setError] = useState<string | null>(null);
  // Clearing asks once more: the history cannot be recovered.
  const [confirmClear, setConfirmClear] = useState(false);

  // What was last loaded: coming back to an unchanged history keeps the chosen run.
  const loaded = useRef<string | null>(null);

  useEffect(() => {
    const key = `${workbook}|${historyVersion}`;
    if (!workbook || !active || loaded.current === key) return;
    loaded.current = key;
    store.listRuns(workbook).then(
      (r) => {
        setRuns(r);
        setSelected(0);
      },
      (e: Error) => setError(`The history could not be read: ${e.message}`),
    );
  }, [store, workbook, historyVersion, active]);

  const diff = useMemo(() => {
    if (!runs || !runs[selected] || !runs[selected + 1]) return null;
    return diffFindings(runs[selected].findings, runs[selected + 1].findings);
  }, [runs, selected]);

  // The runs recorded inside the workbook, as the last check left them: with it when it wrote the sheets.
  const inWorkbook = useMemo(() => {
    if (!lastRun || lastRun.source.label !== workbook) return null;
    return lastRun.written ? historyAfter(lastRun.outcome) : (lastRun.outcome.history ?? []);
  }, [lastRun, workbook]);

  if (!workbook) return <Text>Run a check to start this workbook's history.</Text>;
  if (error) return <MessageBar intent="error"><MessageBarBody>{error}</MessageBarBody></MessageBar>;
  if (!runs) return <Text role="status">Loading history…</Text>;

  const clear = async () => {
    if (!confirmClear) {
      setConfirmClear(true);
      return;
    }
    setConfirmClear(false);
    await store.clearRuns(workbook);
    setRuns([]);
  };

  return (
    <section className={styles.stack} aria-labelledby="history-title">
      <h2 id="history-title" style={{ margin: 0, fontSize: tokens.fontSizeBase400 }}>History of {workbook}</h2>
      {runs.length === 0 ? (
        <Text>No runs recorded yet.</Text>
      ) : (
        <>
          <Text>Runs on this computer, newest first. Choose a run to compare it with the one before.</Text>
          <RunList runs={runs} selected={selected} onSelect={setSelected} />
        </>
      )}
      {runs[selected] && !runs[selected + 1] && <Text>This is the first recorded run: nothing to compare with.</Text>}
      {diff && runs[selected] && (
        <div data-testid="history-diff">
          <Text block weight="semibold">
            Since the run before: {diff.added.length} new, {diff.fixed.length} fixed, {diff.unchanged} still open
            {runs[selected].fingerprint === runs[selected + 1].fingerprint ? " (same data; the ruleset or date changed)" : ""}.
            {runs[selected].findingsTruncated || runs[selected + 1].findingsTruncated ? " Only the first 20,000 findings of each run are compared." : ""}
          </Text>
          <DigestList title="New" items={diff.added} onSelect={(l) => void selector.select(l).catch((e: Error) => setError(e.message))} />
          <DigestList title="Fixed" items={diff.fixed} />
        </div>
      )}
      {inWorkbook && <WorkbookHistory history={inWorkbook} recorded={!!lastRun?.written} />}
      {runs.length > 0 && (
        <Button onClick={() => void clear()} style={{ alignSelf: "flex-start" }}>
          {confirmClear ? `Yes, delete all ${runs.length} runs` : "Clear this workbook's history"}
        </Button>
      )}
    </section>
  );
}
