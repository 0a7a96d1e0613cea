/**
 * A fake of the Excel JavaScript API for tests, the benchmark and the end-to-end browser test
 * (where no Excel can run). It behaves like the real API where the add-in depends on it:
 * - properties throw until they were loaded and a `context.sync()` ran;
 * - writes are queued and applied in order at sync; an error stops the batch there (what ran
 *   before it stays applied, as in Excel);
 * - `getItemOrNullObject` / `getUsedRangeOrNullObject` give null objects whose `isNullObject` is
 *   only known after sync;
 * - 2-D arrays must match the range's shape; a protected sheet rejects writes, except values
 *   written into its unlocked cells (as a person may type there); a cell being
 *   edited rejects the whole batch; a text starting with = becomes a formula unless the cell's
 *   number format is "@";
 * - every sync is counted, with the size of its request and response;
 * - the file side (getFileAsync, createWorkbook) and the add-in's settings of the workbook
 *   (Office.context.document.settings: get/set/remove, kept only when saveAsync ran) are in fakeFile.ts.
 */
import { a1, columnLetters, parseA1, parseRange } from '../../../src/engine/model/address';
import { fakeCreateWorkbook, fakeDocument, type CreatedWorkbook } from './fakeFile';

export type FakeValue = string | number | boolean;

export interface FakeCell {
  value: FakeValue;
  formula?: string;
  numberFormat?: string;
  font?: Record<string, unknown>;
  fill?: string;
  validation?: string[];
  /** A cell's lock (Format Cells → Protection); locked unless set false. Only matters on a protected sheet. */
  locked?: boolean;
}

export interface FakeSheetData {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  cells: Map<string, FakeCell>;
  merges: string[];
  tables: { name: string; address: string }[];
  charts: { type: string; source: string; series: { name: string; chartType: string }[]; title: string }[];
  conditionalFormats: { address: string; equals: string; fill: string }[];
  frozenRows: number;
  columnWidths: Map<number, number>;
  pageLayout?: Record<string, unknown>;
}

export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

export interface SyncStat {
  requestBytes: number;
  responseBytes: number;
}

export class FakeWorkbookData {
  sheets: FakeSheetData[] = [];
  syncs: SyncStat[] = [];
  /** Excel on the web's limit on a request or response. */
  maxPayload = 5 * 1024 * 1024;
  /** Simulates a cell in edit mode: the next syncs fail. */
  editing = false;
  /** The highest ExcelApi requirement set this "Excel" supports: 1.<apiMinor>. */
  apiMinor = 17;
  selected: { sheet: string; address: string } | null = null;
  /** Event handlers the add-in registered (onChanged, onAdded, onDeleted). */
  handlers: ((e: unknown) => Promise<void>)[] = [];
  activeSheet: string | null = null;
  /** Workbooks Excel.createWorkbook opened, in order. */
  createdWorkbooks: CreatedWorkbook[] = [];
  /** Files getFileAsync handed out and not yet closed (Office allows two). */
  openFiles = 0;
  /** Files getFileAsync handed out. */
  filesRead = 0;
  /** The CompressedFile requirement set (false: as Excel on iPad, getFileAsync gives no .xlsx). */
  compressedFile = true;
  /** `Office.context.document.settings` as the add-in sees them now (set() changes only these). */
  settings = new Map<string, unknown>();
  /** The settings saved into the workbook (saveAsync): what the add-in sees after the workbook is opened again. */
  savedSettings = new Map<string, unknown>();
  /** Times settings.saveAsync ran. */
  settingsSaves = 0;

  /** The workbook closed and opened again: the settings are what was saved. */
  reopen(): void {
    this.settings = new Map(this.savedSettings);
  }

  addSheet(name: string): FakeSheetData {
    const s: FakeSheetData = {
      name,
      visibility: 'Visible',
      protected: false,
      cells: new Map(),
      merges: [],
      tables: [],
      charts: [],
      conditionalFormats: [],
      frozenRows: 0,
      columnWidths: new Map(),
    };
    this.sheets.push(s);
    return s;
  }

