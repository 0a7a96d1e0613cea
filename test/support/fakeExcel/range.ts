/**
 * `Excel.Range`: values, formulas and number formats as 2-D arrays that must match the range's
 * shape (a text starting with = becomes a formula unless the cell's number format is "@"); its
 * address, size and position; format, conditional formats, data validation, merged areas and cell
 * properties (ExcelApi 1.13 and 1.9), hidden rows and columns (rowHidden / columnHidden, ExcelApi 1.2; row and column
 * properties, 1.9); select and merge. A protected sheet rejects writes, except
 * values written into its unlocked cells (as a person may type there).
 */
import { a1, parseRange } from '../../../src/engine/model/address';
import { CellPropertiesLoad } from './cellProperties';
import { cellAt, quoteSheet, setCellInput, stripSheet, usedAddress, wholeColumns } from './cells';
import { ClientObject, type Batch, type LoadOption } from './clientObject';
import { ConditionalFormat } from './conditionalFormat';
import { FakeExcelError, protectedSheetError } from './errors';
import { RangeAreas } from './rangeAreas';
import { RangeFormat } from './rangeFormat';
import type { RangeTarget } from './rangeTarget';
import type { FakeCell, FakeSheetData, FakeValue } from './workbookData';

/** The cell properties getCellProperties gives (those modelled). */
type CellProps = { format: { protection: { locked: boolean }; font: { strikethrough: boolean } } };

export class Range extends ClientObject implements RangeTarget {
  readonly format: RangeFormat;
  readonly conditionalFormats: { add: (type: string) => ConditionalFormat; clearAll: () => void };
  readonly dataValidation: { clear: () => void; rule: unknown };

  constructor(
    ctx: Batch,
    readonly sheetOf: () => FakeSheetData,
    private readonly addr: string | (() => string | null),
    private readonly nullable = false,
  ) {
    super(ctx);
    if (nullable) super.load('isNullObject');
    this.format = new RangeFormat(ctx, this);
    this.conditionalFormats = {
      add: (type: string) => new ConditionalFormat(ctx, this, type),
      clearAll: () =>
        this.writeAll(
          { clearConditionalFormats: this.addressText },
          (s) => (s.conditionalFormats = s.conditionalFormats.filter((f) => !this.covers(f.address))),
        ),
    };
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the validation object below calls back into this range
    const self = this;
    this.dataValidation = {
      clear: () => self.writeAll({ clearValidation: self.addressText }, (s) => self.cellsPresent(s).forEach((a) => delete cellAt(s, a).validation)),
      set rule(r: unknown) {
        const list = (r as { list?: { source?: string } }).list?.source;
        self.write({ validation: self.addressText, list }, (s, cells) => {
          for (const a of cells) {
            const c = cellAt(s, a);
            if (c.validation) throw new FakeExcelError('InvalidOperation', 'The range already has data validation; clear it first.');
            c.validation = String(list ?? '').split(',');
          }
        });
      },
      get rule() {
        return undefined;
      },
    };
  }

  /** The address (without the sheet), or null for a null object's missing range. */
  resolve(): string | null {
    return typeof this.addr === 'string' ? stripSheet(this.addr) : this.addr();
  }

  get addressText(): string {
    return typeof this.addr === 'string' ? this.addr : '(used range)';
  }

  private bounds(): { top: number; left: number; bottom: number; right: number } {
    const a = this.resolve();
    if (!a) throw new FakeExcelError('ItemNotFound', 'null object');
    const r = parseRange(a.includes(':') ? a : `${a}:${a}`) ?? parseRange(wholeColumns(a));
    if (!r) throw new FakeExcelError('InvalidArgument', `bad address ${a}`);
    return r;
  }

