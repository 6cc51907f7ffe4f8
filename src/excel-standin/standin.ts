/**
 * The entry point: an `Excel`-shaped namespace (just `run`) and an `Office`-shaped requirements check
 * over one simulated host. The one cast from stand-in objects to the @types/office-js types lives here,
 * so code under test is typed exactly as it is against real Excel.
 */
import { StandinContext } from "./context";
import { createHost, versionAtLeast, type StandinHost, type StandinLimits, type StandinQuirks } from "./host";
import { diagnosticsPlatform, WEB_PAYLOAD_LIMIT, type HostProfile } from "./profiles";
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
  /** What Office.context.diagnostics.platform would say ("PC", "Mac", "OfficeOnline"). */
  platform: "PC" | "Mac" | "OfficeOnline";
}

export interface StandinOptions {
  /** A host profile: platform and ExcelApi level, with that platform's limits. */
  profile?: HostProfile;
  limits?: Partial<StandinLimits>;
  /** Without a profile: the requirement sets (default ExcelApi 1.17, on Windows with a 5 MB request limit). */
  requirementSets?: Record<string, string>;
  quirks?: Partial<StandinQuirks>;
}

export function createStandinExcel(state: WorkbookState, options: StandinOptions = {}): StandinExcel {
  const profile = options.profile;
  // Desktop Excel has no payload limit; Excel on the web refuses requests and responses over 5 MB.
  const web = profile?.platform === "web";
  const base: StandinLimits = profile ? { requestBytes: web ? WEB_PAYLOAD_LIMIT : Infinity, responseBytes: web ? WEB_PAYLOAD_LIMIT : Infinity } : { requestBytes: WEB_PAYLOAD_LIMIT, responseBytes: Infinity };
  const host = createHost(state, {
    requirementSets: profile ? { ExcelApi: profile.excelApi } : options.requirementSets,
    platform: profile?.platform,
    quirks: options.quirks as StandinQuirks | undefined,
    limits: { ...base, ...options.limits },
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
  return { Excel: { run } as ExcelRunner, requirements, host, platform: diagnosticsPlatform(host.platform) };
}