  sheet(name: string): FakeSheetData | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** The value of a cell, "" when empty (as Excel gives it). */
  value(sheet: string, address: string): FakeValue {
    return this.sheet(sheet)?.cells.get(address)?.value ?? '';
  }

  cell(sheet: string, address: string): FakeCell | undefined {
    return this.sheet(sheet)?.cells.get(address);
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  get largestPayload(): number {
    return Math.max(0, ...this.syncs.map((s) => Math.max(s.requestBytes, s.responseBytes)));
  }

  isSetSupported(name: string, version?: string): boolean {
    const [major, minor] = (version ?? '1.1').split('.').map(Number);
    // CompressedFile 1.1: getFileAsync as .xlsx bytes (Excel on Windows, Mac and the web; not on iPad).
    if (name === 'CompressedFile') return this.compressedFile && major === 1 && (minor ?? 0) <= 1;
    return name === 'ExcelApi' && major === 1 && (minor ?? 0) <= this.apiMinor;
  }
}

type Op = { describe: unknown; run: () => void };

// ---------------------------------------------------------------------------------------------

class Context {
  readonly ops: Op[] = [];
  readonly loads: ClientObject[] = [];
  readonly workbook: Workbook;
  readonly application: Application;
  readonly runtime: Runtime;

  constructor(readonly data: FakeWorkbookData) {
    this.workbook = new Workbook(this);
    this.application = new Application(this);
    this.runtime = new Runtime(this);
  }

  queue(describe: unknown, run: () => void): void {
    this.ops.push({ describe, run });
  }

  async sync(): Promise<void> {
    const ops = this.ops.splice(0);
    const loads = this.loads.splice(0);
    const request = JSON.stringify({ ops: ops.map((o) => o.describe), loads: loads.map((l) => l.loadDescription()) });
    const stat: SyncStat = { requestBytes: request.length, responseBytes: 0 };
    this.data.syncs.push(stat);
    if (this.data.editing)
      throw new FakeExcelError(
        'InvalidOperationInCellEditMode',
        'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
      );
    if (stat.requestBytes > this.data.maxPayload)
      throw new FakeExcelError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    // Loads and writes run in the order they were queued; a load sees the writes queued before it.
    const all = [...ops.map((o, i) => ({ i, kind: 'op' as const, o })), ...loads.map((l) => ({ i: l.loadOrder, kind: 'load' as const, l }))].sort(
      (a, b) => a.i - b.i,
    );
    // The response size is known before anything runs: an oversized read fails as a whole.
    const response = loads.reduce((n, l) => n + l.estimate(), 0);
    if (response > this.data.maxPayload) {
      stat.responseBytes = response;
      throw new FakeExcelError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    }
    for (const step of all) {
      if (step.kind === 'op') step.o.run();
      else stat.responseBytes += step.l.materialize();
    }
  }

  order(): number {
    return this.ops.length;
  }
}

abstract class ClientObject {
  private requested = new Set<string>();
  private loaded = new Map<string, unknown>();
  loadOrder = 0;

  constructor(protected readonly ctx: Context) {}

  load(props?: string | string[] | { select?: string }): this {
    const list = typeof props === 'string' ? props.split(',') : Array.isArray(props) ? props : props?.select ? props.select.split(',') : this.defaultProps();
    for (const p of list.map((x) => x.trim()).filter(Boolean)) this.requested.add(p);
    this.loadOrder = this.ctx.order() - 0.5 + 1e-6 * this.ctx.loads.length;
    if (!this.ctx.loads.includes(this)) this.ctx.loads.push(this);
    return this;
  }

  /** Loads properties of a child during its parent's materialisation (`items/name`). */
  loadNow(props: string[]): void {
    for (const p of props) this.requested.add(p.trim());
    this.materialize();
  }

  loadDescription(): unknown {
    return { [this.constructor.name]: [...this.requested] };
  }

