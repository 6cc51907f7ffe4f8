/**
 * Findings in groups (by rule or by project) as one virtual list: only the rows near the visible part
 * of the pane are in the page, so 10,000 projects' findings, grouped any way, render as fast as ten.
 * A group's header opens and closes it; each finding is a button that selects its cell.
 */
import { useLayoutEffect, useMemo, useRef, useState } from "react";
import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronRightRegular } from "@fluentui/react-icons";
import { useWindowVirtualizer } from "@tanstack/react-virtual";
import type { Finding } from "../../core/findings";
import { findingRows, type FindingGroup } from "../logic/findings-view";
import { FindingItem } from "./FindingItem";
import { SeverityIcon } from "./Severity";

const useStyles = makeStyles({
  list: { position: "relative", width: "100%" },
  row: { position: "absolute", top: 0, left: 0, width: "100%" },
  heading: { margin: 0, fontSize: "inherit", fontWeight: "inherit" },
  header: {
    display: "flex",
    gap: tokens.spacingHorizontalXS,
    alignItems: "flex-start",
    width: "100%",
    textAlign: "left",
    border: "none",
    background: "none",
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    cursor: "pointer",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  chevron: { flexShrink: 0, marginTop: "2px" },
  title: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  strong: { fontWeight: tokens.fontWeightSemibold },
  detail: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyMonospace },
  finding: { paddingLeft: tokens.spacingHorizontalL, boxSizing: "border-box" },
});

function GroupHeader({ group, open, total, onToggle }: { group: FindingGroup; open: boolean; total: number; onToggle: () => void }) {
  const styles = useStyles();
  const shown = group.findings.length;
  const count = shown === total ? `${shown}` : `${shown} of ${total}`;
  return (
    <h3 className={styles.heading}>
      <button type="button" className={styles.header} aria-expanded={open} onClick={onToggle} data-testid="group-header">
        {open ? <ChevronDownRegular className={styles.chevron} aria-hidden /> : <ChevronRightRegular className={styles.chevron} aria-hidden />}
        <SeverityIcon severity={group.worst} />
        <span className={styles.title}>
          <span>
            <span className={styles.strong}>{group.title}</span> ({count})
          </span>
          {group.detail && <span className={styles.detail}>{group.detail}</span>}
        </span>
      </button>
    </h3>
  );
}

/** The list's distance from the top of the document, kept current as the content above it changes. */
function useDocumentOffset(ref: React.RefObject<HTMLElement | null>): number {
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setOffset(Math.round(element.getBoundingClientRect().top + window.scrollY));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [ref]);
  return offset;
}

export interface FindingListProps {
  groups: FindingGroup[];
  open: ReadonlySet<string>;
  /** Findings per group before filtering. */
  totals: ReadonlyMap<string, number>;
  onToggle: (key: string) => void;
  onSelect: (f: Finding) => void;
}

export function FindingList({ groups, open, totals, onToggle, onSelect }: FindingListProps) {
  const styles = useStyles();
  const listRef = useRef<HTMLDivElement | null>(null);
  const offset = useDocumentOffset(listRef);
  const rows = useMemo(() => findingRows(groups, open), [groups, open]);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: (i) => (rows[i].kind === "group" ? 44 : 64),
    overscan: 12,
    scrollMargin: offset,
    getItemKey: (i) => {
      const row = rows[i];
      return row.kind === "group" ? `g:${row.group.key}` : `f:${row.group.key}:${row.index}`;
    },
  });
  if (groups.length === 0) return <Text role="status">No findings match.</Text>;
  return (
    <div ref={listRef} role="list" aria-label="Findings" data-testid="finding-groups" className={styles.list} style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((item) => {
        const row = rows[item.index];
        return (
          <div
            key={item.key}
            role="listitem"
            aria-setsize={rows.length}
            aria-posinset={item.index + 1}
            data-index={item.index}
            ref={virtualizer.measureElement}
            className={mergeClasses(styles.row, row.kind === "finding" && styles.finding)}
            style={{ transform: `translateY(${item.start - offset}px)` }}
            {...(row.kind === "group" ? { "data-group": row.group.key } : {})}
          >
            {row.kind === "group" ? (
              <GroupHeader group={row.group} open={row.open} total={totals.get(row.group.key) ?? row.group.findings.length} onToggle={() => onToggle(row.group.key)} />
            ) : (
              <FindingItem finding={row.finding} onSelect={onSelect} as="div" />
            )}
          </div>
        );
      })}
    </div>
  );
}
