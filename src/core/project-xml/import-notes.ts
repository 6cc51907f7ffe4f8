/** What an import tells the person about the tasks and resources it did not turn into rows. */
import type { MspdiResource } from "./mspdi";
import { count, some } from "./notes";

export class ImportNotes {
  private readonly notWorkNames: string[] = [];
  private readonly outside: string[] = [];
  private readonly assignmentsOutside: string[] = [];
  private unnamed = 0;
  private summaries = 0;

  notWork(r: MspdiResource): void {
    this.notWorkNames.push(`${r.name?.trim()} (${r.type === 0 ? "material" : "cost"})`);
  }

  outsideProject(task: string): void {
    this.outside.push(task);
  }

  assignmentOutside(resource: string): void {
    this.assignmentsOutside.push(resource);
  }

  unnamedResource(): void {
    this.unnamed++;
  }

  oneProject(summaries: number): void {
    this.summaries = summaries;
  }

  lines(): string[] {
    const out: string[] = [];
    if (this.summaries) out.push(`Read as one project: the file has ${count(this.summaries, "top-level summary task")}; use --project-level 1 to make each of them a project.`);
    if (this.notWorkNames.length) out.push(`Not read: ${count(this.notWorkNames.length, "material or cost resource")} (${some(this.notWorkNames)}) and their assignments; they have no capacity in FTE.`);
    if (this.outside.length) out.push(`Not read: ${count(this.outside.length, "milestone")} outside any project (${some(this.outside)}).`);
    if (this.assignmentsOutside.length) out.push(`Not read: ${count(this.assignmentsOutside.length, "assignment")} on tasks outside any project (${some(this.assignmentsOutside)}).`);
    if (this.unnamed) out.push(`Not read: ${count(this.unnamed, "assignment")} of resources without a name.`);
    return out;
  }
}
