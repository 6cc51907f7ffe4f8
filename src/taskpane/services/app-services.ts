/**
 * Everything the task pane needs from the outside world, handed in by the shell (the Office entry or
 * the browser harness). Components never touch `Excel` or `Office`: swapping this object is how the
 * same pane runs in Excel and on the in-memory stand-in.
 */
import { createContext, useContext } from "react";
import type { CellSelector, WorkbookReader, WorkbookWriter, WriteResult } from "../../workbook/port";
import type { Template } from "../../core/template/index";
import type { RulebookStore } from "../../store/store";
import type { DayNumber } from "../../core/model/dates";
import type { Checker } from "./checker";
import type { FileSaver } from "./save-file";

export type ThemeKind = "light" | "dark";

export interface AppServices {
  reader: WorkbookReader;
  writer: WorkbookWriter;
  selector: CellSelector;
  store: RulebookStore;
  theme: ThemeKind;
  /** Today's date as a day number (the default as-of date of a check). */
  today(): DayNumber;
  /** The label the reader gives this workbook (runs are recorded under it); cheap, no full read. */
  workbookLabel(): Promise<string>;
  /** Runs the core check; a Web Worker in browsers (see checker.ts), inline when absent. */
  check?: Checker;
  /** Saves a file the pane made (a Project XML export); absent where the host lets no add-in save one. */
  saveFile?: FileSaver;
  /** Writes a submission template's sheets into the open workbook (absent where the host cannot). */
  writeTemplate?(template: Template): Promise<WriteResult>;
  /** Features this host lacks, each with a sentence for the user (e.g. charts on an old Excel). */
  limitations: string[];
}

export const AppServicesContext = createContext<AppServices | null>(null);

export function useServices(): AppServices {
  const services = useContext(AppServicesContext);
  if (!services) throw new Error("useServices() outside <AppServicesContext.Provider>");
  return services;
}
