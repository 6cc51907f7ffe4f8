/** One entity's mapping: which sheet and header row it is read from, and which header feeds each field. */
import { useMemo } from "react";
import { Button, Dropdown, Field, Input, Option, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { EntityDetection, EntityName } from "../../core/model/portfolio";
import type { EntityMapping } from "../../core/ruleset/types";
import type { WorkbookSource } from "../../workbook/grid";
import { ENTITY_LABELS, entityFields, fieldLabel, foundElsewhereText, headerOptions } from "../logic/mapping";

const NOT_MAPPED = "(not mapped)";

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  fields: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(min(12em, 100%), 1fr))", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  field: { minWidth: 0 },
  // Fluent gives a drop-down a 250 px minimum width, which made neighbouring ones overlap.
  dropdown: { minWidth: 0, width: "100%" },
  sheet: { minWidth: 0, flexGrow: 1, flexBasis: "12em" },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "end" },
});

const HOW: Record<EntityDetection["how"], string> = {
  table: "an Excel table",
  "sheet-name": "the sheet's name",
  content: "its headers",
  mapping: "the ruleset's mapping",
};

export function describeDetection(entity: EntityName, detection: EntityDetection | undefined): string {
  if (!detection) return `${ENTITY_LABELS[entity]}: not found in this workbook.`;
  const where = detection.table ? `table ${detection.table} on ${detection.sheet}` : detection.sheet;
  return `${ENTITY_LABELS[entity]}: ${where}, header row ${detection.headerRow}, ${detection.dataRows} rows (found by ${HOW[detection.how]}).`;
}

/** One entity's mapping as the screen edits it; the screen saves every entity's at once. */
export function EntityMappingCard(props: {
  entity: EntityName;
  detection: EntityDetection | undefined;
  draft: EntityMapping;
  /** Fields no column feeds that the records carry (a wide plan's periods, a key/value block). */
  foundElsewhere: ReadonlySet<string>;
  source: WorkbookSource;
  sheets: string[];
  onChange: (mapping: EntityMapping) => void;
  onAutomatic: () => void;
}) {
  const styles = useStyles();
  const { draft } = props;
  const setDraft = props.onChange;
  const headers = useMemo(
    () => (draft.sheet && draft.headerRow ? headerOptions(props.source, draft.sheet, draft.headerRow) : []),
    [props.source, draft.sheet, draft.headerRow],
  );
  const label = ENTITY_LABELS[props.entity];
  return (
    <div className={styles.card} data-entity={props.entity}>
      <Text>{describeDetection(props.entity, props.detection)}</Text>
      <div className={styles.row}>
        <Field label={`${label} sheet`} className={styles.sheet}>
          <Dropdown
            className={styles.dropdown}
            value={draft.sheet ?? ""}
            selectedOptions={draft.sheet ? [draft.sheet] : []}
            placeholder="Choose a sheet"
            onOptionSelect={(_, d) => d.optionValue && setDraft({ ...draft, sheet: d.optionValue, table: undefined })}
          >
            {props.sheets.map((s) => (
              <Option key={s}>{s}</Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="Header row">
          <Input
            type="number"
            min={1}
            value={String(draft.headerRow ?? "")}
            onChange={(_, d) => setDraft({ ...draft, headerRow: Math.max(1, Math.floor(Number(d.value) || 1)) })}
            style={{ width: "6em" }}
          />
        </Field>
      </div>
      <div className={styles.fields}>
        {entityFields(props.entity).map((field) => {
          const current = draft.columns?.[field] ?? "";
          const known = headers.some((h) => h.header === current);
          const elsewhere = current === "" && props.foundElsewhere.has(field) ? foundElsewhereText(props.detection) : null;
          return (
            <Field key={field} label={fieldLabel(field)} className={styles.field}>
              <Dropdown
                className={styles.dropdown}
                size="small"
                value={current || elsewhere || NOT_MAPPED}
                selectedOptions={[current || NOT_MAPPED]}
                onOptionSelect={(_, d) => {
                  const header = d.optionValue === NOT_MAPPED ? "" : (d.optionValue ?? "");
                  setDraft({ ...draft, columns: { ...draft.columns, [field]: header } });
                }}
              >
                <Option value={NOT_MAPPED} text={elsewhere ?? NOT_MAPPED}>
                  {elsewhere ?? NOT_MAPPED}
                </Option>
                {!known && current && <Option value={current}>{`${current} (not in this header row)`}</Option>}
                {headers.map((h) => (
                  <Option key={`${h.column}-${h.header}`} value={h.header} text={h.header}>
                    {`${h.header} (column ${h.column})`}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          );
        })}
      </div>
      {props.detection && props.detection.unmatched.length > 0 && (
        <Text size={200}>Headers not used: {props.detection.unmatched.join(", ")}</Text>
      )}
      <Button size="small" onClick={props.onAutomatic} style={{ alignSelf: "flex-start" }}>
        Use automatic detection
      </Button>
    </div>
  );
}
