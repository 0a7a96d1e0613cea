/** `Excel.WorksheetProtection`: whether the sheet is protected, and protecting it (an already protected sheet refuses). */
import { ClientObject, type Batch } from './clientObject';
import { FakeExcelError } from './errors';
import type { FakeSheetData } from './workbookData';

export class WorksheetProtection extends ClientObject {
  constructor(
    ctx: Batch,
    private readonly sheet: () => FakeSheetData,
  ) {
    super(ctx);
  }
  protect(_options?: unknown): void {
    this.ctx.queue({ protect: true }, () => {
      const s = this.sheet();
      if (s.protected) throw new FakeExcelError('InvalidOperation', 'The sheet is already protected.');
      s.protected = true;
    });
  }
  get protected(): boolean {
    return this.get<boolean>('protected');
  }
  protected readProp(name: string): unknown {
    if (name === 'protected') return this.sheet().protected;
    throw new FakeExcelError('InvalidArgument', `unknown property ${name}`);
  }
}
