/**
 * The rulesets a PMO can compare a received stamp with: the one in this pane, the default, and each
 * ruleset of the library on this computer (where a PMO keeps its own), each with its fingerprint.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import { useServices } from "../services/app-services";
import { useRulebook } from "../app/use-rulebook";
import type { StoredRuleset } from "../../store/db";
import { rulesetFingerprint } from "../../core/ruleset/fingerprint";
import { defaultRuleset } from "../../core/ruleset/default-ruleset";
import { importRulesetJson } from "../logic/ruleset-edit";
import type { ReferenceRuleset } from "../logic/stamp-check";

export interface ReferenceOption extends ReferenceRuleset {
  value: string;
}

export function useReferenceRulesets(): { options: ReferenceOption[]; refresh: () => void } {
  const { store } = useServices();
  const { ruleset, origin, dirty } = useRulebook();
  const [library, setLibrary] = useState<StoredRuleset[]>([]);
  const refresh = useCallback(() => {
    // An unreadable library leaves the other choices; the Ruleset screen reports its errors.
    store.listRulesets().then(setLibrary, () => setLibrary([]));
  }, [store]);
  useEffect(refresh, [refresh]);

  const options = useMemo(() => {
    const list: ReferenceOption[] = [];
    if (ruleset) {
      const where = origin === "workbook" && !dirty ? "read from this workbook" : dirty ? "in this pane, edited" : "in this pane";
      list.push({ value: "pane", label: `${ruleset.name} ${ruleset.version} (${where})`, fingerprint: rulesetFingerprint(ruleset), fromReceivedWorkbook: origin === "workbook" && !dirty });
    }
    const fallback = defaultRuleset();
    list.push({ value: "default", label: `${fallback.name} ${fallback.version} (the default)`, fingerprint: rulesetFingerprint(fallback) });
    for (const entry of library) {
      const loaded = importRulesetJson(entry.json);
      if (loaded.ok) list.push({ value: `library-${entry.id}`, label: `${entry.name} ${entry.version} (library)`, fingerprint: rulesetFingerprint(loaded.ruleset) });
    }
    return list;
  }, [ruleset, origin, dirty, library]);

  return { options, refresh };
}
