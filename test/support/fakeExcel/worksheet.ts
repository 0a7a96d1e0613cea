/**
 * `Excel.Worksheet`: name, visibility and protection; its ranges (by address, by indexes, the used
 * range or a null object; several areas at once); tables, charts, frozen rows and page layout; delete (never the last
 * visible sheet) and activate (never a hidden one). A protected sheet rejects every write but its
 * visibility. A null object's `isNullObject` is known after the next sync without a load.
 */
import { a1 } from '../../../src/engine/model/address';
import { usedAddress, stripSheet } from './cells';
import { Chart } from './chart';
import { ClientObject, type Batch, type LoadOption } from './clientObject';
import { FakeExcelError, protectedSheetError } from './errors';
import { Range } from './range';
import { RangeList } from './rangeList';
import { SheetItems } from './sheetItems';
import { Table } from './table';
import type { FakeSheetData } from './workbookData';
import { WorksheetProtection } from './worksheetProtection';

export class Worksheet extends ClientObject {
  readonly protection: WorksheetProtection;
  readonly freezePanes: { freezeRows: (n: number) => void; unfreeze: () => void };
  readonly tables: SheetItems<FakeSheetData['tables'][number]> & { add: (address: string, hasHeaders: boolean) => Table };
  readonly charts: SheetItems<FakeSheetData['charts'][number]> & { add: (type: string, source: Range, seriesBy?: string) => Chart };
  readonly pageLayout: Record<string, unknown> & { setPrintTitleRows: (rows: string) => void; setPrintArea: (areas: string) => void };

  constructor(
    ctx: Batch,
    private readonly target: () => FakeSheetData | null,
    private readonly nullable = false,
  ) {
    super(ctx);
    // As in Excel, a null object's isNullObject is known after the next sync without a load.
    if (nullable) super.load('isNullObject');
    this.protection = new WorksheetProtection(ctx, () => this.sheet());
    this.freezePanes = {
      freezeRows: (n) => this.write({ freezeRows: n }, (s) => (s.frozenRows = n)),
      unfreeze: () => this.write({ unfreeze: true }, (s) => (s.frozenRows = 0)),
    };
    this.tables = Object.assign(
      new SheetItems(
        ctx,
        () => this.sheet().tables,
        (t) => t.name,
      ),
      {
        add: (address: string, hasHeaders: boolean) => {
          const t = new Table(ctx, `Table${this.ctx.data.sheets.reduce((n, x) => n + x.tables.length, 0) + 1}`);
          this.write({ addTable: address, hasHeaders }, (s) => {
            const name = t.pendingName;
            if (this.ctx.data.sheets.some((x) => x.tables.some((y) => y.name.toLowerCase() === name.toLowerCase())))
              throw new FakeExcelError('InvalidArgument', `A table named ${name} already exists.`);
            s.tables.push({ name, address: stripSheet(address) });
            t.attach(s.tables[s.tables.length - 1]);
          });
          return t;
        },
      },
    );
    const layout = (k: string) => ({ set: (v: unknown) => this.write({ pageLayout: k, v }, (s) => (s.pageLayout = { ...s.pageLayout, [k]: v })) });
    this.pageLayout = Object.defineProperties(
      {
        setPrintTitleRows: (rows: string) => this.write({ printTitles: rows }, (s) => (s.pageLayout = { ...s.pageLayout, printTitleRows: rows })),
        setPrintArea: (areas: string) => this.write({ printArea: areas }, (s) => (s.pageLayout = { ...s.pageLayout, printArea: areas })),
      },
      { orientation: layout('orientation'), paperSize: layout('paperSize'), zoom: layout('zoom') },
    ) as Worksheet['pageLayout'];
    this.charts = Object.assign(
      new SheetItems(
        ctx,
        () => this.sheet().charts,
        (c) => c.title,
      ),
      {
        add: (type: string, source: Range) => {
          const chart = new Chart(ctx);
          this.write({ addChart: type, source: source.addressText }, (s) => {
            s.charts.push({ type, source: source.addressText, series: [], title: '' });
            chart.attach(s.charts[s.charts.length - 1]);
          });
          return chart;
        },
      },
    );
  }

  sheet(): FakeSheetData {
    const s = this.target();
    if (!s) throw new FakeExcelError('ItemNotFound', "The requested resource doesn't exist.");
    return s;
  }

  /** Queues a write that a protected sheet rejects. */
  write(describe: unknown, run: (s: FakeSheetData) => void, allowProtected = false): void {
    this.ctx.queue(describe, () => {
      const s = this.sheet();
      if (s.protected && !allowProtected) throw protectedSheetError(s.name);
      run(s);
    });
  }

  get isNullObject(): boolean {
    return this.get<boolean>('isNullObject');
  }
  get name(): string {
    return this.get<string>('name');
  }
  set name(v: string) {
    this.write({ rename: v }, (s) => (s.name = v));
  }
  get visibility(): string {
    return this.get<string>('visibility');
  }
  set visibility(v: string) {
    this.write({ visibility: v }, (s) => (s.visibility = v as FakeSheetData['visibility']), true);
  }

  override load(props?: LoadOption): this {
    super.load(props);
    if (this.nullable) super.load('isNullObject');
    return this;
  }

  protected readProp(name: string, rest: string): unknown {
    const s = this.target();
    if (name === 'isNullObject') return s === null;
    if (!s) {
      if (this.nullable) return undefined;
      throw new FakeExcelError('ItemNotFound', "The requested resource doesn't exist.");
    }
    if (name === 'name') return s.name;
    if (name === 'visibility') return s.visibility;
    if (name === 'protection') {
      this.protection.loadNow(rest ? rest.split(',') : ['protected']);
      return this.protection;
    }
    throw new FakeExcelError('InvalidArgument', `unknown property ${name}`);
  }

  getRange(address?: string): Range {
    return new Range(this.ctx, () => this.sheet(), address ?? 'A1:XFD1048576');
  }

  /** Several areas of this sheet at once ("B3, E3, F1"; ExcelApi 1.9). */
  getRanges(address: string): RangeList {
    return new RangeList(this.ctx, () => this.sheet(), address);
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): Range {
    return new Range(this.ctx, () => this.sheet(), `${a1(row + 1, col + 1)}:${a1(row + rows, col + cols)}`);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    return new Range(
      this.ctx,
      () => this.sheet(),
      () => (this.target() ? usedAddress(this.sheet(), !!valuesOnly) : null),
      true,
    );
  }

  delete(): void {
    this.ctx.queue({ deleteSheet: true }, () => {
      const s = this.sheet();
      if (this.ctx.data.sheets.filter((x) => x.visibility === 'Visible').length <= 1 && s.visibility === 'Visible')
        throw new FakeExcelError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      this.ctx.data.sheets.splice(this.ctx.data.sheets.indexOf(s), 1);
    });
  }

  activate(): void {
    this.ctx.queue({ activate: true }, () => {
      const s = this.sheet();
      if (s.visibility !== 'Visible') throw new FakeExcelError('InvalidOperation', 'Cannot activate a hidden sheet.');
      this.ctx.data.activeSheet = s.name;
    });
  }
}
