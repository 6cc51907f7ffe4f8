/**
 * Mapping: shows where each entity (projects, gates, resources, assignments, financials) was found and
 * which header feeds each field; corrections to any entity are saved into the ruleset's mapping at
 * once, and the check can be run again from here.
 */
import { useMemo, useState } from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Link, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useRulebook } from "../app/use-rulebook";
import { useCheck } from "../check/use-check";
import { CheckProgress } from "../check/CheckProgress";
import type { EntityName } from "../../core/model/portfolio";
import type { EntityMapping, Ruleset } from "../../core/ruleset/types";
import { dayFromIso } from "../../core/model/dates";
import { readPortfolio } from "../../core/read/index";
import { detectedMapping, effectiveMapping, ENTITIES, ENTITY_LABELS, fieldsFoundElsewhere, userSheets, withEntityMapping, withoutEntityMapping } from "../logic/mapping";
import { EntityMappingCard } from "./EntityMappingCard";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
});

/** An entity's pending change: a corrected mapping, or back to automatic detection. */
type Draft = { mapping: EntityMapping; automatic: boolean };

export function MappingScreen({ onOpenRuleset }: { onOpenRuleset: () => void }) {
  const styles = useStyles();
  const rulebook = useRulebook();
  const check = useCheck();
  const run = rulebook.lastRun;
  const ruleset = rulebook.ruleset;
  // Drafts belong to the run they correct: a new check starts from what it detected.
  const runKey = run ? String(run.run.id ?? run.run.at) : "";
  const [drafts, setDrafts] = useState<{ run: string; byEntity: Partial<Record<EntityName, Draft>> }>({ run: "", byEntity: {} });
  const pending = drafts.run === runKey ? drafts.byEntity : {};
  const [message, setMessage] = useState<string | null>(null);

  const found = useMemo(() => {
    if (!run) return null;
    const portfolio = run.outcome.portfolio;
    return Object.fromEntries(ENTITIES.map((e) => [e, fieldsFoundElsewhere(e, portfolio.detections.find((d) => d.entity === e), portfolio[e] as object[])])) as Record<EntityName, Set<string>>;
  }, [run]);

  if (!run || !ruleset || !found) {
    return (
      <section aria-labelledby="mapping-title">
        <h2 id="mapping-title" style={{ margin: 0, fontSize: tokens.fontSizeBase400 }}>Mapping</h2>
        <Text block>Run a check first: the mapping shows what that check detected in this workbook.</Text>
      </section>
    );
  }
  const sheets = userSheets(run.source);
  const detections = run.outcome.portfolio.detections;
  const changed = Object.keys(pending) as EntityName[];
  // What detection alone finds. When the last check read the entity through the ruleset's mapping,
  // its detection says nothing about that, so the entity is located again without the mapping (on
  // the main thread, once per click: header finding and reading, not the rules).
  const automaticMapping = (entity: EntityName): EntityMapping => {
    const detection = detections.find((d) => d.entity === entity);
    if (detection?.how !== "mapping") return detectedMapping(entity, detection, ruleset);
    const unmapped = withoutEntityMapping(ruleset, entity);
    const fresh = readPortfolio(run.source, unmapped).detections.find((d) => d.entity === entity);
    return detectedMapping(entity, fresh, unmapped);
  };
  const setDraft = (entity: EntityName, draft: Draft) => {
    setMessage(null);
    setDrafts({ run: runKey, byEntity: { ...pending, [entity]: draft } });
  };

  const save = (): Ruleset => {
    let next = ruleset;
    for (const entity of changed) {
      const draft = pending[entity]!;
      next = draft.automatic ? withoutEntityMapping(next, entity) : withEntityMapping(next, entity, draft.mapping);
    }
    rulebook.editRuleset(next);
    setDrafts({ run: runKey, byEntity: {} });
    return next;
  };

  const saveOnly = () => {
    save();
    setMessage(`${changed.map((e) => ENTITY_LABELS[e]).join(", ")}: saved in the ruleset. Run the check again to use it; save the ruleset to the workbook to keep it with the file.`);
  };

  const saveAndRun = async () => {
    const next = save();
    setMessage(null);
    const result = await check.run({ asOf: dayFromIso(rulebook.asOf), writeSheets: false, origin: "taskpane", ruleset: next });
    if (result) setMessage("Checked again with the corrected mapping: the Check screen shows the new findings.");
  };

  return (
    <section aria-labelledby="mapping-title" className={styles.stack}>
      <h2 id="mapping-title" style={{ margin: 0, fontSize: tokens.fontSizeBase400 }}>Mapping</h2>
      <Text>Where the last check found each kind of record. Correct a sheet or a column, then save and run the check again.</Text>
      <Accordion multiple collapsible defaultOpenItems={["projects"]}>
        {ENTITIES.map((entity) => {
          const detection = detections.find((d) => d.entity === entity);
          const draft = pending[entity];
          return (
            <AccordionItem key={entity} value={entity}>
              <AccordionHeader>
                {ENTITY_LABELS[entity]}
                {draft ? " (changed, not saved)" : ruleset.mapping[entity] ? " (mapped by hand)" : detection ? "" : " (not found)"}
              </AccordionHeader>
              <AccordionPanel>
                <EntityMappingCard
                  entity={entity}
                  detection={detection}
                  draft={draft?.mapping ?? effectiveMapping(entity, detection, ruleset)}
                  foundElsewhere={found[entity]}
                  source={run.source}
                  sheets={sheets}
                  onChange={(mapping) => setDraft(entity, { mapping, automatic: false })}
                  onAutomatic={() => setDraft(entity, { mapping: automaticMapping(entity), automatic: true })}
                />
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
      <div className={styles.row}>
        <Button appearance="primary" disabledFocusable={changed.length === 0 || check.running} onClick={() => void saveAndRun()} data-testid="mapping-save-run">
          Save and run the check again
        </Button>
        <Button disabledFocusable={changed.length === 0 || check.running} onClick={saveOnly} data-testid="mapping-save">
          Save mapping
        </Button>
      </div>
      <CheckProgress stage={check.stage} progress={check.progress} />
      {check.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{check.error}</MessageBarBody>
        </MessageBar>
      )}
      {message && (
        <MessageBar intent="success" role="status" layout="multiline">
          <MessageBarBody>
            {message} <Link onClick={onOpenRuleset}>Open the Ruleset screen</Link>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
