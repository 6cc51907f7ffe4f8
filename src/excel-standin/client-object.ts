/**
 * The proxy-object machinery: queued actions, load/sync, PropertyNotLoaded on unloaded reads,
 * isNullObject filled in by sync, toJSON. Every Excel object of the stand-in derives from StandinObject.
 */
import { officeError, StandinErrorCodes } from "./errors";
import { groupByHead, parseLoadSpec, type LoadSpec } from "./load-spec";
import type { StandinContext } from "./context";

/** What a load captured during a sync: applied to the proxy only if the whole batch succeeds. */
export interface Capture {
  commit: () => void;
  json: unknown;
}

export interface PropDef<E> {
  get: (entity: E, context: StandinContext) => unknown;
  set?: (entity: E, value: unknown, context: StandinContext) => void;
}

export interface TypeDef<E> {
  name: string;
  props: Record<string, PropDef<E>>;
  /** Navigation properties: instance getters that return child proxies. */
  navs?: string[];
}

/** What a parent needs of its child proxies. */
interface ProxyLike {
  capture(paths: string[][]): Capture;
  toJSON(): Record<string, unknown>;
}

/** Names a test runner or `await` may probe on any object; never treated as missing API members. */
const PROBES = new Set(["then", "toJSON", "constructor", "nodeType", "asymmetricMatch", "tagName", "length", "toString", "valueOf", "inspect"]);

