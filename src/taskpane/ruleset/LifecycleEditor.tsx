/** Stages, gates with their required artefacts, and the fields required from each stage on. */
import { Button, Field, Input, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Ruleset } from "../../core/ruleset/types";
import { addGate, gateTargets, removeGate, setGate, setRequiredFields, setStages } from "../logic/ruleset-edit";
import { ListField } from "./ListField";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  gate: {
    // A fieldset is as wide as its content by default (min-inline-size: min-content): let it shrink.
    minWidth: 0,
    margin: 0,
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 2fr)",
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  wide: { gridColumn: "1 / -1" },
  input: { minWidth: 0, width: "100%" },
});

export function LifecycleEditor({ ruleset, onChange }: { ruleset: Ruleset; onChange: (r: Ruleset) => void }) {
  const styles = useStyles();
  const { lifecycle } = ruleset;
  const pairing = gateTargets(ruleset);
  return (
    <div className={styles.stack}>
      <ListField
        multiline
        label="Stages, in order (one per line)"
        hint="Gates pair with stages by position: the first gate leads into the second stage, the second gate into the third, and so on. Inserting a stage moves every later gate to the stage after."
        value={lifecycle.stages}
        onChange={(stages) => onChange(setStages(ruleset, stages))}
      />
      {/* Gates pair with stages by position: inserting a stage moves every later gate to another stage. */}
      <div role="status" data-testid="gate-targets">
        <Text block size={200}>
          Gates lead into: {pairing.targets.map((t) => `${t.gate.id} → ${t.into ?? "no stage"}`).join(", ") || "no gates"}.
        </Text>
        {pairing.note && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{pairing.note}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {lifecycle.gates.map((gate, i) => (
        // Keyed by position and count so removing a gate resets the typed text of the ones after it.
        <fieldset key={`${i}/${lifecycle.gates.length}`} className={styles.gate}>
          <legend>
            Gate {gate.id || `${i + 1} (no id)`}
            {lifecycle.stages[i + 1] ? `, into ${lifecycle.stages[i + 1]}` : ", into no stage"}
          </legend>
          <Field label="Id">
            <Input className={styles.input} value={gate.id} onChange={(_, d) => onChange(setGate(ruleset, i, { id: d.value }))} />
          </Field>
          <Field label="Name">
            <Input className={styles.input} value={gate.name} onChange={(_, d) => onChange(setGate(ruleset, i, { name: d.value }))} />
          </Field>
          <ListField
            className={styles.wide}
            label="Required artefacts (comma separated column names)"
            value={gate.requiredArtifacts}
            onChange={(requiredArtifacts) => onChange(setGate(ruleset, i, { requiredArtifacts }))}
          />
          <Button className={styles.wide} size="small" onClick={() => onChange(removeGate(ruleset, i))} aria-label={`Remove gate ${gate.id}`}>
            Remove gate
          </Button>
        </fieldset>
      ))}
      <Button onClick={() => onChange(addGate(ruleset))}>Add gate</Button>
      <ListField
        label="Fields every project must fill in (comma separated)"
        value={ruleset.requiredFields.always}
        onChange={(fields) => onChange(setRequiredFields(ruleset, "always", fields))}
      />
      {lifecycle.stages.map((stage) => (
        <ListField
          key={stage}
          label={`Also required from ${stage} on`}
          value={ruleset.requiredFields.fromStage[stage] ?? []}
          onChange={(fields) => onChange(setRequiredFields(ruleset, stage, fields))}
        />
      ))}
    </div>
  );
}
