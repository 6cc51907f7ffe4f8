/**
 * "More" beside Run check: exports the last check's portfolio as Microsoft Project XML, saved as a
 * file where the host lets an add-in save one (services.saveFile: Excel on the web and on Windows);
 * elsewhere the item says to use the command line. What the file cannot carry is listed after saving.
 */
import { useState } from "react";
import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { MoreHorizontalRegular } from "@fluentui/react-icons";
import { useServices } from "../services/app-services";
import { useRulebook } from "../app/use-rulebook";

type Outcome = { kind: "saved"; name: string; summary: string; notes: string[] } | { kind: "failed"; message: string } | { kind: "unavailable" };

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
    try {
      // Loaded on demand: the XML writer is not part of the pane's first download.
      const { projectXmlFile } = await import("../logic/project-xml-file");
      const file = projectXmlFile(lastRun.outcome, lastRun.source.label);
      await services.saveFile(file.name, file.bytes, "application/xml");
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
            <MenuItem disabled={!lastRun} onClick={() => void exportProjectXml()} data-testid="export-project-xml">
              Export to Project XML
            </MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      {outcome && (
        <div style={{ flexBasis: "100%", minWidth: 0 }} data-testid="export-result">
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
