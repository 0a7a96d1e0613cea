/**
 * `Excel.WorksheetCollection`: the sheets (`items`, with their properties loaded as `items/name`),
 * one by name (missing: ItemNotFound, or a null object), adding one (Excel's rules on sheet names),
 * and the change events the add-in listens to (recorded in data.handlers).
 */
import { ClientObject, type LoadOption } from './clientObject';
import { FakeExcelError } from './errors';
import { Worksheet } from './worksheet';

export class WorksheetCollection extends ClientObject {
  private itemsCache: Worksheet[] | null = null;
  private readonly event = () => ({ add: (h: (e: unknown) => Promise<void>) => (this.ctx.data.handlers.push(h), { remove: () => {} }) });
  readonly onChanged = this.event();
  readonly onAdded = this.event();
  readonly onDeleted = this.event();

  get items(): Worksheet[] {
    return this.get<Worksheet[]>('items');
  }

  protected readProp(name: string, rest: string): unknown {
    if (name !== 'items') throw new FakeExcelError('InvalidArgument', `unknown property ${name}`);
    this.itemsCache = this.ctx.data.sheets.map((s) => new Worksheet(this.ctx, () => s));
    if (rest) for (const w of this.itemsCache) w.loadNow(rest.split(','));
    return this.itemsCache;
  }

  override load(props?: LoadOption): this {
    // 'items/name,items/visibility' → items with those properties.
    const list = typeof props === 'string' ? props.split(',') : Array.isArray(props) ? props : [];
    const sub = list
      .map((p) => p.trim())
      .filter((p) => p.startsWith('items/'))
      .map((p) => p.slice(6));
    return super.load(sub.length ? [`items/${sub.join(',')}`] : ['items']);
  }

  getItem(name: string): Worksheet {
    return new Worksheet(this.ctx, () => {
      const s = this.ctx.data.sheet(name);
      if (!s) throw new FakeExcelError('ItemNotFound', `The requested resource doesn't exist. (${name})`);
      return s;
    });
  }

  getItemOrNullObject(name: string): Worksheet {
    return new Worksheet(this.ctx, () => this.ctx.data.sheet(name) ?? null, true);
  }

  add(name: string): Worksheet {
    this.ctx.queue({ addSheet: name }, () => {
      if (this.ctx.data.sheet(name)) throw new FakeExcelError('ItemAlreadyExists', `A sheet named ${name} already exists.`);
      if (name.length > 31 || /[\\/?*[\]:]/.test(name)) throw new FakeExcelError('InvalidArgument', `bad sheet name ${name}`);
      this.ctx.data.addSheet(name);
    });
    return new Worksheet(this.ctx, () => this.ctx.data.sheet(name)!);
  }
}
