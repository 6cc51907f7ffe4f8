/**
 * Findings in groups (by rule or by project). Each finding with a cell is a button that selects the
 * cell in the workbook; long groups render in pages so 10,000 findings do not freeze the pane.
 */
import { useState } from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Badge, makeStyles, tokens, Text } from "@fluentui/react-components";
import type { Finding } from "../../core/findings";
import type { FindingGroup } from "../logic/findings-view";

const PAGE = 100;

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  finding: { width: "100%", justifyContent: "flex-start", textAlign: "left", fontWeight: tokens.fontWeightRegular, minHeight: "auto", paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  body: { display: "flex", flexDirection: "column", gap: "2px" },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  header: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

const BADGE = { error: "danger", warning: "warning", info: "informative" } as const;

export function FindingItem({ finding, onSelect }: { finding: Finding; onSelect: (f: Finding) => void }) {
  const styles = useStyles();
  const where = finding.location ? `${finding.location.sheet}!${finding.location.cell}` : "no cell";
  const subject = [finding.projectId, finding.resource, finding.period].filter(Boolean).join(" · ");
  return (
    <li>
      <Button
        appearance="subtle"
        className={styles.finding}
        disabled={!finding.location}
        onClick={() => onSelect(finding)}
        data-testid="finding"
        data-cell={where}
        data-rule={finding.ruleId}
        icon={<Badge size="small" color={BADGE[finding.severity]} aria-label={finding.severity} />}
      >
        <span className={styles.body}>
          <span>{finding.message}</span>
          <span className={styles.meta}>
            {where} · {finding.ruleId}
            {subject ? ` · ${subject}` : ""}
          </span>
        </span>
      </Button>
    </li>
  );
}

function GroupPanel({ group, onSelect }: { group: FindingGroup; onSelect: (f: Finding) => void }) {
  const styles = useStyles();
  const [shown, setShown] = useState(PAGE);
  return (
    <>
      <ul className={styles.list} aria-label={`Findings of ${group.label}`}>
        {group.findings.slice(0, shown).map((f, i) => (
          <FindingItem key={i} finding={f} onSelect={onSelect} />
        ))}
      </ul>
      {group.findings.length > shown && (
        <Button appearance="transparent" onClick={() => setShown((n) => n + PAGE)}>
          Show {Math.min(PAGE, group.findings.length - shown)} more of {group.findings.length - shown}
        </Button>
      )}
    </>
  );
}

export function FindingList({ groups, onSelect }: { groups: FindingGroup[]; onSelect: (f: Finding) => void }) {
  const styles = useStyles();
  if (groups.length === 0) return <Text role="status">No findings match.</Text>;
  // The first group starts open so the worst problems are visible at once.
  return (
    <Accordion multiple collapsible defaultOpenItems={[groups[0].key]} data-testid="finding-groups">
      {groups.map((g) => (
        <AccordionItem key={g.key} value={g.key} data-group={g.key}>
          <AccordionHeader size="small">
            <span className={styles.header}>
              <Badge color={BADGE[g.worst]} size="small" aria-hidden />
              {g.label} ({g.findings.length})
            </span>
          </AccordionHeader>
          <AccordionPanel>
            <GroupPanel group={g} onSelect={onSelect} />
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
