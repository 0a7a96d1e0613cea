import ExcelJS from 'exceljs';
import { loadSnapshot } from './openWorkbook';
import { seedPackage } from './seedPackage';

describe('seedPackage', () => {
  test('an empty one-sheet workbook that our reader and exceljs both open, the sheet name escaped', async () => {
    const name = '提出<状況>&"一覧"';
    const bytes = await seedPackage(name);
    const snap = await loadSnapshot(bytes, 'seed.xlsx');
    expect(snap.sheets.map((s) => s.name)).toEqual([name]);
    expect(snap.sheets[0].values.flat().filter((v) => v !== null && v !== undefined)).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([name]);
  });
});
