/** Numeric thresholds; fractions are edited as percentages, the way PMOs write them. */
import { useState } from "react";
import { Checkbox, Dropdown, Field, Input, Option, makeStyles, tokens } from "@fluentui/react-components";
import type { Ruleset, Thresholds } from "../../core/ruleset/types";
import { displayThreshold, setThreshold, THRESHOLD_FIELDS, type NumericThreshold } from "../logic/ruleset-edit";

const EAC_FORMULAS: { value: Thresholds["eacFormula"]; label: string }[] = [
  { value: "cpi", label: "BAC / CPI (current cost performance continues)" },
  { value: "atypical", label: "AC + (BAC − EV) (the variance was a one-off)" },
  { value: "cpi-spi", label: "AC + (BAC − EV) / (CPI × SPI) (cost and schedule both matter)" },
];
const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

const UNIT_SUFFIX = { percent: "%", ratio: "", days: "days", fte: "FTE", hours: "hours", score: "" } as const;

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(min(14em, 100%), 1fr))", gap: tokens.spacingVerticalS },
  // Fluent gives a drop-down a 250 px minimum width; here it takes its column.
  dropdown: { minWidth: 0, width: "100%" },
  // Grid items are as wide as their content by default; an input's default size would overflow the column.
  field: { minWidth: 0 },
});

function ThresholdInput({ ruleset, field, onChange }: { ruleset: Ruleset; field: (typeof THRESHOLD_FIELDS)[number]; onChange: (r: Ruleset) => void }) {
  const styles = useStyles();
  // Text state lets a user type "0." on the way to "0.85" without the value snapping back.
  const [text, setText] = useState(String(displayThreshold(ruleset, field.key)));
  const value = Number(text);
  const invalid = text.trim() === "" || !Number.isFinite(value) || value < 0;
  return (
    <Field className={styles.field} label={field.label} validationMessage={invalid ? "Enter a number of 0 or more" : undefined}>
      <Input
        className={styles.dropdown}
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
  const { thresholds } = ruleset;
  const setThresholds = (patch: Partial<Thresholds>) => onChange({ ...ruleset, thresholds: { ...thresholds, ...patch } });
  const eac = EAC_FORMULAS.find((f) => f.value === thresholds.eacFormula) ?? EAC_FORMULAS[0];
  return (
    <div className={styles.grid}>
      {THRESHOLD_FIELDS.map((f) => (
        <ThresholdInput key={f.key} ruleset={ruleset} field={f} onChange={onChange} />
      ))}
      <Field className={styles.field} label="Estimate at completion (EAC)">
        <Dropdown
          className={styles.dropdown}
          value={eac.label}
          selectedOptions={[eac.value]}
          onOptionSelect={(_, d) => d.optionValue && setThresholds({ eacFormula: d.optionValue as Thresholds["eacFormula"] })}
        >
          {EAC_FORMULAS.map((f) => (
            <Option key={f.value} value={f.value}>
              {f.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <fieldset style={{ border: "none", padding: 0, margin: 0 }}>
        <legend>Working days</legend>
        {WEEKDAYS.map((day, i) => (
          <Checkbox
            key={day}
            label={day}
            checked={thresholds.workingDays.includes(i)}
            onChange={(_, d) =>
              setThresholds({ workingDays: d.checked ? [...thresholds.workingDays, i].sort((a, b) => a - b) : thresholds.workingDays.filter((w) => w !== i) })
            }
          />
        ))}
      </fieldset>
    </div>
  );
}
