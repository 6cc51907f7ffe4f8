/** The local library of rulesets (IndexedDB on this machine): save the current one, load or delete others. */
import { useCallback, useEffect, useState } from "react";
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Ruleset } from "../../core/ruleset/types";
import type { StoredRuleset } from "../../store/db";
import { useServices } from "../services/app-services";
import { importRulesetJson, validateRuleset } from "../logic/ruleset-edit";

const useStyles = makeStyles({
  list: { listStyleType: "none", padding: 0, margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", justifyContent: "space-between", flexWrap: "wrap" },
});

export function RulesetLibrary({ current, onLoad }: { current: Ruleset | null; onLoad: (r: Ruleset) => void }) {
  const styles = useStyles();
  const { store } = useServices();
  const [entries, setEntries] = useState<StoredRuleset[]>([]);
  const [message, setMessage] = useState<{ intent: "success" | "error"; text: string } | null>(null);

  const refresh = useCallback(() => store.listRulesets().then(setEntries, (e: Error) => setMessage({ intent: "error", text: e.message })), [store]);
  useEffect(() => void refresh(), [refresh]);

  const save = async () => {
    if (!current) return;
    // The library keeps only rulesets a check can use: an invalid one would fail when loaded later.
    const checked = validateRuleset(current);
    if (!checked.ok) {
      setMessage({ intent: "error", text: `Not saved to the library, the ruleset is not valid: ${checked.errors.slice(0, 5).join("; ")}` });
      return;
    }
    try {
      await store.saveRuleset(current);
      setMessage({ intent: "success", text: `Saved ${current.name} ${current.version} in the library on this computer.` });
      await refresh();
    } catch (e) {
      setMessage({ intent: "error", text: `Could not save to the library: ${(e as Error).message}` });
    }
  };

  const load = (entry: StoredRuleset) => {
    const result = importRulesetJson(entry.json);
    if (result.ok) onLoad(result.ruleset);
    else setMessage({ intent: "error", text: `${entry.name} ${entry.version} is no longer valid: ${result.errors.join("; ")}` });
  };

  return (
    <div>
      <Button onClick={() => void save()} disabled={!current}>
        Save to library
      </Button>
      {message && (
        <MessageBar intent={message.intent} role={message.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      {entries.length === 0 ? (
        <Text block>The library is empty.</Text>
      ) : (
        <ul className={styles.list} aria-label="Saved rulesets">
          {entries.map((e) => (
            <li key={e.id} className={styles.item}>
              <Text>
                {e.name} {e.version} · saved {new Date(e.savedAt).toLocaleString()}
              </Text>
              <span>
                <Button size="small" onClick={() => load(e)} aria-label={`Load ${e.name} ${e.version}`}>
                  Load
                </Button>{" "}
                <Button
                  size="small"
                  onClick={() => void store.deleteRuleset(e.id!).then(refresh)}
                  aria-label={`Delete ${e.name} ${e.version}`}
                >
                  Delete
                </Button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
