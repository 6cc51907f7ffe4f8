/**
 * Saving a file the pane made (a Project XML export) where the host lets an add-in do so: a Blob
 * download through a link, which Excel on the web hands to the browser (its download bar or Save
 * dialog) and Excel on Windows with WebView2 to its download prompt. Excel for Mac and iPad (WKWebView)
 * ignore such downloads, so there the pane offers no save and says to use the CLI.
 */
export type FileSaver = (name: string, data: Blob | Uint8Array, type: string) => Promise<void>;

/** Office.context.platform values whose task pane can download a Blob. */
const DOWNLOADING_PLATFORMS = new Set(["OfficeOnline", "PC"]);

/** Whether the host's pane can save a download: Excel on the web and on Windows; unknown (a browser, the harness) too. */
export function canDownload(platform: string | undefined): boolean {
  return platform === undefined || platform === "" || DOWNLOADING_PLATFORMS.has(platform);
}

/** Saves a Blob (or bytes) as a download named `name` in this document. */
export function downloadSaver(doc: Document): FileSaver {
  return async (name, data, type) => {
    const url = URL.createObjectURL(data instanceof Blob ? data : new Blob([data as BlobPart], { type }));
    try {
      const link = doc.createElement("a");
      link.href = url;
      link.download = name;
      link.rel = "noopener";
      link.style.display = "none";
      doc.body.appendChild(link);
      link.click();
      link.remove();
    } finally {
      // The browser has taken the Blob once the click is handled; revoke after the current task.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    }
  };
}
