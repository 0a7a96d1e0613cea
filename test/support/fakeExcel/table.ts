/** `Excel.Table`: its name (unique in the workbook, case-insensitive) and style. */
import { ClientObject, type Batch } from './clientObject';
import { FakeExcelError } from './errors';

export class Table extends ClientObject {
  pendingName: string;
  private data: { name: string } | null = null;
  constructor(ctx: Batch, name: string) {
    super(ctx);
    this.pendingName = name;
  }
  attach(t: { name: string }): void {
    this.data = t;
  }
  set name(v: string) {
    this.ctx.queue({ tableName: v }, () => {
      if (this.ctx.data.sheets.some((x) => x.tables.some((y) => y !== this.data && y.name.toLowerCase() === v.toLowerCase())))
        throw new FakeExcelError('InvalidArgument', `A table named ${v} already exists.`);
      if (this.data) this.data.name = v;
      this.pendingName = v;
    });
  }
  set style(_v: string) {
    this.ctx.queue({ tableStyle: _v }, () => {});
  }
  protected readProp(): unknown {
    return this.data?.name;
  }
}
