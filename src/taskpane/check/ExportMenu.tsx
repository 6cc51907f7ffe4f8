/**
 * "More" beside Run check: exports the last check's portfolio as Microsoft Project XML, saved as a
 * file where the host lets an add-in save one (services.saveFile: Excel on the web and on Windows);
 * elsewhere the item says to use the command line. The file is written in a Web Worker, with its
 * progress shown, so the pane keeps answering on a large portfolio. What the file cannot carry is
 * listed after saving.
 */
import { useState } from "react";
import { Button, Field, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, MessageBar, MessageBarBody, ProgressBar, Text } from "@fluentui/react-components";
import { MoreHorizontalRegular } from "@fluentui/react-icons";
import { useServices } from "../services/app-services";
import { useRulebook } from "../app/use-rulebook";
import { exportProjectXml as exportInWorker, type ExportProgress } from "../services/project-xml-export";
import { counted } from "../logic/wording";

type Outcome =
  | { kind: "exporting"; progress: ExportProgress | null }
  | { kind: "saved"; name: string; summary: string; notes: string[] }
  | { kind: "failed"; message: string }
  | { kind: "unavailable" };

/** The bar's value and the line under it while the file is written. */
export function exportProgressOf(progress: ExportProgress | null): { value: number; text: string } {
  if (!progress) return { value: 0.02, text: "Preparing the Project XML export…" };
  if (progress.phase === "sending") return { value: 0.1 * (progress.parts / (progress.parts + 20)), text: `Handing the portfolio to the exporter (${counted(progress.parts, "part")})…` };
  if (progress.phase === "receiving") return { value: 0.98, text: "Receiving the file…" };
  const done = progress.total === 0 ? 1 : progress.written / progress.total;
  return { value: 0.1 + 0.88 * done, text: `Writing Project XML: ${progress.written.toLocaleString("en")} of ${counted(progress.total, "task, resource and assignment", "tasks, resources and assignments")}…` };
}

export function ExportMenu({ disabled }: { disabled: boolean }) {
  const services = useServices();
  const { lastRun } = useRulebook();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const exportProjectXml = async () => {
    if (!lastRun) return;
    if (!services.saveFile) {
      setOutcome({ kind: "unavailable" });
      return;
    }
    setOutcome({ kind: "exporting", progress: null });
    try {
      const file = await exportInWorker(lastRun.outcome, lastRun.source.label, (progress) => setOutcome({ kind: "exporting", progress }));
      await services.saveFile(file.name, file.blob, "application/xml");
      setOutcome({ kind: "saved", name: file.name, summary: file.summary, notes: file.notes });
    } catch (e) {
      setOutcome({ kind: "failed", message: (e as Error).message });
    }
  };

  return (
    <>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <Button icon={<MoreHorizontalRegular />} aria-label="More actions" data-testid="more-actions" disabledFocusable={disabled}>
            More
          </Button>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem disabled={!lastRun || outcome?.kind === "exporting"} onClick={() => void exportProjectXml()} data-testid="export-project-xml">
              Export to Project XML
            </MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      {outcome && (
        <div style={{ flexBasis: "100%", minWidth: 0 }} data-testid="export-result">
          {outcome.kind === "exporting" && <ExportProgressBar progress={outcome.progress} />}
          {outcome.kind === "saved" && (
            <MessageBar intent="success">
              <MessageBarBody>
                <Text block>
                  Saved {outcome.name}: {outcome.summary}. It opens in Microsoft Project, ProjectLibre and other planning tools.
                </Text>
                {outcome.notes.map((n) => (
                  <Text block size={200} key={n}>
                    {n}
                  </Text>
                ))}
              </MessageBarBody>
            </MessageBar>
          )}
          {outcome.kind === "failed" && (
            <MessageBar intent="error" role="alert">
              <MessageBarBody>The Project XML file was not saved: {outcome.message}</MessageBarBody>
            </MessageBar>
          )}
          {outcome.kind === "unavailable" && (
            <MessageBar intent="warning">
              <MessageBarBody>This version of Excel does not let an add-in save files (Excel for Mac and iPad). Use Excel on the web, or the command line: pmo-rulebook export workbook.xlsx --to project-xml --out portfolio.xml.</MessageBarBody>
            </MessageBar>
          )}
        </div>
      )}
    </>
  );
}

function ExportProgressBar({ progress }: { progress: ExportProgress | null }) {
  const { value, text } = exportProgressOf(progress);
  return (
    <Field validationMessage={text} validationState="none">
      <ProgressBar value={value} aria-label="Exporting to Project XML" data-testid="export-progress" />
    </Field>
  );
}
