/** A picked file's grids: its bytes through the package reader (fflate), as the CLI reads a file. */
import { readWorkbookBytes } from "../../adapters/xlsx/read/workbook-bytes";
import type { WorkbookSource } from "../../workbook/grid";

export async function readPickedFile(file: File): Promise<WorkbookSource> {
  return readWorkbookBytes(new Uint8Array(await file.arrayBuffer()), file.name);
}
