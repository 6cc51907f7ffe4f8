import { Button, Text } from "@fluentui/react-components";
import type { FindingDigest } from "../../store/digest";
import type { CellLocation } from "../../workbook/port";

const LIMIT = 50;

/** A short list of stored findings; with onSelect, findings that have a cell are buttons that select it. */
export function DigestList({ title, items, onSelect }: { title: string; items: FindingDigest[]; onSelect?: (l: CellLocation) => void }) {
  if (items.length === 0) return null;
  return (
    <div>
      <Text block weight="semibold">
        {title} ({items.length})
      </Text>
      <ul style={{ margin: 0, paddingLeft: 20 }}>
        {items.slice(0, LIMIT).map((f, i) => {
          const where = f.location ? `${f.location.sheet}!${f.location.cell}` : "";
          const text = `${f.severity}: ${f.message}${where ? ` (${where})` : ""}`;
          return (
            <li key={`${f.key}-${i}`}>
              {onSelect && f.location ? (
                <Button appearance="transparent" size="small" style={{ textAlign: "left", justifyContent: "flex-start", padding: 0, minWidth: 0 }} onClick={() => onSelect(f.location!)}>
                  {text}
                </Button>
              ) : (
                <Text>{text}</Text>
              )}
            </li>
          );
        })}
      </ul>
      {items.length > LIMIT && <Text>…and {items.length - LIMIT} more.</Text>}
    </div>
  );
}
