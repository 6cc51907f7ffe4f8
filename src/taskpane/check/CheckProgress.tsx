/** The progress of a running check: a bar and the stage it is in, named. */
import { Field, ProgressBar } from "@fluentui/react-components";
import { STAGE_LABELS, type CheckStage } from "../services/check-runner";

const STAGE_PROGRESS: Record<CheckStage, number> = { reading: 0.15, checking: 0.45, writing: 0.75, saving: 0.95 };

export function CheckProgress({ stage }: { stage: CheckStage | null }) {
  if (!stage) return null;
  return (
    <Field validationMessage={`${STAGE_LABELS[stage]}…`} validationState="none">
      <ProgressBar value={STAGE_PROGRESS[stage]} aria-label={STAGE_LABELS[stage]} data-testid="progress" />
    </Field>
  );
}
