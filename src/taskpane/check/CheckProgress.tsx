/** The progress of a running check: a bar that moves through every stage, and the step it is on, named. */
import { Field, ProgressBar } from "@fluentui/react-components";
import { STAGE_LABELS, type CheckStage } from "../services/check-runner";
import type { CheckProgress as Progress } from "../services/checker";
import { counted } from "../logic/wording";

/** Where each stage starts on the bar; the checking stage moves from 0.15 to 0.85 as the rules run. */
const STAGE_START: Record<CheckStage, number> = { reading: 0.05, checking: 0.15, writing: 0.88, saving: 0.95 };

/** The bar's value and the line under it. */
export function progressOf(stage: CheckStage, progress: Progress | null): { value: number; text: string } {
  if (stage !== "checking" || !progress) return { value: STAGE_START[stage], text: `${STAGE_LABELS[stage]}…` };
  // Parts of unknown number: the bar creeps on, ever slower, so it moves without promising an end.
  const creep = (from: number, span: number, parts: number) => from + span * (parts / (parts + 20));
  if (progress.phase === "sending") return { value: creep(0.15, 0.05, progress.parts), text: `Handing the workbook to the checker (${counted(progress.parts, "part")})…` };
  if (progress.phase === "portfolio") return { value: 0.2, text: "Reading the projects, gates and plans…" };
  if (progress.phase === "receiving") return { value: creep(0.85, 0.03, progress.parts), text: `Receiving the findings and figures (${counted(progress.parts, "part")})…` };
  return { value: 0.25 + 0.6 * (progress.done / progress.total), text: `${STAGE_LABELS.checking}: step ${progress.done} of ${progress.total}…` };
}

export function CheckProgress({ stage, progress }: { stage: CheckStage | null; progress: Progress | null }) {
  if (!stage) return null;
  const { value, text } = progressOf(stage, progress);
  return (
    <Field validationMessage={text} validationState="none">
      <ProgressBar value={value} aria-label={STAGE_LABELS[stage]} data-testid="progress" />
    </Field>
  );
}
