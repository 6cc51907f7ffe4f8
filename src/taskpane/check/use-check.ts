/** Runs a check from a screen: tracks the stage for the progress bar and turns failures into a message. */
import { useCallback, useState } from "react";
import { useServices } from "../services/app-services";
import { useRulebook } from "../app/use-rulebook";
import { runCheck, RulesetError, type CheckRun, type CheckStage } from "../services/check-runner";
import type { DayNumber } from "../../core/model/dates";
import type { CheckProgress } from "../services/checker";
import type { RunOrigin } from "../../store/db";
import type { Ruleset } from "../../core/ruleset/types";

export interface CheckState {
  running: boolean;
  stage: CheckStage | null;
  /** Where the checking stage is, when the checker says. */
  progress: CheckProgress | null;
  error: string | null;
  /** Runs with the pane's ruleset, or with `ruleset` when a screen has just changed it (state updates later). */
  run(options: { asOf: DayNumber; writeSheets: boolean; origin: RunOrigin; ruleset?: Ruleset }): Promise<CheckRun | null>;
}

export function useCheck(): CheckState {
  const services = useServices();
  const rulebook = useRulebook();
  const [stage, setStage] = useState<CheckStage | null>(null);
  const [progress, setProgress] = useState<CheckProgress | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = useCallback<CheckState["run"]>(
    async ({ asOf, writeSheets, origin, ruleset = rulebook.ruleset ?? undefined }) => {
      if (!ruleset) {
        setError("Choose a ruleset first: the one stored in this workbook is not valid (see the Ruleset screen).");
        return null;
      }
      setError(null);
      try {
        const result = await runCheck(services, { asOf, writeSheets, origin, ruleset, onStage: setStage, onProgress: setProgress });
        rulebook.finishRun(result);
        return result;
      } catch (e) {
        setError(e instanceof RulesetError ? `${e.message}. Fix it on the Ruleset screen.` : `The check did not finish: ${(e as Error).message}`);
        return null;
      } finally {
        setStage(null);
        setProgress(null);
      }
    },
    [services, rulebook],
  );

  return { running: stage !== null, stage, progress, error, run };
}
