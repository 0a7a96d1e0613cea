/**
 * `Excel.NoteCollection` (workbook.notes, ExcelApi 1.18) and `Excel.CommentCollection`
 * (workbook.comments, 1.10), as far as the add-in relies on them: `items` with `content` and
 * `authorName` loaded as `items/content`; `getLocation()` a range whose `address` names the cell;
 * `add(address, text)` — the author is the person signed in to Excel, never the add-in — refused on a
 * protected sheet and on a cell that already holds a note or a comment (a cell has one or the other);
 * `getItem` / `getItemByCell` then `delete()`, ItemNotFound at sync when the cell has none of that kind.
 */
import { ClientObject, type Batch } from './clientObject';
import { FakeExcelError, protectedSheetError } from './errors';
import { Range } from './range';
import type { FakeNote, FakeSheetData } from './workbookData';

/** The name Excel gives as the author of what the add-in adds: the person signed in. */
export const SIGNED_IN_USER = '評価 担当';

type Kind = FakeNote['kind'];

/** "'KPI 実績'!B5" as its sheet's data and cell. */
function locate(ctx: Batch, address: string): { sheet: FakeSheetData; cell: string } {
  const bang = address.lastIndexOf('!');
  const name = address.slice(0, bang).replace(/^'(.*)'$/s, (_, n: string) => n.replace(/''/g, "'"));
  const sheet = ctx.data.sheet(name);
  const cell = address
    .slice(bang + 1)
    .replace(/\$/g, '')
    .toUpperCase();
  if (bang < 0 || !sheet || !/^[A-Z]{1,3}\d+$/.test(cell)) throw new FakeExcelError('InvalidArgument', `bad cell address ${address}`);
  return { sheet, cell };
}

export class FakeNoteItem extends ClientObject {
  constructor(
    ctx: Batch,
    private readonly kind: Kind,
    private readonly at: () => { sheet: FakeSheetData; cell: string },
  ) {
    super(ctx);
  }
  get content(): string {
    return this.get('content');
  }
  get authorName(): string {
    return this.get('authorName');
  }
  getLocation(): Range {
    return new Range(
      this.ctx,
      () => this.at().sheet,
      () => this.at().cell,
    );
  }
  delete(): void {
    this.ctx.queue({ [`delete${this.kind}`]: null }, () => {
      const { sheet, cell } = this.at();
      if (sheet.notes?.get(cell)?.kind !== this.kind) throw new FakeExcelError('ItemNotFound', `The requested resource doesn't exist. (${this.kind} ${cell})`);
      if (sheet.protected) throw protectedSheetError(sheet.name);
      sheet.notes!.delete(cell);
    });
  }
  protected readProp(name: string): unknown {
    const { sheet, cell } = this.at();
    const note = sheet.notes?.get(cell);
    if (!note || note.kind !== this.kind) throw new FakeExcelError('ItemNotFound', `The requested resource doesn't exist. (${this.kind} ${cell})`);
    if (name === 'content') return note.content;
    if (name === 'authorName') return note.author;
    throw new FakeExcelError('InvalidArgument', `unknown property ${name}`);
  }
}

export class FakeNoteCollection extends ClientObject {
  constructor(
    ctx: Batch,
    private readonly kind: Kind,
  ) {
    super(ctx);
  }
  get items(): FakeNoteItem[] {
    return this.get('items');
  }
  protected readProp(name: string, rest: string): unknown {
    if (name !== 'items') throw new FakeExcelError('InvalidArgument', `unknown property ${name}`);
    const items: FakeNoteItem[] = [];
    for (const sheet of this.ctx.data.sheets)
      for (const [cell, note] of sheet.notes ?? [])
        if (note.kind === this.kind) {
          const item = new FakeNoteItem(this.ctx, this.kind, () => ({ sheet, cell }));
          if (rest) item.loadNow(rest.split(','));
          items.push(item);
        }
    return items;
  }
  add(address: string, content: string): FakeNoteItem {
    this.ctx.queue({ [`add${this.kind}`]: address }, () => {
      const { sheet, cell } = locate(this.ctx, address);
      if (sheet.protected) throw protectedSheetError(sheet.name);
      if (sheet.notes?.has(cell)) throw new FakeExcelError('InvalidArgument', `The cell ${cell} already has a note or a comment.`);
      (sheet.notes ??= new Map()).set(cell, { kind: this.kind, content, author: SIGNED_IN_USER });
    });
    return new FakeNoteItem(this.ctx, this.kind, () => locate(this.ctx, address));
  }
  /** NoteCollection.getItem(address) and CommentCollection.getItemByCell(address). */
  getItem(address: string): FakeNoteItem {
    return new FakeNoteItem(this.ctx, this.kind, () => locate(this.ctx, address));
  }
  getItemByCell(address: string): FakeNoteItem {
    return this.getItem(address);
  }
}
