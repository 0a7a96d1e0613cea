/** `Excel.RangeAreas` of `worksheet.getRanges("B3, E3, F1")` (ExcelApi 1.9): several areas of one sheet; its address; select them at once (ExcelApi 1.18). */
import { parseRange } from '../../../src/engine/model/address';
import { quoteSheet, stripSheet } from './cells';
import { ClientObject, type Batch } from './clientObject';
import { FakeExcelError } from './errors';
import type { FakeSheetData } from './workbookData';

export class RangeList extends ClientObject {
  private readonly areas: string[];

  constructor(
    ctx: Batch,
    private readonly sheetOf: () => FakeSheetData,
    addresses: string,
  ) {
    super(ctx);
    if (!ctx.data.isSetSupported('ExcelApi', '1.9')) throw new FakeExcelError('ApiNotFound', 'getRanges needs ExcelApi 1.9');
    this.areas = addresses.split(',').map((a) => stripSheet(a.trim()).replace(/\$/g, ''));
    if (!this.areas.length || this.areas.some((a) => !parseRange(a))) throw new FakeExcelError('InvalidArgument', `bad address ${addresses}`);
  }

  get address(): string {
    return this.get('address');
  }

  /** Selects every area (the sheet is activated); never on a hidden sheet. */
  select(): void {
    if (!this.ctx.data.isSetSupported('ExcelApi', '1.18')) throw new FakeExcelError('ApiNotFound', 'RangeAreas.select needs ExcelApi 1.18');
    this.ctx.queue({ select: this.areas.join(',') }, () => {
      const s = this.sheetOf();
      if (s.visibility !== 'Visible') throw new FakeExcelError('InvalidOperation', 'Cannot select a cell on a hidden sheet.');
      this.ctx.data.selected = { sheet: s.name, address: this.areas.join(',') };
      this.ctx.data.activeSheet = s.name;
    });
  }

  protected readProp(name: string): unknown {
    if (name === 'address') return this.areas.map((a) => `${quoteSheet(this.sheetOf().name)}!${a}`).join(',');
    throw new FakeExcelError('InvalidArgument', `unknown property ${name}`);
  }
}
