/**
 * The task pane frame of the harness: builds the stand-in Excel over the workbook its parent page
 * holds and mounts the real pane, wired through the same Office adapter as in Excel.
 */
import { createStandinExcel } from "../excel-standin/standin";
import type { ExcelRunner } from "../adapters/office/office-api";
import { officeServices } from "../taskpane/services/office-services";
import { mountTaskpane } from "../taskpane/mount";
import { HOST_PROPERTY, type HostRegistry } from "./host";

/** Wraps Excel.run so the harness repaints its grid view after every batch the pane sends. */
function observed(excel: ExcelRunner, changed: () => void): ExcelRunner {
  const run = async (...args: unknown[]) => {
    try {
      return await (excel.run as (...a: unknown[]) => Promise<unknown>)(...args);
    } finally {
      changed();
    }
  };
  return { run } as ExcelRunner;
}

const root = document.getElementById("root")!;
const key = new URLSearchParams(window.location.search).get("key") ?? "";
const host = (window.parent as unknown as Record<string, HostRegistry | undefined>)[HOST_PROPERTY]?.[key];

if (!host) {
  root.textContent = "This page is the harness's task pane frame: open the harness itself (index.html).";
} else {
  const standin = createStandinExcel(host.state);
  // The stand-in's default host is desktop Excel on Windows: the pane reads as it would there (three syncs).
  const services = officeServices({ excel: observed(standin.Excel, host.changed), requirements: standin.requirements, label: host.label, theme: host.theme, platform: standin.platform });
  // Lets the end-to-end test measure how long the pane takes to become usable once mounted.
  performance.mark("pmo-pane-mount");
  mountTaskpane(root, services);
}
