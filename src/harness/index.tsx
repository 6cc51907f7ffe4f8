/**
 * The browser harness: the real task pane on the in-memory Excel stand-in, beside a view of the
 * active sheet. `npm run harness` serves it on http://localhost:3001; ?theme=dark shows the dark theme.
 */
import { createRoot } from "react-dom/client";
import { HarnessApp } from "./HarnessApp";
import { loadSample } from "./workbook-loader";

const root = document.getElementById("root")!;
const theme = new URLSearchParams(window.location.search).get("theme") === "dark" ? "dark" : "light";

loadSample().then(
  (initial) => createRoot(root).render(<HarnessApp initial={initial} theme={theme} />),
  (error: Error) => createRoot(root).render(<HarnessApp initial={null} initialError={`${error.message} Pick a workbook instead.`} theme={theme} />),
);