  protected defaultProps(): string[] {
    return [];
  }

  /** The size the requested properties would have in a response (read without loading them). */
  estimate(): number {
    let bytes = 0;
    for (const p of this.requested) {
      const [head, ...rest] = p.split('/');
      try {
        const v = this.readProp(head, rest.join('/'));
        bytes += JSON.stringify(v instanceof ClientObject ? null : (v ?? null)).length + head.length + 4;
      } catch {
        // reported by materialize()
      }
    }
    return bytes;
  }

  /** Reads the requested properties from the data; returns the response size. */
  materialize(): number {
    let bytes = 0;
    for (const p of this.requested) {
      const [head, ...rest] = p.split('/');
      const v = this.readProp(head, rest.join('/'));
      this.loaded.set(head, v);
      bytes += JSON.stringify(v instanceof ClientObject ? null : (v ?? null)).length + head.length + 4;
    }
    this.requested.clear();
    return bytes;
  }

  /** The value of a property; for a navigation (`protection/protected`) the child loads the rest. */
  protected abstract readProp(name: string, rest: string): unknown;

  protected get<T>(name: string): T {
    if (!this.loaded.has(name)) {
      throw new FakeExcelError(
        'PropertyNotLoaded',
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(name) as T;
  }

  toJSON(): unknown {
    return Object.fromEntries(this.loaded);
  }
}

class Application extends ClientObject {
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.queue({ suspendCalc: true }, () => {});
  }
  suspendScreenUpdatingUntilNextSync(): void {
    if (!this.ctx.data.isSetSupported('ExcelApi', '1.9')) throw new FakeExcelError('ApiNotFound', 'suspendScreenUpdatingUntilNextSync needs ExcelApi 1.9');
    this.ctx.queue({ suspendScreen: true }, () => {});
  }
  protected readProp(): unknown {
    return null;
  }
}

class Runtime extends ClientObject {
  set enableEvents(v: boolean) {
    this.ctx.queue({ enableEvents: v }, () => {});
  }
  protected readProp(): unknown {
    return true;
  }
}

class Workbook extends ClientObject {
  readonly worksheets: WorksheetCollection;
  constructor(ctx: Context) {
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

class WorksheetCollection extends ClientObject {
  private itemsCache: Worksheet[] | null = null;
  private readonly event = () => ({ add: (h: (e: unknown) => Promise<void>) => (this.ctx.data.handlers.push(h), { remove: () => {} }) });
  readonly onChanged = this.event();
  readonly onAdded = this.event();
  readonly onDeleted = this.event();

  get items(): Worksheet[] {
    return this.get<Worksheet[]>('items');
  }

  protected readProp(name: string, rest: string): unknown {
    if (name !== 'items') throw new FakeExcelError('InvalidArgument', `unknown property ${name}`);
    this.itemsCache = this.ctx.data.sheets.map((s) => new Worksheet(this.ctx, () => s));
    if (rest) for (const w of this.itemsCache) w.loadNow(rest.split(','));
    return this.itemsCache;
  }

  override load(props?: string | string[] | { select?: string }): this {
    // 'items/name,items/visibility' → items with those properties.
    const list = typeof props === 'string' ? props.split(',') : Array.isArray(props) ? props : [];
    const sub = list
      .map((p) => p.trim())
      .filter((p) => p.startsWith('items/'))
      .map((p) => p.slice(6));
    return super.load(sub.length ? [`items/${sub.join(',')}`] : ['items']);
  }

  getItem(name: string): Worksheet {
    return new Worksheet(this.ctx, () => {
      const s = this.ctx.data.sheet(name);
      if (!s) throw new FakeExcelError('ItemNotFound', `The requested resource doesn't exist. (${name})`);
      return s;
    });
  }

  getItemOrNullObject(name: string): Worksheet {
    return new Worksheet(this.ctx, () => this.ctx.data.sheet(name) ?? null, true);
  }

  add(name: string): Worksheet {
    this.ctx.queue({ addSheet: name }, () => {
      if (this.ctx.data.sheet(name)) throw new FakeExcelError('ItemAlreadyExists', `A sheet named ${name} already exists.`);
      if (name.length > 31 || /[\\/?*[\]:]/.test(name)) throw new FakeExcelError('InvalidArgument', `bad sheet name ${name}`);
      this.ctx.data.addSheet(name);
    });
    return new Worksheet(this.ctx, () => this.ctx.data.sheet(name)!);
  }
}

class Worksheet extends ClientObject {
  readonly protection: WorksheetProtection;
  readonly freezePanes: { freezeRows: (n: number) => void };
  readonly tables: { add: (address: string, hasHeaders: boolean) => Table };
  readonly charts: { add: (type: string, source: Range, seriesBy?: string) => Chart };
  readonly pageLayout: Record<string, unknown> & { setPrintTitleRows: (rows: string) => void; setPrintArea: (areas: string) => void };

  constructor(
    ctx: Context,
    private readonly target: () => FakeSheetData | null,
    private readonly nullable = false,
  ) {
    super(ctx);
    // As in Excel, a null object's isNullObject is known after the next sync without a load.
    if (nullable) super.load('isNullObject');
    this.protection = new WorksheetProtection(ctx, () => this.sheet());
    this.freezePanes = { freezeRows: (n) => this.write({ freezeRows: n }, (s) => (s.frozenRows = n)) };
    this.tables = {
      add: (address, hasHeaders) => {
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
    };
    const layout = (k: string) => ({ set: (v: unknown) => this.write({ pageLayout: k, v }, (s) => (s.pageLayout = { ...s.pageLayout, [k]: v })) });
    this.pageLayout = Object.defineProperties(
      {
        setPrintTitleRows: (rows: string) => this.write({ printTitles: rows }, (s) => (s.pageLayout = { ...s.pageLayout, printTitleRows: rows })),
        setPrintArea: (areas: string) => this.write({ printArea: areas }, (s) => (s.pageLayout = { ...s.pageLayout, printArea: areas })),
      },
      { orientation: layout('orientation'), paperSize: layout('paperSize'), zoom: layout('zoom') },
    ) as Worksheet['pageLayout'];
    this.charts = {
      add: (type, source) => {
        const chart = new Chart(ctx);
        this.write({ addChart: type, source: source.addressText }, (s) => {
          s.charts.push({ type, source: source.addressText, series: [], title: '' });
          chart.attach(s.charts[s.charts.length - 1]);
        });
        return chart;
      },
    };
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
      if (s.protected && !allowProtected)
        throw new FakeExcelError('AccessDenied', `The cell or chart you're trying to change is on a protected sheet. (${s.name})`);
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

  override load(props?: string | string[] | { select?: string }): this {
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

class WorksheetProtection extends ClientObject {
  constructor(
    ctx: Context,
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

class Table extends ClientObject {
  pendingName: string;
  private data: { name: string } | null = null;
  constructor(ctx: Context, name: string) {
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

class Chart extends ClientObject {
  private data: FakeSheetData['charts'][number] | null = null;
  readonly title = { set text(_: string) {} } as { text: string };
  readonly series: {
    add: (name: string) => { setValues: (r: Range) => void; setXAxisValues: (r: Range) => void; chartType: string };
    getItemAt: (i: number) => { chartType: string; name: string; setXAxisValues: (r: Range) => void };
  };
  constructor(ctx: Context) {
    super(ctx);
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the series objects below call back into this chart
    const self = this;
    const setSeries = (i: number, patch: { name?: string; chartType?: string }) => {
      if (!self.data) return;
      while (self.data.series.length <= i) self.data.series.push({ name: '', chartType: '' });
      Object.assign(self.data.series[i], patch);
    };
    Object.defineProperty(this.title, 'text', { set: (v: string) => ctx.queue({ chartTitle: v }, () => self.data && (self.data.title = v)) });
    this.series = {
      add: (name) => {
        const entry = { name, chartType: '' };
        ctx.queue({ addSeries: name }, () => self.data?.series.push(entry));
        return {
          setValues: (r: Range) => ctx.queue({ seriesValues: r.addressText }, () => {}),
          setXAxisValues: (r: Range) => ctx.queue({ seriesX: r.addressText }, () => {}),
          set chartType(v: string) {
            ctx.queue({ seriesType: v }, () => (entry.chartType = v));
          },
          get chartType() {
            return entry.chartType;
          },
        };
      },
      getItemAt: (i) => ({
        setXAxisValues: (r: Range) => ctx.queue({ seriesX: r.addressText }, () => {}),
        set name(v: string) {
          ctx.queue({ seriesName: v }, () => setSeries(i, { name: v }));
        },
        get name() {
          return self.data?.series[i]?.name ?? '';
        },
        set chartType(v: string) {
          ctx.queue({ seriesType: v }, () => setSeries(i, { chartType: v }));
        },
        get chartType() {
          return self.data?.series[i]?.chartType ?? '';
        },
      }),
    };
  }
  attach(c: FakeSheetData['charts'][number]): void {
    this.data = c;
  }
  setPosition(_start: string, _end?: string): void {
    this.ctx.queue({ chartPosition: _start }, () => {});
  }
  set name(_v: string) {
    this.ctx.queue({ chartName: _v }, () => {});
  }
  protected readProp(): unknown {
    return null;
  }
}

function stripSheet(address: string): string {
  return address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
}

function usedAddress(s: FakeSheetData, valuesOnly: boolean): string | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (const [addr, c] of s.cells) {
    if (valuesOnly && c.value === '' && !c.formula) continue;
    if (!valuesOnly && c.value === '' && !c.formula && !c.numberFormat && !c.fill && !c.font) continue;
    const p = parseA1(addr)!;
    top = Math.min(top, p.row);
    left = Math.min(left, p.col);
    bottom = Math.max(bottom, p.row);
    right = Math.max(right, p.col);
  }
  return bottom ? `${a1(top, left)}:${a1(bottom, right)}` : null;
}

class Range extends ClientObject {
  readonly format: RangeFormat;
  readonly conditionalFormats: { add: (type: string) => ConditionalFormat };
  readonly dataValidation: { clear: () => void; rule: unknown };

  constructor(
    ctx: Context,
    readonly sheetOf: () => FakeSheetData,
    private readonly addr: string | (() => string | null),
    private readonly nullable = false,
  ) {
    super(ctx);
    if (nullable) super.load('isNullObject');
    this.format = new RangeFormat(ctx, this);
    this.conditionalFormats = {
      add: (type: string) => new ConditionalFormat(ctx, this, type),
    };
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the validation object below calls back into this range
    const self = this;
    this.dataValidation = {
      clear: () => self.write({ clearValidation: self.addressText }, (s, cells) => cells.forEach((a) => delete cellAt(s, a).validation)),
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

  /** Queues a change; a protected sheet rejects it unless `unlockedOnly` (values) and every cell is unlocked. */
  write(describe: unknown, run: (s: FakeSheetData, cells: string[]) => void, unlockedOnly = false): void {
    this.ctx.queue(describe, () => {
      const s = this.sheetOf();
      const cells = this.cellsIn();
      if (s.protected && !(unlockedOnly && cells.every((a) => s.cells.get(a)?.locked === false)))
        throw new FakeExcelError('AccessDenied', `The cell or chart you're trying to change is on a protected sheet. (${s.name})`);
      run(s, cells);
    });
  }

  /** `getCellProperties` (ExcelApi 1.9): only format.protection.locked is modelled. */
  getCellProperties(_spec: unknown): { value: { format: { protection: { locked: boolean } } }[][] } {
    if (!this.ctx.data.isSetSupported('ExcelApi', '1.9')) throw new FakeExcelError('ApiNotFound', 'getCellProperties needs ExcelApi 1.9');
    const result = { loaded: false, props: [] as { format: { protection: { locked: boolean } } }[][] };
    const loader = new CellPropertiesLoad(
      this.ctx,
      () => {
        const s = this.sheetOf();
        const b = this.bounds();
        const out: { format: { protection: { locked: boolean } } }[][] = [];
        for (let r = b.top; r <= b.bottom; r++) {
          const row = [];
          for (let c = b.left; c <= b.right; c++) row.push({ format: { protection: { locked: s.cells.get(a1(r, c))?.locked !== false } } });
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

  override load(props?: string | string[] | { select?: string }): this {
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
      default:
        throw new FakeExcelError('InvalidArgument', `unknown property ${name}`);
    }
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

  merge(): void {
    this.write({ merge: this.addressText }, (s) => s.merges.push(this.resolve()!));
  }
}

function wholeColumns(a: string): string {
  const m = /^([A-Z]+):([A-Z]+)$/.exec(a);
  return m ? `${m[1]}1:${m[2]}1048576` : a;
}

/** The pending result of getCellProperties: filled at sync. */
class CellPropertiesLoad extends ClientObject {
  constructor(
    ctx: Context,
    private readonly read: () => unknown[][],
    private readonly result: { loaded: boolean; props: unknown[][] },
  ) {
    super(ctx);
  }
  protected readProp(): unknown {
    this.result.props = this.read();
    this.result.loaded = true;
    return this.result.props;
  }
}

class RangeAreas extends ClientObject {
  constructor(
    ctx: Context,
    private readonly range: Range,
  ) {
    super(ctx);
  }
  get address(): string {
    return this.get('address');
  }
  get isNullObject(): boolean {
    return this.get('isNullObject');
  }
  override load(props?: string | string[] | { select?: string }): this {
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

class RangeFormat extends ClientObject {
  readonly font: Record<string, unknown>;
  readonly fill: { color: string; clear: () => void };
  readonly protection: { locked: boolean };
  constructor(
    ctx: Context,
    private readonly range: Range,
  ) {
    super(ctx);
    this.protection = Object.defineProperty({} as { locked: boolean }, 'locked', {
      set: (v: boolean) => range.write({ locked: v }, (s, cells) => cells.forEach((a) => (cellAt(s, a).locked = v))),
    });
    const font = (k: string) => ({
      set: (v: unknown) => range.write({ font: k, v }, (s, cells) => cells.forEach((a) => (cellAt(s, a).font = { ...cellAt(s, a).font, [k]: v }))),
    });
    this.font = Object.defineProperties(
      {},
      { bold: font('bold'), color: font('color'), size: font('size'), italic: font('italic'), underline: font('underline') },
    );
    this.fill = Object.defineProperties({} as { color: string; clear: () => void }, {
      color: { set: (v: string) => range.write({ fill: v }, (s, cells) => cells.forEach((a) => (cellAt(s, a).fill = v))) },
      clear: { value: () => range.write({ fillClear: true }, (s, cells) => cells.forEach((a) => delete cellAt(s, a).fill)) },
    });
  }
  set columnWidth(v: number) {
    this.range.write({ columnWidth: v }, (s) => {
      const a = this.range.resolve()!;
      const m = /^([A-Z]+)/.exec(a)!;
      s.columnWidths.set(parseA1(`${m[1]}1`)!.col, v);
    });
  }
  set wrapText(v: boolean) {
    this.range.write({ wrapText: v }, () => {});
  }
  set horizontalAlignment(v: string) {
    this.range.write({ horizontalAlignment: v }, () => {});
  }
  set verticalAlignment(v: string) {
    this.range.write({ verticalAlignment: v }, () => {});
  }
  autofitColumns(): void {
    this.range.write({ autofit: true }, () => {});
  }
  protected readProp(): unknown {
    return null;
  }
}

class ConditionalFormat extends ClientObject {
  readonly cellValue: { format: { fill: { color: string }; font: { color: string } }; rule: unknown };
  constructor(ctx: Context, range: Range, type: string) {
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

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function cellAt(s: FakeSheetData, address: string): FakeCell {
  let c = s.cells.get(address);
  if (!c) {
    c = { value: '' };
    s.cells.set(address, c);
  }
  return c;
}

/** What typing (or writing `values`/`formulas`) does to a cell. */
function setCellInput(c: FakeCell, x: FakeValue | null): void {
  if (x === null || x === undefined) return; // null leaves the cell as it is (Office.js semantics)
  if (typeof x === 'string' && x.startsWith('=') && c.numberFormat !== '@' && x.length > 1) {
    c.formula = x;
    c.value = evaluateFormula(x);
    return;
  }
  delete c.formula;
  if (typeof x === 'string' && x.startsWith("'"))
    c.value = x.slice(1); // a leading ' keeps the rest as text, as typed
  else if (typeof x === 'string' && c.numberFormat !== '@' && /^[+-]?\d+(\.\d+)?$/.test(x.trim())) c.value = Number(x);
  else c.value = x;
}

/** The fake does not calculate; a HYPERLINK shows its friendly name, anything else 0. */
function evaluateFormula(f: string): FakeValue {
  const m = /^=HYPERLINK\(".*?"\s*,\s*"(.*)"\)$/.exec(f);
  return m ? m[1].replace(/""/g, '"') : 0;
}

// ---------------------------------------------------------------------------------------------

export interface FakeHost {
  data: FakeWorkbookData;
  /** `Excel.run` */
  run: <T>(batch: (context: Context) => Promise<T>) => Promise<T>;
  /** `Office.context.requirements.isSetSupported` */
  isSetSupported: (name: string, version?: string) => boolean;
  /** `Office.context.document` (getFileAsync, settings) */
  document: ReturnType<typeof fakeDocument>;
  /** `Excel.createWorkbook` (recorded in data.createdWorkbooks) */
  createWorkbook: (base64?: string) => Promise<void>;
}

export type FakeRequestContext = Context;

export function createFakeExcel(data = new FakeWorkbookData()): FakeHost {
  return {
    data,
    run: async (batch) => {
      const ctx = new Context(data);
      const out = await batch(ctx);
      if (ctx.ops.length || ctx.loads.length) await ctx.sync();
      return out;
    },
    isSetSupported: (name, version) => data.isSetSupported(name, version),
    document: fakeDocument(data),
    createWorkbook: fakeCreateWorkbook(data, (code, message) => new FakeExcelError(code, message)),
  };
}

/** Fills a fake workbook from plain sheets (the engine's snapshot shape). */
export function fakeWorkbookFrom(
  sheets: {
    name: string;
    visibility?: string;
    protected?: boolean;
    values: (FakeValue | null)[][];
    formulas?: (string | null)[][];
    numberFormats?: (string | null)[][];
    merges?: string[];
    unlocked?: string[];
  }[],
): FakeWorkbookData {
  const data = new FakeWorkbookData();
  for (const sh of sheets) {
    const s = data.addSheet(sh.name);
    s.visibility = sh.visibility === 'hidden' ? 'Hidden' : sh.visibility === 'veryHidden' ? 'VeryHidden' : 'Visible';
    s.protected = !!sh.protected;
    s.merges = [...(sh.merges ?? [])];
    sh.values.forEach((row, r) =>
      row?.forEach((v, c) => {
        const f = sh.formulas?.[r]?.[c];
        const nf = sh.numberFormats?.[r]?.[c];
        if ((v === null || v === undefined || v === '') && !f && !nf) return;
        const cell: FakeCell = { value: v ?? '' };
        if (f) cell.formula = f.startsWith('=') ? f : `=${f}`;
        if (nf && nf !== 'General') cell.numberFormat = nf;
        s.cells.set(`${columnLetters(c + 1)}${r + 1}`, cell);
      }),
    );
    for (const a of sh.unlocked ?? []) cellAt(s, a).locked = false;
  }
  return data;
}
