/** Excel.Application (calculation suspension) and Excel.Functions (worksheet functions without cells). */
import { StandinObject, installProps, type TypeDef } from "../client-object";
import type { StandinContext } from "../context";
import { dateSerial } from "../input";
import type { WorkbookState } from "../state";

export class Application extends StandinObject<WorkbookState> {
  static readonly def: TypeDef<WorkbookState> = {
    name: "Application",
    props: { calculationMode: { get: () => "Automatic", set: () => undefined } },
  };
  constructor(ctx: StandinContext, path: string) {
    super(ctx, path, () => ctx.host.state);
  }
  protected typeDef(): TypeDef<WorkbookState> {
    return Application.def;
  }
  /** Excel skips recalculation for the rest of the current batch; the stand-in counts such syncs. */
  suspendApiCalculationUntilNextSync(): void {
    this.context.enqueue({ path: this.path, method: "suspendApiCalculationUntilNextSync" }, () => void (this.context.calculationSuspended = true));
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.context.enqueue({ path: this.path, method: "suspendScreenUpdatingUntilNextSync" }, () => undefined);
  }
}
installProps(Application, Application.def);

/** Excel.FunctionResult: `value` and `error` after load + sync. */
export class FunctionResult extends StandinObject<{ value: unknown; error: string | null }> {
  static readonly def: TypeDef<{ value: unknown; error: string | null }> = {
    name: "FunctionResult",
    props: { value: { get: (e) => e.value }, error: { get: (e) => e.error } },
  };
  constructor(ctx: StandinContext, path: string, compute: () => { value: unknown; error: string | null }) {
    super(ctx, path, compute);
  }
  protected typeDef(): TypeDef<{ value: unknown; error: string | null }> {
    return FunctionResult.def;
  }
}
installProps(FunctionResult, FunctionResult.def);

export class Functions extends StandinObject<WorkbookState> {
  constructor(ctx: StandinContext, path: string) {
    super(ctx, path, () => ctx.host.state);
  }
  protected typeDef(): TypeDef<WorkbookState> {
    return { name: "Functions", props: {} };
  }
  /** DATE(year, month, day) in the workbook's date system; #NUM! before its epoch, like Excel. */
  date(year: number, month: number, day: number): FunctionResult {
    return new FunctionResult(this.context, `${this.path}.date(${year},${month},${day})`, () => {
      const date1904 = this.context.host.state.date1904;
      const serial = dateSerial(year, month, day, date1904);
      return serial < (date1904 ? 0 : 1) ? { value: null, error: "#NUM!" } : { value: serial, error: null };
    });
  }
}
