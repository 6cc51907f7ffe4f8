/**
 * Mounts the task pane into a page. The App (Fluent UI, the rules engine) is a separate chunk, so the
 * initial download stays small; the page shows a plain loading line until it arrives.
 */
import { lazy, Suspense } from "react";
import { createRoot, type Root } from "react-dom/client";
import type { AppServices } from "./services/app-services";

const App = lazy(() => import(/* webpackChunkName: "app" */ "./app/App"));

export function mountTaskpane(container: HTMLElement, services: AppServices): Root {
  const root = createRoot(container);
  root.render(
    <Suspense fallback={<p role="status" style={{ padding: 16, margin: 0 }}>Loading PMO Rulebook…</p>}>
      <App services={services} />
    </Suspense>,
  );
  return root;
}