function notLoaded(type: string, prop: string): Error {
  return officeError(
    StandinErrorCodes.propertyNotLoaded,
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${type}.${prop}`,
  );
}

export abstract class StandinObject<E = unknown> {
  readonly context: StandinContext;
  protected readonly path: string;
  private readonly loadedProps = new Map<string, unknown>();
  private readonly childCache = new Map<string, ProxyLike>();
  private bound: E | null | undefined = undefined;
  private nullKnown: boolean | undefined = undefined;

  protected constructor(context: StandinContext, path: string, private readonly locate: () => E | null, private readonly nullable = false) {
    this.context = context;
    this.path = path;
    if (nullable) {
      // Like Office, a *OrNullObject call is resolved where it sits in the batch; sync fills isNullObject.
      context.enqueue({ path, op: "instantiate" }, () => {
        this.bound = this.locate();
        const isNull = this.bound === null;
        return { commit: () => (this.nullKnown = isNull), json: { isNull } };
      });
    }
    return new Proxy(this, {
      get(target, prop, receiver) {
        if (typeof prop === "string" && !PROBES.has(prop) && !(prop in target) && /^[a-z]/.test(prop)) {
          throw new Error(`Excel stand-in: ${target.typeDef().name}.${prop} is not implemented`);
        }
        return Reflect.get(target, prop, receiver);
      },
    });
  }

  protected abstract typeDef(): TypeDef<E>;

  /** Whether a bound entity still exists in the document (a deleted sheet's objects are gone). */
  protected isAlive(_entity: E): boolean {
    return true;
  }

  get isNullObject(): boolean {
    if (!this.nullable) return false;
    if (this.nullKnown === undefined) throw notLoaded(this.typeDef().name, "isNullObject");
    return this.nullKnown;
  }

  /** The document entity, resolved on first use during a sync (and kept, so renames are followed). */
  entity(): E {
    if (this.bound === undefined) this.bound = this.locate();
    if (this.bound === null || !this.isAlive(this.bound)) {
      throw officeError(StandinErrorCodes.itemNotFound, `The requested ${this.typeDef().name} doesn't exist.`, this.path);
    }
    return this.bound;
  }

  /** The entity, or null for a null object (loads on null objects read as null). */
  protected entityOrNull(): E | null {
    if (this.bound === undefined) this.bound = this.locate();
    return this.bound === null ? null : this.entity();
  }

  protected child<C extends ProxyLike>(name: string, make: () => C): C {
    let c = this.childCache.get(name) as C | undefined;
    if (!c) {
      c = make();
      this.childCache.set(name, c);
    }
    return c;
  }

  /** Reads a loaded scalar property or throws PropertyNotLoaded, as Office.js does. */
  protected read<T>(prop: string): T {
    if (!this.loadedProps.has(prop)) throw notLoaded(this.typeDef().name, prop);
    return this.loadedProps.get(prop) as T;
  }

  /** Queues a property write; the value is serialized now, as Office.js does when it builds the request. */
  protected write(prop: string, value: unknown): void {
    const def = this.typeDef().props[prop];
    if (!def?.set) throw officeError(StandinErrorCodes.invalidArgument, `The property '${prop}' is read-only.`, `${this.typeDef().name}.${prop}`);
    const json = JSON.stringify(value ?? null);
    this.context.enqueueSerialized(
      `{"path":${JSON.stringify(this.path)},"set":"${prop}","value":${json}}`,
      () => def.set!(this.entity(), JSON.parse(json), this.context),
      `${this.typeDef().name}.${prop}`,
    );
  }

  /** Queues a method call that changes the document. */
  protected call(method: string, args: unknown[], run: () => void): void {
    this.context.enqueue({ path: this.path, method, args }, run, `${this.typeDef().name}.${method}`);
  }

  /** For methods that return an object (getRangeByIndexes, getItemOrNullObject...): checked when the object is first used. */
  protected gate(member: string): void {
    this.context.requireMember(`${this.typeDef().name}.${member}`);
  }

  load(spec?: LoadSpec): this {
    const paths = parseLoadSpec(spec);
    this.context.enqueue({ path: this.path, op: "load", select: paths.map((p) => p.join("/")) }, () => this.capture(paths));
    return this;
  }

  /** Executes a load during sync; nothing is visible on the proxy until commit. */
  capture(paths: string[][]): Capture {
    const def = this.typeDef();
    const entity = this.entityOrNull();
    const groups = paths.length === 0 ? new Map(Object.keys(def.props).map((k) => [k, [] as string[][]])) : groupByHead(paths);
    const scalars: [string, unknown][] = [];
    const children: Capture[] = [];
    const json: Record<string, unknown> = {};
    for (const [head, rest] of groups) {
      if (paths.length > 0 && (def.props[head] || def.navs?.includes(head))) this.context.requireMember(`${def.name}.${head}`);
      if (def.props[head]) {
        const value = entity === null ? null : def.props[head].get(entity, this.context);
        scalars.push([head, value]);
        json[head] = value;
      } else if (def.navs?.includes(head)) {
        if (entity === null) {
          json[head] = null;
          continue;
        }
        const nav = (this as unknown as Record<string, ProxyLike>)[head];
        const c = nav.capture(rest);
        children.push(c);
        json[head] = c.json;
      } else {
        throw officeError(StandinErrorCodes.invalidArgument, `The property '${head}' is not part of ${def.name}.`, `${def.name}.load`);
      }
    }
    return {
      commit: () => {
        for (const [k, v] of scalars) this.loadedProps.set(k, v);
        for (const c of children) c.commit();
      },
      json,
    };
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = Object.fromEntries(this.loadedProps);
    for (const [name, c] of this.childCache) {
      const j = c.toJSON();
      if (Object.keys(j).length > 0) out[name] = j;
    }
    return out;
  }
}

/** Defines getters (throwing when unloaded) and setters (queued) for a type's scalar properties. */
export function installProps<E>(cls: { prototype: object }, def: TypeDef<E>): void {
  for (const [prop, p] of Object.entries(def.props)) {
    Object.defineProperty(cls.prototype, prop, {
      configurable: true,
      get(this: StandinObject<unknown>) {
        return (this as unknown as { read(p: string): unknown }).read(prop);
      },
      set: p.set
        ? function (this: StandinObject<unknown>, value: unknown) {
            (this as unknown as { write(p: string, v: unknown): void }).write(prop, value);
          }
        : undefined,
    });
  }
}
