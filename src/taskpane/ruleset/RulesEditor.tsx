/** Every rule the engine knows, by family, with its severity in this ruleset (off turns it off). */
import { Dropdown, Option, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Ruleset, Severity } from "../../core/ruleset/types";
import { rules, type Rule } from "../../core/rules/registry";
import { setRuleSeverity } from "../logic/ruleset-edit";
import { ruleFamilies } from "../logic/rule-families";

const SEVERITY_OPTIONS: Severity[] = ["error", "warning", "info", "off"];

const useStyles = makeStyles({
  row: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) 7.5em", gap: tokens.spacingHorizontalS, alignItems: "center", padding: `${tokens.spacingVerticalXS} 0` },
  id: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  // Fluent gives a drop-down a 250 px minimum width; here it takes its grid column.
  dropdown: { minWidth: 0, width: "100%" },
  list: { display: "flex", flexDirection: "column" },
  family: { display: "flex", flexDirection: "column", paddingBottom: tokens.spacingVerticalS },
  familyTitle: { paddingTop: tokens.spacingVerticalS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
});

function RuleRow({ rule, ruleset, onChange }: { rule: Rule; ruleset: Ruleset; onChange: (r: Ruleset) => void }) {
  const styles = useStyles();
  const severity = ruleset.rules[rule.id]?.severity ?? rule.meta.defaultSeverity;
  const labelId = `rule-${rule.id.replace(/\W/g, "-")}`;
  return (
    <div className={styles.row}>
      <div id={labelId}>
        <Text block className={styles.id}>{rule.id}</Text>
        <Text block size={200}>{rule.meta.description}</Text>
      </div>
      <Dropdown
        className={styles.dropdown}
        aria-labelledby={labelId}
        value={severity}
        selectedOptions={[severity]}
        onOptionSelect={(_, d) => d.optionValue && onChange(setRuleSeverity(ruleset, rule.id, d.optionValue as Severity))}
        size="small"
      >
        {SEVERITY_OPTIONS.map((s) => (
          <Option key={s} value={s}>
            {s}
          </Option>
        ))}
      </Dropdown>
    </div>
  );
}

export function RulesEditor({ ruleset, onChange }: { ruleset: Ruleset; onChange: (r: Ruleset) => void }) {
  const styles = useStyles();
  return (
    <div className={styles.list}>
      {ruleFamilies(rules).map(({ family, label, rules: members }) => (
        <div key={family} role="group" aria-labelledby={`family-${family}`} className={styles.family} data-family={family}>
          <Text id={`family-${family}`} weight="semibold" className={styles.familyTitle}>
            {label}
          </Text>
          {members.map((rule) => (
            <RuleRow key={rule.id} rule={rule} ruleset={ruleset} onChange={onChange} />
          ))}
        </div>
      ))}
      {ruleset.customRules.length > 0 && (
        <Text>
          {ruleset.customRules.length} custom rules ({ruleset.customRules.map((r) => r.id).join(", ")}); edit them in the exported JSON.
        </Text>
      )}
    </div>
  );
}
