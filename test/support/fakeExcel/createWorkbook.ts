import type { FakeWorkbookData } from './workbookData';

/** `Excel.createWorkbook` of the fake (ExcelApi 1.8): takes a base64 .xlsx (or nothing) and records the workbook it "opened". */
export function fakeCreateWorkbook(data: FakeWorkbookData, error: (code: string, message: string) => Error) {
  return async (base64?: string): Promise<void> => {
    if (!data.isSetSupported('ExcelApi', '1.8')) throw error('ApiNotFound', 'Excel.createWorkbook needs ExcelApi 1.8');
    let bytes = new Uint8Array(0);
    if (base64 !== undefined) {
      try {
        bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      } catch {
        throw error('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      }
      if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw error('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
    }
    data.createdWorkbooks.push({ base64: base64 ?? '', bytes });
  };
}
