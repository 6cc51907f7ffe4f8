/**
 * The entry point: an `Excel`-shaped namespace (just `run`) and an `Office`-shaped requirements check
 * over one simulated host. The one cast from stand-in objects to the @types/office-js types lives here,
 * so code under test is typed exactly as it is against real Excel.
 */
import { StandinContext } from "./context";
import { createHost, versionAtLeast, type StandinHost, type StandinLimits } from "./host";
import type { WorkbookState } from "./state";

/** What the adapter needs of the `Excel` namespace. */
export interface ExcelRunner {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  run<T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/** What the adapter needs of `Office.context.requirements`. */
export interface RequirementChecker {
  isSetSupported(name: string, minVersion?: string): boolean;
}

export interface StandinExcel {
  Excel: ExcelRunner;
  requirements: RequirementChecker;
  host: StandinHost;
}

export function createStandinExcel(state: WorkbookState, options: { limits?: Partial<StandinLimits>; requirementSets?: Record<string, string> } = {}): StandinExcel {
  const host = createHost(state, {
    requirementSets: options.requirementSets,
    limits: { requestBytes: 5 * 1024 * 1024, responseBytes: Infinity, ...options.limits },
  });
  async function run<T>(a: Excel.RunOptions | ((c: Excel.RequestContext) => Promise<T>), b?: (c: Excel.RequestContext) => Promise<T>): Promise<T> {
    const batch = typeof a === "function" ? a : b;
    const opts = typeof a === "function" ? {} : a;
    if (!batch) throw new TypeError("Excel.run needs a batch function");
    host.stats.runs++;
    host.stats.runOptions.push({ mergeUndoGroup: opts.mergeUndoGroup, delayForCellEdit: opts.delayForCellEdit });
    const context = new StandinContext(host, opts);
    const result = await batch(context as unknown as Excel.RequestContext);
    // Like Excel.run, send whatever the batch queued after its last sync.
    if (context.pendingActions > 0) await context.sync();
    return result;
  }
  const requirements: RequirementChecker = {
    isSetSupported(name, minVersion = "1.1") {
      const have = host.requirementSets[name];
      return have !== undefined && versionAtLeast(have, minVersion);
    },
  };
  return { Excel: { run } as ExcelRunner, requirements, host };
}
