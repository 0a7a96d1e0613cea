/** `Excel.Workbook`: its worksheets, the selected range (A1 of the first sheet when nothing was selected), its notes and comments. */
import { ClientObject, type Batch } from './clientObject';
import { FakeNoteCollection } from './cellNotes';
import { FakeExcelError } from './errors';
import { Range } from './range';
import { WorksheetCollection } from './worksheetCollection';

export class Workbook extends ClientObject {
  readonly worksheets: WorksheetCollection;
  constructor(ctx: Batch) {
    super(ctx);
    this.worksheets = new WorksheetCollection(ctx);
  }
  /** Notes: ExcelApi 1.18 (Microsoft 365); below it Excel has no such API. */
  get notes(): FakeNoteCollection {
    if (this.ctx.data.apiMinor < 18)
      throw new FakeExcelError('ApiNotFound', 'The API you are trying to use could not be found (workbook.notes, ExcelApi 1.18).');
    return new FakeNoteCollection(this.ctx, 'note');
  }
  /** Comments: ExcelApi 1.10, below the add-in's minimum. */
  get comments(): FakeNoteCollection {
    return new FakeNoteCollection(this.ctx, 'comment');
  }
  getSelectedRange(): Range {
    const sel = this.ctx.data.selected ?? { sheet: this.ctx.data.sheets[0].name, address: 'A1' };
    return new Range(this.ctx, () => this.ctx.data.sheet(sel.sheet)!, sel.address);
  }
  protected readProp(): unknown {
    return null;
  }
}
