/** Stages, gates with their required artefacts, and the fields required from each stage on. */
import { Button, Field, Input, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { Ruleset } from "../../core/ruleset/types";
import { addGate, parseList, removeGate, setGate, setRequiredFields, setStages } from "../logic/ruleset-edit";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  gate: {
    display: "grid",
    gridTemplateColumns: "5em 1fr",
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  wide: { gridColumn: "1 / -1" },
});

export function LifecycleEditor({ ruleset, onChange }: { ruleset: Ruleset; onChange: (r: Ruleset) => void }) {
  const styles = useStyles();
  const { lifecycle } = ruleset;
  return (
    <div className={styles.stack}>
      <Field label="Stages, in order (one per line)" hint="Gate 0 leads into the second stage, gate 1 into the third, and so on.">
        <Textarea
          resize="vertical"
          value={lifecycle.stages.join("\n")}
          onChange={(_, d) => onChange(setStages(ruleset, d.value.split("\n").map((s) => s.trim())))}
          onBlur={() => onChange(setStages(ruleset, lifecycle.stages.filter(Boolean)))}
        />
      </Field>
      {lifecycle.gates.map((gate, i) => (
        <fieldset key={i} className={styles.gate}>
          <legend>
            Gate {i + 1}
            {lifecycle.stages[i + 1] ? ` (into ${lifecycle.stages[i + 1]})` : ""}
          </legend>
          <Field label="Id">
            <Input value={gate.id} onChange={(_, d) => onChange(setGate(ruleset, i, { id: d.value }))} />
          </Field>
          <Field label="Name">
            <Input value={gate.name} onChange={(_, d) => onChange(setGate(ruleset, i, { name: d.value }))} />
          </Field>
          <Field className={styles.wide} label="Required artefacts (comma separated column names)">
            <Input
              value={gate.requiredArtifacts.join(", ")}
              onChange={(_, d) => onChange(setGate(ruleset, i, { requiredArtifacts: parseList(d.value) }))}
            />
          </Field>
          <Button className={styles.wide} size="small" onClick={() => onChange(removeGate(ruleset, i))} aria-label={`Remove gate ${gate.id}`}>
            Remove gate
          </Button>
        </fieldset>
      ))}
      <Button onClick={() => onChange(addGate(ruleset))}>Add gate</Button>
      <Field label="Fields every project must fill in (comma separated)">
        <Input
          value={ruleset.requiredFields.always.join(", ")}
          onChange={(_, d) => onChange(setRequiredFields(ruleset, "always", parseList(d.value)))}
        />
      </Field>
      {lifecycle.stages.filter(Boolean).map((stage) => (
        <Field key={stage} label={`Also required from ${stage} on`}>
          <Input
            value={(ruleset.requiredFields.fromStage[stage] ?? []).join(", ")}
            onChange={(_, d) => onChange(setRequiredFields(ruleset, stage, parseList(d.value)))}
          />
        </Field>
      ))}
    </div>
  );
}