  cellsIn(): string[] {
    const b = this.bounds();
    const out: string[] = [];
    for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) out.push(a1(r, c));
    return out;
  }

  /** The cells of this range that hold something (for changes over a whole sheet, which has 17 billion cells). */
  cellsPresent(s: FakeSheetData): string[] {
    const b = this.bounds();
    return [...s.cells.keys()].filter((a) => {
      const p = parseRange(`${a}:${a}`)!;
      return p.top >= b.top && p.top <= b.bottom && p.left >= b.left && p.left <= b.right;
    });
  }

  /** Queues a change over the whole range (however large) that a protected sheet rejects. */
  writeAll(describe: unknown, run: (s: FakeSheetData) => void): void {
    this.ctx.queue(describe, () => {
      const s = this.sheetOf();
      if (s.protected) throw protectedSheetError(s.name);
      run(s);
    });
  }

  /** Queues a change; a protected sheet rejects it unless `unlockedOnly` (values) and every cell is unlocked. */
  write(describe: unknown, run: (s: FakeSheetData, cells: string[]) => void, unlockedOnly = false): void {
    this.ctx.queue(describe, () => {
      const s = this.sheetOf();
      const cells = this.cellsIn();
      if (s.protected && !(unlockedOnly && cells.every((a) => s.cells.get(a)?.locked === false))) throw protectedSheetError(s.name);
      run(s, cells);
    });
  }

  /** `getCellProperties` (ExcelApi 1.9): only format.protection.locked and format.font.strikethrough are modelled. */
  getCellProperties(_spec: unknown): { value: CellProps[][] } {
    if (!this.ctx.data.isSetSupported('ExcelApi', '1.9')) throw new FakeExcelError('ApiNotFound', 'getCellProperties needs ExcelApi 1.9');
    const result = { loaded: false, props: [] as CellProps[][] };
    const loader = new CellPropertiesLoad(
      this.ctx,
      () => {
        const s = this.sheetOf();
        const b = this.bounds();
        const out: CellProps[][] = [];
        for (let r = b.top; r <= b.bottom; r++) {
          const row: CellProps[] = [];
          for (let c = b.left; c <= b.right; c++) {
            const cell = s.cells.get(a1(r, c));
            row.push({ format: { protection: { locked: cell?.locked !== false }, font: { strikethrough: cell?.font?.strikethrough === true } } });
          }
          out.push(row);
        }
        return out;
      },
      result,
    );
    loader.load('value');
    return {
      get value() {
        if (!result.loaded)
          throw new FakeExcelError(
            'PropertyNotLoaded',
            'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
          );
        return result.props;
      },
    };
  }

  private grid<T>(name: string, v: T[][], apply: (c: FakeCell, x: T) => void, unlockedOnly = false): void {
    const isGrid = Array.isArray(v) && v.every((r) => Array.isArray(r));
    this.write(
      { [name]: this.addressText, v },
      (s) => {
        const b = this.bounds();
        const rows = b.bottom - b.top + 1;
        const cols = b.right - b.left + 1;
        if (!isGrid || v.length !== rows || v.some((r) => r.length !== cols)) {
          throw new FakeExcelError(
            'InvalidArgument',
            `The number of rows or columns in the input array doesn't match the size or dimensions of the range. (${name} ${this.addressText}: ${rows}x${cols})`,
          );
        }
        for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) apply(cellAt(s, a1(b.top + r, b.left + c)), v[r][c]);
      },
      unlockedOnly,
    );
  }

  set values(v: FakeValue[][]) {
    this.grid('values', v, (c, x) => setCellInput(c, x), true);
  }
  get values(): FakeValue[][] {
    return this.get('values');
  }
  set formulas(v: FakeValue[][]) {
    this.grid('formulas', v, (c, x) => setCellInput(c, x), true);
  }
  get formulas(): FakeValue[][] {
    return this.get('formulas');
  }
  set numberFormat(v: string[][]) {
    this.grid('numberFormat', v, (c, x) => {
      c.numberFormat = x === 'General' ? undefined : x;
    });
  }
  get numberFormat(): string[][] {
    return this.get('numberFormat');
  }
  get address(): string {
    return this.get('address');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get isNullObject(): boolean {
    return this.get('isNullObject');
  }

  override load(props?: LoadOption): this {
    super.load(props);
    if (this.nullable) super.load('isNullObject');
    return this;
  }

  protected readProp(name: string): unknown {
    if (name === 'isNullObject') return this.resolve() === null;
    const a = this.resolve();
    if (a === null) return undefined;
    const s = this.sheetOf();
    const b = this.bounds();
    const each = <T>(f: (c: FakeCell | undefined) => T): T[][] => {
      const out: T[][] = [];
      for (let r = b.top; r <= b.bottom; r++) {
        const row: T[] = [];
        for (let c = b.left; c <= b.right; c++) row.push(f(s.cells.get(a1(r, c))));
        out.push(row);
      }
      return out;
    };
    switch (name) {
      case 'address':
        return `${quoteSheet(s.name)}!${a1(b.top, b.left)}${b.bottom === b.top && b.right === b.left ? '' : `:${a1(b.bottom, b.right)}`}`;
      case 'rowCount':
        return b.bottom - b.top + 1;
      case 'columnCount':
        return b.right - b.left + 1;
      case 'rowIndex':
        return b.top - 1;
      case 'columnIndex':
        return b.left - 1;
      case 'values':
        return each((c) => c?.value ?? '');
      case 'formulas':
        return each((c) => c?.formula ?? c?.value ?? '');
      case 'numberFormat':
        return each((c) => c?.numberFormat ?? 'General');
      case 'rowHidden':
        return allSomeNone(b.top, b.bottom, s.hiddenRows);
      case 'columnHidden':
        return allSomeNone(b.left, b.right, s.hiddenColumns);
      default:
        throw new FakeExcelError('InvalidArgument', `unknown property ${name}`);
    }
  }

  get rowHidden(): boolean | null {
    return this.get('rowHidden');
  }
  get columnHidden(): boolean | null {
    return this.get('columnHidden');
  }

  /** `getRowProperties` (ExcelApi 1.9): rowIndex and rowHidden of each row. */
  getRowProperties(_spec: unknown): { value: { rowIndex: number; rowHidden: boolean }[] } {
    return this.lineProperties('getRowProperties', () => {
      const b = this.bounds();
      const hidden = this.sheetOf().hiddenRows;
      return Array.from({ length: b.bottom - b.top + 1 }, (_, i) => ({ rowIndex: b.top + i - 1, rowHidden: hidden.has(b.top + i) }));
    });
  }

  /** `getColumnProperties` (ExcelApi 1.9): columnIndex and columnHidden of each column. */
  getColumnProperties(_spec: unknown): { value: { columnIndex: number; columnHidden: boolean }[] } {
    return this.lineProperties('getColumnProperties', () => {
      const b = this.bounds();
      const hidden = this.sheetOf().hiddenColumns;
      return Array.from({ length: b.right - b.left + 1 }, (_, i) => ({ columnIndex: b.left + i - 1, columnHidden: hidden.has(b.left + i) }));
    });
  }

  private lineProperties<T>(method: string, read: () => T[]): { value: T[] } {
    if (!this.ctx.data.isSetSupported('ExcelApi', '1.9')) throw new FakeExcelError('ApiNotFound', `${method} needs ExcelApi 1.9`);
    const result = { loaded: false, props: [] as unknown[][] };
    new CellPropertiesLoad(this.ctx, () => [read()], result).load('value');
    return {
      get value() {
        if (!result.loaded)
          throw new FakeExcelError('PropertyNotLoaded', 'The value of the result object has not been loaded yet. Call "context.sync()" first.');
        return result.props[0] as T[];
      },
    };
  }

  /** `Range.getUsedRangeOrNullObject` (ExcelApi 1.4): the part of this range inside the sheet's used range; a null object when none is. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    return new Range(
      this.ctx,
      this.sheetOf,
      () => {
        const used = usedAddress(this.sheetOf(), !!valuesOnly);
        if (!used || !this.resolve()) return null;
        const a = this.bounds();
        const b = parseRange(used)!;
        const top = Math.max(a.top, b.top);
        const left = Math.max(a.left, b.left);
        const bottom = Math.min(a.bottom, b.bottom);
        const right = Math.min(a.right, b.right);
        return top <= bottom && left <= right ? `${a1(top, left)}:${a1(bottom, right)}` : null;
      },
      true,
    );
  }

  getMergedAreasOrNullObject(): RangeAreas {
    if (!this.ctx.data.isSetSupported('ExcelApi', '1.13')) throw new FakeExcelError('ApiNotFound', 'getMergedAreasOrNullObject needs ExcelApi 1.13');
    return new RangeAreas(this.ctx, this);
  }

  select(): void {
    this.ctx.queue({ select: this.addressText }, () => {
      const s = this.sheetOf();
      if (s.visibility !== 'Visible') throw new FakeExcelError('InvalidOperation', 'Cannot select a cell on a hidden sheet.');
      this.ctx.data.selected = { sheet: s.name, address: this.resolve()! };
      this.ctx.data.activeSheet = s.name;
    });
  }

  /** Whether this range holds all of `address`. */
  private covers(address: string): boolean {
    const a = this.bounds();
    const b = parseRange(address.includes(':') ? address : `${address}:${address}`);
    return !!b && b.top >= a.top && b.left >= a.left && b.bottom <= a.bottom && b.right <= a.right;
  }

  /** `Range.clear` ("All", "Formats", "Contents"): All also takes the merges and conditional formats inside the range away. */
  clear(applyTo: string = 'All'): void {
    this.writeAll({ clear: this.addressText, applyTo }, (s) => {
      for (const a of this.cellsPresent(s)) {
        const c = s.cells.get(a);
        if (!c) continue;
        if (applyTo === 'Contents') {
          c.value = '';
          delete c.formula;
        } else if (applyTo === 'Formats') {
          delete c.numberFormat;
          delete c.font;
          delete c.fill;
        } else s.cells.delete(a);
      }
      if (applyTo === 'All') {
        s.merges = s.merges.filter((m) => !this.covers(m));
        s.conditionalFormats = s.conditionalFormats.filter((f) => !this.covers(f.address));
      }
    });
  }

  unmerge(): void {
    this.writeAll({ unmerge: this.addressText }, (s) => (s.merges = s.merges.filter((m) => !this.covers(m))));
  }

  merge(): void {
    this.write({ merge: this.addressText }, (s) => s.merges.push(this.resolve()!));
  }
}

/** Range.rowHidden / columnHidden: true when every line from..to is hidden, false when none is, null when some are. */
function allSomeNone(from: number, to: number, hidden: Set<number>): boolean | null {
  let n = 0;
  for (let i = from; i <= to; i++) if (hidden.has(i)) n++;
  return n === 0 ? false : n === to - from + 1 ? true : null;
}
