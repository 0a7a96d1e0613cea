/**
 * What every Office.js proxy object shares (OfficeExtension.ClientObject): `load()` asks for
 * properties, which are read at the next `context.sync()`; reading one before throws
 * PropertyNotLoaded. A request's size counts what was asked; a response's, what was read.
 */
import { notLoadedError } from './errors';
import type { FakeWorkbookData } from './workbookData';

/**
 * The batch of the request context an object was made in: the writes queued (run at sync, in
 * order) and the objects whose properties were asked for.
 */
export interface Batch {
  readonly data: FakeWorkbookData;
  readonly loads: ClientObject[];
  queue(describe: unknown, run: () => void): void;
  /** The position of the next write in the batch (a load sees the writes queued before it). */
  order(): number;
}

/** The properties `load()` takes: "a,b", ["a", "b"] or { select: "a,b" }. */
export type LoadOption = string | string[] | { select?: string };

export abstract class ClientObject {
  private requested = new Set<string>();
  private loaded = new Map<string, unknown>();
  loadOrder = 0;

  constructor(protected readonly ctx: Batch) {}

  load(props?: LoadOption): this {
    const list = typeof props === 'string' ? props.split(',') : Array.isArray(props) ? props : props?.select ? props.select.split(',') : this.defaultProps();
    for (const p of list.map((x) => x.trim()).filter(Boolean)) this.requested.add(p);
    this.loadOrder = this.ctx.order() - 0.5 + 1e-6 * this.ctx.loads.length;
    if (!this.ctx.loads.includes(this)) this.ctx.loads.push(this);
    return this;
  }

  /** Loads properties of a child during its parent's materialisation (`items/name`). */
  loadNow(props: string[]): void {
    for (const p of props) this.requested.add(p.trim());
    this.materialize();
  }

  loadDescription(): unknown {
    return { [this.constructor.name]: [...this.requested] };
  }

  protected defaultProps(): string[] {
    return [];
  }

  /** The size the requested properties would have in a response (read without loading them). */
  estimate(): number {
    let bytes = 0;
    for (const p of this.requested) {
      const [head, ...rest] = p.split('/');
      try {
        const v = this.readProp(head, rest.join('/'));
        bytes += JSON.stringify(v instanceof ClientObject ? null : (v ?? null)).length + head.length + 4;
      } catch {
        // reported by materialize()
      }
    }
    return bytes;
  }

  /** Reads the requested properties from the data; returns the response size. */
  materialize(): number {
    let bytes = 0;
    for (const p of this.requested) {
      const [head, ...rest] = p.split('/');
      const v = this.readProp(head, rest.join('/'));
      this.loaded.set(head, v);
      bytes += JSON.stringify(v instanceof ClientObject ? null : (v ?? null)).length + head.length + 4;
    }
    this.requested.clear();
    return bytes;
  }

  /** The value of a property; for a navigation (`protection/protected`) the child loads the rest. */
  protected abstract readProp(name: string, rest: string): unknown;

  protected get<T>(name: string): T {
    if (!this.loaded.has(name)) {
      throw notLoadedError(name);
    }
    return this.loaded.get(name) as T;
  }

  toJSON(): unknown {
    return Object.fromEntries(this.loaded);
  }
}
