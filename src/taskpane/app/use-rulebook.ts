/**
 * The pane's shared state: the ruleset being used and edited, the last check, and a counter that
 * tells the History screen to reload. Screens read and change it through RulebookContext.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from "react";
import type { Ruleset } from "../../core/ruleset/types";
import { loadRuleset } from "../../core/ruleset/load";
import { defaultRuleset } from "../../core/ruleset/default-ruleset";
import type { AppServices } from "../services/app-services";
import type { CheckRun } from "../services/check-runner";

import { isoFromDay } from "../../core/model/dates";
import type { RulesetOrigin } from "../logic/stamp";

export type { RulesetOrigin };

export interface RulebookState {
  ruleset: Ruleset | null;
  origin: RulesetOrigin;
  /** Edited since it was loaded or saved. */
  dirty: boolean;
  /** Why the workbook's stored ruleset could not be used (the user must pick one). */
  loadErrors: string[];
  lastRun: CheckRun | null;
  /** The workbook label runs are recorded under, once known. */
  workbook: string | null;
  historyVersion: number;
  /** The as-of date (ISO) Check and Validate share, so their runs compare in the History. */
  asOf: string;
}

export interface RulebookActions {
  /** Replaces the ruleset after an edit (marks it dirty). */
  editRuleset(next: Ruleset): void;
  /** Uses a ruleset loaded from somewhere (not an edit). */
  adoptRuleset(next: Ruleset, origin: RulesetOrigin): void;
  markSaved(): void;
  finishRun(run: CheckRun): void;
  setAsOf(iso: string): void;
}

export type Rulebook = RulebookState & RulebookActions;

export const RulebookContext = createContext<Rulebook | null>(null);

export function useRulebook(): Rulebook {
  const value = useContext(RulebookContext);
  if (!value) throw new Error("useRulebook() outside <RulebookContext.Provider>");
  return value;
}

/** Loads the workbook's stored ruleset once; an invalid one is reported, never silently replaced. */
export function useRulebookState(services: AppServices): Rulebook {
  const [state, setState] = useState<RulebookState>(() => ({
    ruleset: null,
    origin: "default",
    dirty: false,
    loadErrors: [],
    lastRun: null,
    workbook: null,
    historyVersion: 0,
    asOf: isoFromDay(services.today()),
  }));

  useEffect(() => {
    let cancelled = false;
    (async () => {
      let json: string | null = null;
      let readError: string | null = null;
      try {
        json = await services.reader.readEmbeddedRuleset();
      } catch (e) {
        readError = `The ruleset stored in the workbook could not be read: ${(e as Error).message}`;
      }
      const workbook = await services.workbookLabel().catch(() => null);
      if (cancelled) return;
      if (json === null) {
        setState((s) => ({ ...s, ruleset: defaultRuleset(), origin: "default", workbook, loadErrors: readError ? [readError] : [] }));
        return;
      }
      const loaded = loadRuleset(json);
      setState((s) =>
        loaded.ok
          ? { ...s, ruleset: loaded.ruleset, origin: "workbook", workbook, loadErrors: [] }
          : { ...s, ruleset: null, workbook, loadErrors: loaded.errors.map((e) => `${e.path || "/"}: ${e.message}`) },
      );
    })();
    return () => {
      cancelled = true;
    };
  }, [services]);

  const editRuleset = useCallback((next: Ruleset) => setState((s) => ({ ...s, ruleset: next, dirty: true })), []);
  const adoptRuleset = useCallback(
    (next: Ruleset, origin: RulesetOrigin) => setState((s) => ({ ...s, ruleset: next, origin, dirty: origin === "imported", loadErrors: [] })),
    [],
  );
  const markSaved = useCallback(() => setState((s) => ({ ...s, dirty: false })), []);
  const finishRun = useCallback(
    (run: CheckRun) => setState((s) => ({ ...s, lastRun: run, workbook: run.source.label, historyVersion: s.historyVersion + 1 })),
    [],
  );

  const setAsOf = useCallback((asOf: string) => setState((s) => ({ ...s, asOf })), []);

  return useMemo(
    () => ({ ...state, editRuleset, adoptRuleset, markSaved, finishRun, setAsOf }),
    [state, editRuleset, adoptRuleset, markSaved, finishRun, setAsOf],
  );
}
