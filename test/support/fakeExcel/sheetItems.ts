/** A sheet's tables or charts as a collection: `load('items/name')`, then each item's name and `delete()` (ExcelApi 1.2). */
import { ClientObject, type Batch, type LoadOption } from './clientObject';
import { FakeExcelError } from './errors';

export interface SheetItem {
  readonly name: string;
  delete(): void;
}

export class SheetItems<E extends object> extends ClientObject {
  constructor(
    ctx: Batch,
    private readonly list: () => E[],
    private readonly nameOf: (e: E) => string,
  ) {
    super(ctx);
  }

  get items(): SheetItem[] {
    return this.get<SheetItem[]>('items');
  }

  override load(_props?: LoadOption): this {
    return super.load(['items']);
  }

  protected readProp(name: string): unknown {
    if (name !== 'items') throw new FakeExcelError('InvalidArgument', `unknown property ${name}`);
    return this.list().map((entry) => ({
      name: this.nameOf(entry),
      delete: () =>
        this.ctx.queue({ deleteItem: this.nameOf(entry) }, () => {
          const all = this.list();
          if (all.includes(entry)) all.splice(all.indexOf(entry), 1);
        }),
    }));
  }
}
