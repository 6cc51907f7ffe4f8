/**
 * Mapping: shows where each entity (projects, gates, resources, assignments, financials) was found and
 * which header feeds each field; corrections are saved into the ruleset's mapping.
 */
import { useState } from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { useRulebook } from "../app/use-rulebook";
import { ENTITIES, ENTITY_LABELS, effectiveMapping, userSheets, withEntityMapping, withoutEntityMapping } from "../logic/mapping";
import { EntityMappingCard } from "./EntityMappingCard";

export function MappingScreen({ onOpenRuleset }: { onOpenRuleset: () => void }) {
  const rulebook = useRulebook();
  const [saved, setSaved] = useState<string | null>(null);
  const run = rulebook.lastRun;
  const ruleset = rulebook.ruleset;

  if (!run || !ruleset) {
    return (
      <section aria-labelledby="mapping-title">
        <h2 id="mapping-title" style={{ margin: 0, fontSize: tokens.fontSizeBase400 }}>Mapping</h2>
        <Text block>Run a check first: the mapping shows what that check detected in this workbook.</Text>
      </section>
    );
  }
  const sheets = userSheets(run.source);
  const detections = run.outcome.portfolio.detections;

  return (
    <section aria-labelledby="mapping-title" style={{ display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM }}>
      <h2 id="mapping-title" style={{ margin: 0, fontSize: tokens.fontSizeBase400 }}>Mapping</h2>
      <Text>Where the last check found each kind of record. Correct a sheet or a column, save, and run the check again.</Text>
      {saved && (
        <MessageBar intent="success">
          <MessageBarBody>
            {saved} Run the check again to use it; save the ruleset to the workbook to keep it with the file.{" "}
            <Button size="small" appearance="transparent" onClick={onOpenRuleset}>
              Open Ruleset
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      <Accordion multiple collapsible defaultOpenItems={["projects"]}>
        {ENTITIES.map((entity) => {
          const detection = detections.find((d) => d.entity === entity);
          return (
            <AccordionItem key={entity} value={entity}>
              <AccordionHeader>
                {ENTITY_LABELS[entity]}
                {ruleset.mapping[entity] ? " (mapped by hand)" : detection ? "" : " (not found)"}
              </AccordionHeader>
              <AccordionPanel>
                <EntityMappingCard
                  key={`${run.run.id}-${entity}`}
                  entity={entity}
                  detection={detection}
                  initial={effectiveMapping(entity, detection, ruleset)}
                  source={run.source}
                  sheets={sheets}
                  onSave={(m) => {
                    rulebook.editRuleset(withEntityMapping(ruleset, entity, m));
                    setSaved(`${ENTITY_LABELS[entity]} mapping saved in the ruleset.`);
                  }}
                  onReset={() => {
                    rulebook.editRuleset(withoutEntityMapping(ruleset, entity));
                    setSaved(`${ENTITY_LABELS[entity]} will be detected automatically.`);
                  }}
                />
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </section>
  );
}
