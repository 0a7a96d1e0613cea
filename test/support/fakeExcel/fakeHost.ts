/**
 * The fake's host: `Excel.run`, `Office.context.requirements.isSetSupported`, `Office.context.document`
 * and `Excel.createWorkbook` over one FakeWorkbookData. `run` syncs what the batch left queued, as
 * Excel.run does.
 */
import { fakeCreateWorkbook } from './createWorkbook';
import { fakeDocument } from './document';
import { FakeExcelError } from './errors';
import { Context } from './requestContext';
import { FakeWorkbookData } from './workbookData';

/** The `context` an `Excel.run` batch receives. */
export type FakeRequestContext = Context;

export interface FakeHost {
  data: FakeWorkbookData;
  /** `Excel.run`, with or without its options (`mergeUndoGroup`, ExcelApi 1.20: the run's syncs one entry on Excel's undo stack). */
  run: {
    <T>(batch: (context: Context) => Promise<T>): Promise<T>;
    <T>(options: { mergeUndoGroup?: boolean }, batch: (context: Context) => Promise<T>): Promise<T>;
  };
  /** `Office.context.requirements.isSetSupported` */
  isSetSupported: (name: string, version?: string) => boolean;
  /** `Office.context.document` (getFileAsync, settings) */
  document: ReturnType<typeof fakeDocument>;
  /** `Excel.createWorkbook` (recorded in data.createdWorkbooks) */
  createWorkbook: (base64?: string) => Promise<void>;
}

export function createFakeExcel(data = new FakeWorkbookData()): FakeHost {
  return {
    data,
    run: async <T>(a: { mergeUndoGroup?: boolean } | ((context: Context) => Promise<T>), b?: (context: Context) => Promise<T>): Promise<T> => {
      const batch = typeof a === 'function' ? a : b!;
      // An Excel without ExcelApi 1.20 does not know the option (no undo group).
      const merge = typeof a === 'object' && !!a.mergeUndoGroup && data.isSetSupported('ExcelApi', '1.20');
      if (typeof a === 'object') data.runOptions.push({ ...a });
      const ctx = new Context(data, merge);
      const out = await batch(ctx);
      if (ctx.ops.length || ctx.loads.length) await ctx.sync();
      return out;
    },
    isSetSupported: (name, version) => data.isSetSupported(name, version),
    document: fakeDocument(data),
    createWorkbook: fakeCreateWorkbook(data, (code, message) => new FakeExcelError(code, message)),
  };
}
