import { describe, expect, it, vi } from "vitest";
import { runInWorker, serveJob, type JobReply, type JobRequest, type JobScope, type TransferProgress } from "../../src/taskpane/services/worker-job";

/** A worker whose script is `serveJob(scope, work)`, its messages structured-cloned as a browser does, a task apart. */
class FakeWorker {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  terminated = false;
  sent = 0;
  private readonly scope: JobScope<string> = { onmessage: null, postMessage: (reply) => this.deliver(() => this.onmessage?.({ data: structuredClone(reply) })) };

  constructor(work?: (job: unknown, progress: (p: string) => void) => unknown) {
    if (work) serveJob(this.scope, work);
  }

  postMessage(request: JobRequest) {
    this.sent++;
    this.deliver(() => (this.scope.onmessage as ((event: { data: JobRequest }) => void) | null)?.({ data: structuredClone(request) }));
  }

  terminate() {
    this.terminated = true;
  }

  private deliver(send: () => void) {
    setTimeout(() => !this.terminated && send(), 0);
  }
}

const rows = Array.from({ length: 30_000 }, (_, i) => ({ id: `P-${i}`, budget: i * 10 }));

describe("a job in a worker", () => {
  it("goes in pieces, tells its progress, and comes back whole", async () => {
    const worker = new FakeWorker((job, progress) => {
      progress("halfway");
      return { total: (job as { rows: typeof rows }).rows.length, rows: (job as { rows: typeof rows }).rows.map((r) => ({ ...r, budget: r.budget * 2 })) };
    });
    const told: (string | TransferProgress)[] = [];
    const result = await runInWorker<{ rows: typeof rows }, { total: number; rows: typeof rows }, string>({
      start: () => worker as unknown as Worker,
      job: { rows },
      inline: () => Promise.reject(new Error("not inline")),
      onProgress: (p) => told.push(p),
      what: "test",
      instead: "working here instead",
    });
    expect(result.total).toBe(30_000);
    expect(result.rows[29_999]).toEqual({ id: "P-29999", budget: 599_980 });
    // 30,000 rows of three values each: several messages, never one large one.
    expect(worker.sent).toBeGreaterThan(3);
    expect(told).toContainEqual({ phase: "sending", parts: 1 });
    expect(told).toContain("halfway");
    expect(told).toContainEqual({ phase: "receiving", parts: 1 });
    expect(worker.terminated).toBe(true);
  });

  it("fails with the work's own message", async () => {
    const worker = new FakeWorker(() => {
      throw new Error("Sheet Projects has no Project ID column.");
    });
    const run = runInWorker({ start: () => worker as unknown as Worker, job: {}, inline: async () => "inline", what: "test", instead: "" });
    await expect(run).rejects.toThrow("Sheet Projects has no Project ID column.");
  });

  it("runs on this thread, with a warning, when the worker's script does not load", async () => {
    const worker = new FakeWorker();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const run = runInWorker({ start: () => worker as unknown as Worker, job: {}, inline: async () => "inline", what: "test", instead: "working here instead" });
    worker.onerror?.({ message: "", preventDefault: () => undefined });
    expect(await run).toBe("inline");
    expect(warn).toHaveBeenCalledWith("PMO Rulebook: the test worker failed (it did not load); working here instead.");
    warn.mockRestore();
  });

  it("runs on this thread where a worker cannot start", async () => {
    const run = runInWorker({
      start: () => {
        throw new Error("SecurityError");
      },
      job: {},
      inline: async () => "inline",
      what: "test",
      instead: "",
    });
    expect(await run).toBe("inline");
  });
});

describe("the worker side", () => {
  it("forgets a job's pieces once it has answered, so a second job starts clean", async () => {
    const replies: JobReply<never>[] = [];
    const scope: JobScope<never> = { onmessage: null, postMessage: (r) => replies.push(r) };
    serveJob<{ n: number }, number>(scope, (job) => job.n * 2);
    const send = (data: JobRequest) => (scope.onmessage as (e: { data: JobRequest }) => Promise<void>)({ data });
    await send({ kind: "run", skeleton: { n: 2 } });
    await send({ kind: "run", skeleton: { n: 5 } });
    expect(replies).toEqual([
      { kind: "done", skeleton: 4 },
      { kind: "done", skeleton: 10 },
    ]);
  });
});
