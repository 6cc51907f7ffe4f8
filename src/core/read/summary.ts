/** What was read from which sheet and why, and what was looked at and not read: for the CLI's output and the JSON summary. */
import type { EntityName, Portfolio } from "../model/portfolio";

export interface SheetRead {
  sheet: string;
  entity: EntityName;
  /** "register" for the projects sheets, "figures" for per-project figures that filled it, else the entity's records. */
  role?: "figures";
  table?: string;
  headerRow: number;
  rows: number;
  why: string;
}

export interface ReadSummary {
  read: SheetRead[];
  notRead: { sheet: string; why: string }[];
}

/** The reading summary of a portfolio. */
export function readSummary(portfolio: Pick<Portfolio, "detections" | "notRead">): ReadSummary {
  const read = portfolio.detections.map((d): SheetRead => ({
    sheet: d.sheet,
    entity: d.entity,
    ...(d.role ? { role: d.role } : {}),
    ...(d.table ? { table: d.table } : {}),
    headerRow: d.headerRow,
    rows: d.dataRows,
    why: d.why ?? d.how,
  }));
  return { read, notRead: [...(portfolio.notRead ?? [])] };
}
