/** Numeric thresholds; fractions are edited as percentages, the way PMOs write them. */
import { useState } from "react";
import { Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { Ruleset } from "../../core/ruleset/types";
import { displayThreshold, setThreshold, THRESHOLD_FIELDS, type NumericThreshold } from "../logic/ruleset-edit";

const UNIT_SUFFIX = { percent: "%", ratio: "", days: "days", fte: "FTE", hours: "hours" } as const;

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(14em, 1fr))", gap: tokens.spacingVerticalS },
});

function ThresholdInput({ ruleset, field, onChange }: { ruleset: Ruleset; field: (typeof THRESHOLD_FIELDS)[number]; onChange: (r: Ruleset) => void }) {
  // Text state lets a user type "0." on the way to "0.85" without the value snapping back.
  const [text, setText] = useState(String(displayThreshold(ruleset, field.key)));
  const value = Number(text);
  const invalid = text.trim() === "" || !Number.isFinite(value) || value < 0;
  return (
    <Field label={field.label} validationMessage={invalid ? "Enter a number of 0 or more" : undefined}>
      <Input
        inputMode="decimal"
        value={text}
        contentAfter={UNIT_SUFFIX[field.unit] || undefined}
        data-threshold={field.key}
        onChange={(_, d) => {
          setText(d.value);
          const n = Number(d.value);
          if (d.value.trim() !== "" && Number.isFinite(n) && n >= 0) onChange(setThreshold(ruleset, field.key as NumericThreshold, n));
        }}
      />
    </Field>
  );
}

export function ThresholdsEditor({ ruleset, onChange }: { ruleset: Ruleset; onChange: (r: Ruleset) => void }) {
  const styles = useStyles();
  return (
    <div className={styles.grid}>
      {THRESHOLD_FIELDS.map((f) => (
        <ThresholdInput key={f.key} ruleset={ruleset} field={f} onChange={onChange} />
      ))}
    </div>
  );
}
