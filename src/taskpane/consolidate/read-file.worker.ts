/**
 * Reads one picked submission off the pane's main thread with the package reader, as the CLI reads a
 * file. The grids go back in pieces (services/worker-job.ts), so no message is large.
 */
import { readPickedFile } from "./read-file";
import type { WorkbookSource } from "../../workbook/grid";
import { serveJob, type JobScope } from "../services/worker-job";

serveJob<{ file: File }, WorkbookSource>(self as unknown as JobScope<never>, ({ file }) => readPickedFile(file));
