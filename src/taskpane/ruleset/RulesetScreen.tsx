/**
 * Ruleset: view and edit the PMO's rules (lifecycle, gates and artefacts, thresholds, severities),
 * save them into the workbook so they travel with the file, keep a local library, import and export JSON.
 */
import { useState } from "react";
import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Button, Field, Input, MessageBar, MessageBarBody, Text,
  makeStyles, tokens,
} from "@fluentui/react-components";
import { useServices } from "../services/app-services";
import { useRulebook, type RulesetOrigin } from "../app/use-rulebook";
import { LifecycleEditor } from "./LifecycleEditor";
import { ThresholdsEditor } from "./ThresholdsEditor";
import { RulesEditor } from "./RulesEditor";
import { RulesetIO } from "./RulesetIO";
import { RulesetLibrary } from "./RulesetLibrary";
import { exportRulesetJson, validateRuleset } from "../logic/ruleset-edit";
import { defaultRuleset } from "../../core/ruleset/default-ruleset";
import type { Ruleset } from "../../core/ruleset/types";
import { buildTemplate } from "../../core/template/index";

const ORIGIN_LABEL: Record<RulesetOrigin, string> = {
  workbook: "stored in this workbook",
  default: "the default ruleset",
  library: "from the library",
  imported: "imported",
};

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "end" },
});

export function RulesetScreen() {
  const styles = useStyles();
  const services = useServices();
  const rulebook = useRulebook();
  const { ruleset } = rulebook;
  // Bumped when a ruleset comes from outside, so editors holding typed text start afresh (the open sections stay open).
  const [revision, setRevision] = useState(0);
  const [message, setMessage] = useState<{ intent: "success" | "error"; text: string } | null>(null);
  // Starting from the default throws away unsaved edits: it asks once more first.
  const [confirmDefault, setConfirmDefault] = useState(false);

  const adopt = (next: Ruleset, origin: RulesetOrigin) => {
    rulebook.adoptRuleset(next, origin);
    setRevision((n) => n + 1);
    setMessage(null);
  };

  const saveToWorkbook = async () => {
    if (!ruleset) return;
    const checked = validateRuleset(ruleset);
    if (!checked.ok) {
      setMessage({ intent: "error", text: `Not saved, the ruleset is not valid: ${checked.errors.join("; ")}` });
      return;
    }
    try {
      await services.writer.writeEmbeddedRuleset(exportRulesetJson(checked.ruleset));
      rulebook.markSaved();
      setMessage({ intent: "success", text: "Saved into the workbook: it travels with the file and is used by everyone who checks it." });
    } catch (e) {
      setMessage({ intent: "error", text: `Could not save into the workbook: ${(e as Error).message}` });
    }
  };

  // A submission template from this ruleset, as new sheets of the open workbook (docs/template.md).
  const newSubmissionSheets = async () => {
    if (!ruleset || !services.writeTemplate) return;
    const checked = validateRuleset(ruleset);
    if (!checked.ok) {
      setMessage({ intent: "error", text: `No sheets written, the ruleset is not valid: ${checked.errors.join("; ")}` });
      return;
    }
    try {
      const result = await services.writeTemplate(buildTemplate(checked.ruleset));
      rulebook.markSaved();
      setMessage({ intent: "success", text: `Submission sheets written: ${result.written.map((w) => w.sheet).join(", ")}. Their drop-downs and messages follow this ruleset, which is stored in the workbook.` });
    } catch (e) {
      setMessage({ intent: "error", text: `No submission sheets written: ${(e as Error).message}` });
    }
  };

  return (
    <section className={styles.stack} aria-labelledby="ruleset-title">
      <h2 id="ruleset-title" style={{ margin: 0, fontSize: tokens.fontSizeBase400 }}>Ruleset</h2>
      {rulebook.loadErrors.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            The ruleset stored in this workbook is not valid ({rulebook.loadErrors.slice(0, 5).join("; ")}). Import a corrected one, load one from
            the library, or start from the default.
          </MessageBarBody>
        </MessageBar>
      )}
      {ruleset ? (
        <>
          <div className={styles.row}>
            <Field label="Name">
              <Input value={ruleset.name} onChange={(_, d) => rulebook.editRuleset({ ...ruleset, name: d.value })} />
            </Field>
            <Field label="Version">
              <Input value={ruleset.version} onChange={(_, d) => rulebook.editRuleset({ ...ruleset, version: d.value })} />
            </Field>
            <Badge appearance="tint" color={rulebook.dirty ? "warning" : "informative"}>
              {rulebook.dirty ? "edited, not saved in the workbook" : ORIGIN_LABEL[rulebook.origin]}
            </Badge>
          </div>
          <div className={styles.row}>
            <Button appearance="primary" onClick={() => void saveToWorkbook()}>
              Save to workbook
            </Button>
            <Button
              onClick={() => {
                if (rulebook.dirty && !confirmDefault) {
                  setConfirmDefault(true);
                  return;
                }
                setConfirmDefault(false);
                adopt(defaultRuleset(), "default");
              }}
              data-testid="start-from-default"
            >
              {confirmDefault ? "Yes, discard my edits" : "Start from the default"}
            </Button>
            {confirmDefault && <Button onClick={() => setConfirmDefault(false)}>Keep my edits</Button>}
            {services.writeTemplate && (
              <Button onClick={() => void newSubmissionSheets()} data-testid="new-submission-sheets">
                New submission sheets…
              </Button>
            )}
          </div>
          {confirmDefault && (
            <MessageBar intent="warning" role="alert">
              <MessageBarBody>The ruleset has edits not saved in the workbook; starting from the default discards them.</MessageBarBody>
            </MessageBar>
          )}
          {message && (
            <MessageBar intent={message.intent} role={message.intent === "error" ? "alert" : "status"}>
              <MessageBarBody>{message.text}</MessageBarBody>
            </MessageBar>
          )}
          <Accordion multiple collapsible defaultOpenItems={["thresholds"]}>
            <AccordionItem value="lifecycle">
              <AccordionHeader>Lifecycle, gates and required fields</AccordionHeader>
              <AccordionPanel>
                <LifecycleEditor key={revision} ruleset={ruleset} onChange={rulebook.editRuleset} />
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem value="thresholds">
              <AccordionHeader>Thresholds</AccordionHeader>
              <AccordionPanel>
                <ThresholdsEditor key={revision} ruleset={ruleset} onChange={rulebook.editRuleset} />
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem value="rules">
              <AccordionHeader>Rules and severities</AccordionHeader>
              <AccordionPanel>
                <RulesEditor ruleset={ruleset} onChange={rulebook.editRuleset} />
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem value="io">
              <AccordionHeader>Import and export JSON</AccordionHeader>
              <AccordionPanel>
                <RulesetIO ruleset={ruleset} onImport={(r) => adopt(r, "imported")} />
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem value="library">
              <AccordionHeader>Library on this computer</AccordionHeader>
              <AccordionPanel>
                <RulesetLibrary current={ruleset} onLoad={(r) => adopt(r, "library")} />
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
        </>
      ) : (
        <>
          <Text>No usable ruleset yet.</Text>
          <Button appearance="primary" onClick={() => adopt(defaultRuleset(), "default")}>
            Use the default ruleset
          </Button>
          <RulesetIO ruleset={null} onImport={(r) => adopt(r, "imported")} />
          <RulesetLibrary current={null} onLoad={(r) => adopt(r, "library")} />
        </>
      )}
    </section>
  );
}
