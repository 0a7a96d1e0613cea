/** `Excel.ConditionalFormat` of the "CellValue" kind: the fill and the value compared to, recorded on the sheet. */
import { ClientObject, type Batch } from './clientObject';
import { FakeExcelError } from './errors';
import type { RangeTarget } from './rangeTarget';

export class ConditionalFormat extends ClientObject {
  readonly cellValue: { format: { fill: { color: string }; font: { color: string } }; rule: unknown };
  constructor(ctx: Batch, range: RangeTarget, type: string) {
    super(ctx);
    if (type !== 'CellValue') throw new FakeExcelError('InvalidArgument', `unsupported conditional format ${type}`);
    const entry = { address: range.resolve() ?? '', equals: '', fill: '' };
    range.write({ conditionalFormat: type }, (s) => s.conditionalFormats.push(entry));
    this.cellValue = {
      format: {
        fill: Object.defineProperty({}, 'color', { set: (v: string) => ctx.queue({ cfFill: v }, () => (entry.fill = v)) }) as { color: string },
        font: Object.defineProperty({}, 'color', { set: (_v: string) => ctx.queue({ cfFont: _v }, () => {}) }) as { color: string },
      },
      set rule(r: unknown) {
        ctx.queue({ cfRule: r }, () => (entry.equals = String((r as { formula1?: string }).formula1 ?? '')));
      },
      get rule() {
        return undefined;
      },
    };
  }
  protected readProp(): unknown {
    return null;
  }
}
