/**
 * Collections (worksheets, tables, charts, names...): `items` exists only after load + sync, and
 * loading "items/name" or "name" loads that property on every item.
 */
import { StandinObject, type Capture, type TypeDef } from "./client-object";
import { officeError, StandinErrorCodes } from "./errors";
import type { StandinContext } from "./context";

export abstract class StandinCollection<E, I extends StandinObject<E>> extends StandinObject<E[]> {
  private loadedItems: I[] | undefined = undefined;

  protected constructor(context: StandinContext, path: string, list: () => E[]) {
    super(context, path, list);
  }

  protected abstract makeItem(entity: E, path: string): I;
  protected abstract itemType(): string;

  protected typeDef(): TypeDef<E[]> {
    return { name: `${this.itemType()}Collection`, props: {} };
  }

  get items(): I[] {
    if (!this.loadedItems) {
      throw officeError(
        StandinErrorCodes.propertyNotLoaded,
        `The property 'items' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
        `${this.itemType()}Collection.items`,
      );
    }
    return this.loadedItems;
  }

  override capture(paths: string[][]): Capture {
    const entities = this.entity();
    const itemPaths = paths.map((p) => (p[0] === "items" ? p.slice(1) : p)).filter((p) => p.length > 0);
    const items = entities.map((e, i) => this.makeItem(e, `${this.path}.items[${i}]`));
    const captures = items.map((item) => item.capture(itemPaths));
    return {
      commit: () => {
        this.loadedItems = items;
        for (const c of captures) c.commit();
      },
      json: { items: captures.map((c) => c.json) },
    };
  }

  getCount(): StandinResult<number> {
    return this.context.result(this.path, "getCount", () => this.entity().length);
  }

  override toJSON(): Record<string, unknown> {
    return { items: (this.loadedItems ?? []).map((i) => i.toJSON()) };
  }
}

/** OfficeExtension.ClientResult: `value` is readable only after the sync that computed it. */
export class StandinResult<T> {
  private known = false;
  private v: T | undefined;

  get value(): T {
    if (!this.known) {
      throw officeError(StandinErrorCodes.valueNotLoaded, "The value of the result object has not been loaded yet. Before reading the value property, call \"context.sync()\" on the associated request context.");
    }
    return this.v as T;
  }

  /** Called by the context when the batch that computed it succeeds. */
  settle(value: T): void {
    this.v = value;
    this.known = true;
  }
}
