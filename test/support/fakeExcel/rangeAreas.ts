/** `Excel.RangeAreas` of `getMergedAreasOrNullObject`: the merged areas inside a range, a null object when there are none. */
import { parseRange } from '../../../src/engine/model/address';
import { quoteSheet } from './cells';
import { ClientObject, type Batch, type LoadOption } from './clientObject';
import { FakeExcelError } from './errors';
import type { RangeTarget } from './rangeTarget';

export class RangeAreas extends ClientObject {
  constructor(
    ctx: Batch,
    private readonly range: RangeTarget,
  ) {
    super(ctx);
  }
  get address(): string {
    return this.get('address');
  }
  get isNullObject(): boolean {
    return this.get('isNullObject');
  }
  override load(props?: LoadOption): this {
    super.load(props);
    super.load('isNullObject');
    return this;
  }
  private inside(): string[] {
    const a = this.range.resolve();
    if (!a) return [];
    const r = parseRange(a.includes(':') ? a : `${a}:${a}`)!;
    return this.range.sheetOf().merges.filter((m) => {
      const x = parseRange(m)!;
      return x.top >= r.top && x.bottom <= r.bottom && x.left >= r.left && x.right <= r.right;
    });
  }
  protected readProp(name: string): unknown {
    const list = this.inside();
    if (name === 'isNullObject') return list.length === 0;
    if (name === 'address') return list.length ? list.map((m) => `${quoteSheet(this.range.sheetOf().name)}!${m}`).join(',') : undefined;
    throw new FakeExcelError('InvalidArgument', `unknown property ${name}`);
  }
}
