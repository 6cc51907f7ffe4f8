/**
 * RequestContext and Excel.run: actions queue in order, `sync()` sends them as one request (counted and
 * measured in bytes), applies them in order, stops at the first error (what ran before stays applied,
 * as in Excel), and only then makes loaded values readable.
 */
import type { Capture } from "./client-object";
import { StandinResult } from "./collection";
import { officeError, StandinErrorCodes, type StandinOfficeError } from "./errors";
import { utf8Length, versionAtLeast, type StandinHost } from "./host";
import { API_SETS } from "./api-sets";
import { NO_UNDO } from "./profiles";
import { Workbook } from "./objects/workbook";
import type { Application } from "./objects/application";

interface Action {
  json: string;
  run: () => Capture | void;
  /** The API member the action runs ("Worksheet.delete", "Range.values"), for requirement sets, undo and faults. */
  member?: string;
}

export class StandinContext {
  readonly host: StandinHost;
  readonly workbook: Workbook;
  private queue: Action[] = [];
  /** Set by application.suspendApiCalculationUntilNextSync() for the current sync only. */
  calculationSuspended = false;

  /** The options of the Excel.run this context belongs to. */
  readonly runOptions: { delayForCellEdit?: boolean; mergeUndoGroup?: boolean };

  constructor(host: StandinHost, runOptions: { delayForCellEdit?: boolean; mergeUndoGroup?: boolean } = {}) {
    this.host = host;
    this.runOptions = runOptions;
    this.workbook = new Workbook(this);
  }

  get application(): Application {
    return this.workbook.application;
  }

  /** Whether the simulated host supports a requirement set at a version. */
  supports(set: string, version: string): boolean {
    const have = this.host.requirementSets[set];
    return have !== undefined && versionAtLeast(have, version);
  }

  get pendingActions(): number {
    return this.queue.length;
  }

  enqueue(payload: object, run: () => Capture | void, member?: string): void {
    this.enqueueSerialized(JSON.stringify(payload), run, member);
  }

  enqueueSerialized(json: string, run: () => Capture | void, member?: string): void {
    this.queue.push({ json, run, member });
  }

  /** Whether this run groups its actions into one undo step (mergeUndoGroup, honoured from ExcelApi 1.20). */
  get undoGrouped(): boolean {
    return Boolean(this.runOptions.mergeUndoGroup) && this.supports("ExcelApi", "1.20");
  }

  /** ApiNotFound for a member newer than the host's ExcelApi level, as Excel answers at sync. */
  requireMember(member: string): void {
    const needed = API_SETS[member];
    if (needed && !this.supports("ExcelApi", needed)) {
      throw officeError(StandinErrorCodes.apiNotFound, `${member} needs ExcelApi ${needed}, which this host does not support.`, member);
    }
  }

  /** Runs before each action of a member: requirement set, injected faults, undo support. */
  private beforeMember(member: string): void {
    const { host } = this;
    this.requireMember(member);
    const n = (host.stats.members.get(member) ?? 0) + 1;
    host.stats.members.set(member, n);
    for (const f of host.faults.failOperations ?? []) {
      const from = f.nth ?? 1;
      if (f.member === member && n >= from && n < from + (f.times ?? 1)) {
        throw officeError(f.code, `Injected ${f.code} at ${member} (call ${n}).`, member);
      }
    }
    if (NO_UNDO[host.platform].has(member)) {
      if (this.undoGrouped) {
        throw officeError(StandinErrorCodes.undoNotSupported, `${member} does not support undo, so it cannot be part of an undo group.`, member);
      }
      if (host.stats.undoClears.at(-1) !== host.stats.syncs) host.stats.undoClears.push(host.stats.syncs);
    }
  }

  /** Queues a computation whose result is readable after sync (OfficeExtension.ClientResult). */
  result<T>(path: string, method: string, compute: () => T, args: unknown[] = []): StandinResult<T> {
    const result = new StandinResult<T>();
    this.enqueue({ path, method, args }, () => {
      const value = compute();
      return { commit: () => result.settle(value), json: value };
    });
    return result;
  }

  async sync(): Promise<void> {
    // A real sync is a round trip to another process: it completes in a later task, never in this
    // one, so the page paints and handles input between syncs as it does in Excel.
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    const { host } = this;
    const actions = this.queue;
    this.queue = [];
    host.stats.syncs++;
    const requestBytes = 2 + Math.max(0, actions.length - 1) + actions.reduce((n, a) => n + utf8Length(a.json), 0);
    const record = { requestBytes, responseBytes: 0, actions: actions.length, ok: false, errorCode: undefined as string | undefined };
    host.stats.records.push(record);
    try {
      if (host.faults.cellEditFrom?.sync === host.stats.syncs) {
        host.faults.cellEditSyncs = host.faults.cellEditFrom.count;
        host.faults.cellEditFrom = undefined;
      }
      if (host.faults.cellEditSyncs > 0 && this.runOptions.delayForCellEdit && this.supports("ExcelApi", "1.11")) {
        // Excel holds the batch until the user leaves the cell, then runs it.
        host.faults.cellEditSyncs = 0;
        host.stats.cellEditDelays++;
      }
      if (host.faults.cellEditSyncs > 0) {
        host.faults.cellEditSyncs--;
        throw officeError(StandinErrorCodes.invalidOperationInCellEditMode, "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.");
      }
      const injected = host.faults.failSyncs?.find((f) => f.sync === host.stats.syncs);
      if (injected) throw officeError(injected.code, `Injected ${injected.code} at sync ${host.stats.syncs}.`);
      if (this.undoGrouped && this.runOptions.delayForCellEdit && host.platform === "web") {
        // Reported for Excel on the web: a run asking for both options fails.
        throw officeError(StandinErrorCodes.generalException, "There was an internal error while processing the request (delayForCellEdit with mergeUndoGroup).");
      }
      if (requestBytes > host.limits.requestBytes) {
        throw officeError(StandinErrorCodes.requestPayloadSizeLimitExceeded, `The request payload size has exceeded the limit (${requestBytes} bytes).`);
      }
      const captures = this.execute(actions);
      const responseBytes = utf8Length(JSON.stringify(captures.map((c) => c.json)));
      record.responseBytes = responseBytes;
      if (responseBytes > host.limits.responseBytes) {
        throw officeError(StandinErrorCodes.responsePayloadSizeLimitExceeded, `The response payload size has exceeded the limit (${responseBytes} bytes).`);
      }
      for (const c of captures) c.commit();
      if (this.calculationSuspended) host.stats.calculationSuspendedSyncs++;
      record.ok = true;
    } catch (error) {
      record.errorCode = (error as StandinOfficeError).code ?? "GeneralException";
      throw error;
    } finally {
      this.calculationSuspended = false;
    }
  }

  private execute(actions: Action[]): Capture[] {
    const captures: Capture[] = [];
    const planned = this.host.faults.failAction;
    const fail = planned && (planned.sync === undefined || planned.sync === this.host.stats.syncs) ? planned : undefined;
    if (fail) this.host.faults.failAction = undefined;
    actions.forEach((action, i) => {
      if (fail && fail.index === i + 1) throw officeError(fail.code, `Injected failure at action ${i + 1}.`);
      if (action.member) this.beforeMember(action.member);
      const c = action.run();
      if (c) captures.push(c);
    });
    return captures;
  }
}
