/** `Excel.Workbook`: its worksheets and the selected range (A1 of the first sheet when nothing was selected). */
import { ClientObject, type Batch } from './clientObject';
import { Range } from './range';
import { WorksheetCollection } from './worksheetCollection';

export class Workbook extends ClientObject {
  readonly worksheets: WorksheetCollection;
  constructor(ctx: Batch) {
    super(ctx);
    this.worksheets = new WorksheetCollection(ctx);
  }
  getSelectedRange(): Range {
    const sel = this.ctx.data.selected ?? { sheet: this.ctx.data.sheets[0].name, address: 'A1' };
    return new Range(this.ctx, () => this.ctx.data.sheet(sel.sheet)!, sel.address);
  }
  protected readProp(): unknown {
    return null;
  }
}
