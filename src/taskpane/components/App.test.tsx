/**
 * @jest-environment jsdom
 */
import { webcrypto } from 'node:crypto';
import { TextDecoder as TextDecoderNode, TextEncoder as TextEncoderNode } from 'node:util';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { buildWorkbook } from '../../adapters/xlsx/applyPlan';
import { workbookSnapshot } from '../../adapters/xlsx/readSnapshot';
import { createExcelHost, type ExcelRun } from '../../adapters/officejs/host';
import { createFakeExcel, fakeWorkbookFrom } from '../../../test/support/fakeExcel';
import { demoWorkbookSpecs } from '../../../test/support/samples/demoWorkbook';
import { App } from './App';
import { checkSubmission } from '../../adapters/xlsx/submission';
import { fileBytes } from './shared';
import type { SubmissionReader } from '../submissionReader';
import { reviewTestSubmissions } from '../../../test/support/samples/submissions';
import { checkWorkbook, planRoll, templateSheetSpecs, TEMPLATE_SHEETS } from '../../engine';
import { UNDO_SHEET } from '../../adapters/officejs/undoRecord';
import { encodeShiftJis } from '../../../test/helpers/shiftJis';

// jsdom has no TextDecoder (browsers and web workers do).
(globalThis as unknown as { TextDecoder: unknown }).TextDecoder ??= TextDecoderNode;
(globalThis as unknown as { TextEncoder: unknown }).TextEncoder ??= TextEncoderNode;
// Web Crypto signs the undo record, as in Office's webviews; jsdom has no crypto.subtle.
if (!globalThis.crypto?.subtle) Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });

// jsdom has no ResizeObserver (Fluent's tab indicator uses one).
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

/** The review's reader, in this thread (the pane uses a web worker). */
const inThreadReader: SubmissionReader = {
  read: async (file, o) => checkSubmission(await fileBytes(file), o.display, { period: o.period }),
  cancel: () => {},
};

function setup(locale: 'ja' | 'en' = 'ja', data = fakeWorkbookFrom(workbookSnapshot(buildWorkbook(demoWorkbookSpecs())).sheets)) {
  const fake = createFakeExcel(data);
  const host = createExcelHost({
    run: fake.run as unknown as ExcelRun,
    isSetSupported: fake.isSetSupported,
    changeTracking: true,
    newWorkbook: { document: fake.document, createWorkbook: fake.createWorkbook },
  });
  render(<App host={host} reader={inThreadReader} locale={locale} dark={false} />);
  return fake;
}

test('Check shows the period, the counts and the findings by sheet; a finding selects its cell', async () => {
  const fake = setup();
  fireEvent.click(screen.getByRole('button', { name: 'ブックを確認する' }));
  await screen.findByTestId('period');
  expect(screen.getByTestId('period').textContent).toMatch(/年度/);
  const groups = await screen.findAllByTestId('finding-group');
  expect(groups.length).toBeGreaterThan(0);
  const link = screen.getAllByTitle('セルへ移動')[0];
  fireEvent.click(link);
  await waitFor(() => expect(fake.data.selected?.address).toBe(link.textContent));
});

test('the severity filter hides the other findings', async () => {
  setup();
  fireEvent.click(screen.getByRole('button', { name: 'ブックを確認する' }));
  await screen.findAllByTestId('finding-group');
  const all = document.querySelectorAll('li[data-severity]').length;
  fireEvent.change(screen.getByRole('combobox', { name: '表示する指摘' }), { target: { value: 'error' } });
  const errors = document.querySelectorAll('li[data-severity]');
  expect(Array.from(errors).every((e) => e.getAttribute('data-severity') === 'error')).toBe(true);
  expect(errors.length).toBeLessThan(all);
});

test('Grade lists what it changed; Undo takes it back', async () => {
  const fake = setup();
  fireEvent.click(screen.getByRole('tab', { name: '評価を記入' }));
  fireEvent.click(screen.getByRole('button', { name: '評価を記入する' }));
  const list = await screen.findByTestId('changes');
  expect(list.querySelectorAll('li').length).toBeGreaterThan(0);
  expect(fake.data.sheet('評価サマリー')).toBeDefined();
  fireEvent.click(screen.getByRole('tab', { name: '元に戻す' }));
  const undo = await screen.findByRole('button', { name: '直前の記入を元に戻す' });
  await waitFor(() => expect((undo as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(undo);
  await screen.findByText(/元に戻しました/);
  expect(fake.data.sheet('評価サマリー')).toBeUndefined();
});

test('Settings refuses bounds that do not decrease, then saves valid ones', async () => {
  const fake = setup();
  fireEvent.click(screen.getByRole('tab', { name: '設定' }));
  const a = await screen.findByLabelText(/A の下限/);
  const b = screen.getByLabelText(/B の下限/);
  fireEvent.change(b, { target: { value: '120' } });
  fireEvent.click(screen.getByRole('button', { name: '評価設定に保存' }));
  await screen.findByText(/下限は上の評価ほど大きく/);
  const reread = () => createExcelHost({ run: fake.run as unknown as ExcelRun, isSetSupported: fake.isSetSupported, changeTracking: false }).readSettings();
  expect((await reread()).rules.scale[1].min).toBe(0.8);
  fireEvent.change(a, { target: { value: '100' } });
  fireEvent.change(b, { target: { value: '75' } });
  fireEvent.click(screen.getByRole('button', { name: '評価設定に保存' }));
  await screen.findByText('保存しました。');
  expect((await reread()).rules.scale[1].min).toBe(0.75);
});

test('English labels when Office is in English', () => {
  setup('en');
  expect(screen.getByRole('button', { name: 'Check workbook' })).toBeTruthy();
});

test('一括チェック: chosen files are read one by one, the four sheets are written, an unreadable file is listed', async () => {
  const fake = setup();
  fireEvent.click(screen.getByRole('tab', { name: '一括チェック' }));
  const files: File[] = [];
  for (const s of reviewTestSubmissions().slice(0, 3)) {
    const bytes = (await buildWorkbook(s.specs).xlsx.writeBuffer()) as ArrayBuffer;
    files.push(new File([bytes], s.path.split('/').pop()!));
  }
  files.push(new File(['指標,実績\n'], '壊れた.xlsx'));
  files.push(new File(['lock'], '~$ロック.xlsx'));
  fireEvent.change(screen.getByTestId('review-files'), { target: { files } });
  expect(screen.getByText('4 件のファイル')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: '一括チェックを始める' }));
  await screen.findByTestId('review-done', {}, { timeout: 15000 });
  expect(screen.getByTestId('review-done').textContent).toContain('読み込んだブック 3 件、読み込めなかったブック 1 件');
  const names = fake.data.sheets.map((s) => s.name);
  for (const n of ['提出状況一覧', '指摘事項', '評価一覧', '集計']) expect(names).toContain(n);
  expect(fake.data.value('提出状況一覧', 'A5')).toBe('読込不可');
  expect(fake.data.value('提出状況一覧', 'C5')).toBe('壊れた.xlsx');
});

test('一括チェック: a file shown 確認済 while reading was 要確認 in the written sheet: once done, each file shows the status of its rows in 提出状況一覧', async () => {
  const fake = setup();
  fireEvent.click(screen.getByRole('tab', { name: '一括チェック' }));
  const subs = reviewTestSubmissions().slice(0, 3); // 商工部 and 福祉部 report 令和5年度, 建設部 令和4年度
  const files: File[] = [];
  for (const s of subs) files.push(new File([(await buildWorkbook(s.specs).xlsx.writeBuffer()) as ArrayBuffer], s.path.split('/').pop()!));
  fireEvent.change(screen.getByTestId('review-files'), { target: { files } });
  fireEvent.click(screen.getByRole('button', { name: '一括チェックを始める' }));
  await screen.findByTestId('review-done', {}, { timeout: 15000 });
  // The sheet's rows: status in A, file in C, from row 5.
  const sheet = new Map<string, string[]>();
  for (let r = 5; fake.data.value('提出状況一覧', `C${r}`); r++) {
    const file = String(fake.data.value('提出状況一覧', `C${r}`));
    sheet.set(file, [...(sheet.get(file) ?? []), String(fake.data.value('提出状況一覧', `A${r}`))]);
  }
  const order = ['差戻し', '読込不可', '未提出', '要確認', '確認済'];
  const items = Array.from(screen.getByTestId('review-file-list').querySelectorAll('li'));
  for (const f of files) {
    const li = items.find((x) => x.textContent!.includes(f.name))!;
    const worst = sheet.get(f.name)!.sort((a, b) => order.indexOf(a) - order.indexOf(b))[0];
    expect([f.name, li.textContent!.replace(f.name, '')]).toEqual([f.name, worst]);
  }
  // Last year's workbook: 確認済 on its own, 要確認 once compared with the others.
  expect(sheet.get('建設部_施策評価.xlsx')).toContain('要確認');
});

test('次の期間へ rolls the open workbook: every change listed and made in the workbook, undone by Undo', async () => {
  const snapshot = workbookSnapshot(buildWorkbook(demoWorkbookSpecs()));
  const expected = planRoll(snapshot, checkWorkbook(snapshot, { file: 'このブック' }), checkWorkbook(snapshot, {}).report.period!.fiscalYear + 1);
  expect(expected.changes.length).toBeGreaterThan(0);
  const fake = setup();
  const before = expected.changes.map((c) => fake.data.value(c.sheet, c.cell));
  fireEvent.click(screen.getByRole('tab', { name: '年次・月次' }));
  fireEvent.click(screen.getByRole('button', { name: '次の期間のブックにする' }));
  // The second choice of the confirmation: change the open workbook.
  fireEvent.click(await screen.findByRole('button', { name: 'このブックを変更する' }));
  await screen.findByTestId('roll-done');
  expect(screen.getByTestId('roll-done').textContent).toContain(`${expected.from.label} から ${expected.to.label}`);
  expect(screen.getByTestId('roll-changes').querySelectorAll('li')).toHaveLength(expected.changes.length);
  // Excel gives an emptied cell as "".
  for (const c of expected.changes) expect([c.cell, fake.data.value(c.sheet, c.cell)]).toEqual([c.cell, c.after ?? '']);
  fireEvent.click(screen.getByRole('tab', { name: '元に戻す' }));
  const undo = await screen.findByRole('button', { name: '直前の記入を元に戻す' });
  await waitFor(() => expect((undo as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(undo);
  await screen.findByText(/元に戻しました/);
  expect(expected.changes.map((c) => fake.data.value(c.sheet, c.cell))).toEqual(before);
});

test("ひな形: the template's sheets added to a blank workbook, protected with their input cells open; Grade then fills its grade cells", async () => {
  const blank = fakeWorkbookFrom([{ name: 'Sheet1', values: [] }]);
  const fake = setup('ja', blank);
  fireEvent.click(screen.getByRole('tab', { name: '年次・月次' }));
  fireEvent.click(screen.getByRole('tab', { name: 'ひな形' }));
  fireEvent.change(screen.getByTestId('template-year'), { target: { value: '2023' } });
  fireEvent.click(screen.getByRole('checkbox', { name: /サンプルデータ/ }));
  fireEvent.click(screen.getByRole('button', { name: 'ひな形を作成する' }));
  await screen.findByTestId('template-done');
  expect(screen.getByTestId('template-done').textContent).toContain('令和5年度');
  const specs = templateSheetSpecs({ fiscalYear: 2023, planStart: 2021, planEnd: 2025, sample: true });
  expect(fake.data.sheets.map((s) => s.name)).toEqual(['Sheet1', ...specs.map((s) => s.name), UNDO_SHEET]);
  const policy = fake.data.sheet(TEMPLATE_SHEETS.policy)!;
  expect(policy.protected).toBe(true);
  // Every input cell of the spec is unlocked, every header locked; values as the spec has them.
  specs[0].rows.forEach((row, r) =>
    row.forEach((pc, c) => {
      const cell = fake.data.cell(policy.name, `${String.fromCharCode(65 + c)}${r + 1}`);
      if (c > 25) return;
      if (pc?.style === 'input' || pc?.unlocked) expect([r, c, cell?.locked]).toEqual([r, c, false]);
      else if (pc?.style === 'header') expect([r, c, cell?.locked]).toEqual([r, c, undefined]);
      if (pc?.value !== null && pc?.value !== undefined && !pc.link) expect(cell?.value).toBe(pc.value);
    }),
  );
  expect([...policy.cells.values()].some((c) => c.validation?.join(',') === 'A,B,C,D')).toBe(true);
  // A second run is refused: the sheets exist.
  fireEvent.click(screen.getByRole('button', { name: 'ひな形を作成する' }));
  await screen.findByText(/すでに「施策評価」「事業実績」「評価設定」シートがあります/);

  // Grade writes the template's (unlocked) grade cells though the sheet stays protected.
  fireEvent.click(screen.getByRole('tab', { name: '評価を記入' }));
  fireEvent.click(screen.getByRole('button', { name: '評価を記入する' }));
  const list = await screen.findByTestId('changes');
  const graded = Array.from(list.querySelectorAll('li'))
    .map((li) => li.textContent ?? '')
    .filter((x) => x.startsWith(`${TEMPLATE_SHEETS.policy}!`));
  expect(graded.length).toBeGreaterThan(0);
  for (const line of graded) {
    const cell = /!([A-Z]+\d+)：/.exec(line)![1];
    expect(/^[ABCD]$/.test(String(fake.data.value(policy.name, cell)))).toBe(true);
    expect(fake.data.cell(policy.name, cell)?.locked).toBe(false);
  }
  expect(policy.protected).toBe(true);
  // Undo takes the grades back on the protected sheet.
  fireEvent.click(screen.getByRole('tab', { name: '元に戻す' }));
  const undo = await screen.findByRole('button', { name: '直前の記入を元に戻す' });
  await waitFor(() => expect((undo as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(undo);
  await screen.findByText(/元に戻しました/);
  for (const line of graded) expect(fake.data.value(policy.name, /!([A-Z]+\d+)：/.exec(line)![1])).toBe('');
});

const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
function monthlyWorkbook() {
  const row = (id: string, name: string, unit: string, target: number, months: (number | null)[]) => [
    id,
    name,
    unit,
    '実績',
    target,
    ...months,
    ...Array(12 - months.length).fill(null),
  ];
  return fakeWorkbookFrom([
    {
      name: '月次実績',
      values: [
        ['令和6年度　月別実績'],
        ['番号', '指標名', '単位', '区分', '年間目標', ...MONTHS, '累計'],
        row('K-01', '窓口相談件数', '件', 1200, [110, 90]),
        row('K-02', '講座の参加者数', '人', 600, [30]),
        row('K-03', '施設の利用率', '％', 80, [72]),
      ],
    },
    {
      name: '基幹系出力',
      values: [
        ['指標ID', '指標名', '実績値'],
        ['K-02', '講座の参加者数', 40],
        ['K-03', '施設の利用率', 78.5],
      ],
    },
  ]);
}

test('月次実績: a Shift_JIS export chosen as a file fills the month; unmatched rows, conflicts kept and the year to date shown', async () => {
  const fake = setup('ja', monthlyWorkbook());
  fireEvent.click(screen.getByRole('tab', { name: '年次・月次' }));
  fireEvent.click(screen.getByRole('tab', { name: '月次実績' }));
  fireEvent.change(screen.getByTestId('import-month'), { target: { value: '5' } });
  const csv = ['指標ID,指標名,5月', 'K-01,窓口相談件数,95', ',講座の参加者数,"1,075"', 'K-99,存在しない指標,5', ''].join('\r\n');
  fireEvent.change(screen.getByTestId('import-file'), { target: { files: [new File([new Uint8Array(encodeShiftJis(csv))], '出力.csv')] } });
  await screen.findByText('出力.csv：4 行');
  fireEvent.click(screen.getByRole('button', { name: 'ファイルから取り込む' }));
  await screen.findByTestId('import-done');
  expect(screen.getByTestId('import-done').textContent).toBe(
    '出力.csv：5月の実績：書き込み 1 件、一致しない行 1 件、値のない指標 1 件、既存の値と異なる 1 件。',
  );
  expect(fake.data.value('月次実績', 'G4')).toBe(1075); // by name, "1,075" read as a number
  expect(fake.data.value('月次実績', 'G3')).toBe(90); // a conflict: kept
  const kinds = Array.from(screen.getByTestId('import-lines').querySelectorAll('li')).map((li) => li.getAttribute('data-kind'));
  expect(kinds).toEqual(['written', 'unmatched', 'missing', 'conflict']);
  // Year to date to 5月: 窓口 200 of 1200×2/12 = 200 → A.
  const first = screen.getByTestId('import-ytd').querySelector('tbody tr')!;
  expect(first.getAttribute('data-grade')).toBe('A');
});

test('月次実績: the selected cells as the export, with overwrite; Undo restores the month', async () => {
  const data = monthlyWorkbook();
  data.selected = { sheet: '基幹系出力', address: 'A1:C3' };
  const fake = setup('ja', data);
  fireEvent.click(screen.getByRole('tab', { name: '年次・月次' }));
  fireEvent.click(screen.getByRole('tab', { name: '月次実績' }));
  fireEvent.change(screen.getByTestId('import-month'), { target: { value: '4' } });
  fireEvent.click(screen.getByRole('checkbox', { name: /置き換える/ }));
  fireEvent.click(screen.getByRole('button', { name: '選択範囲から取り込む' }));
  await screen.findByTestId('import-done');
  expect(screen.getByTestId('import-done').textContent).toContain('選択範囲 基幹系出力!A1:C3：4月の実績：書き込み 2 件');
  expect([fake.data.value('月次実績', 'F4'), fake.data.value('月次実績', 'F5')]).toEqual([40, 78.5]);
  fireEvent.click(screen.getByRole('tab', { name: '元に戻す' }));
  const undo = await screen.findByRole('button', { name: '直前の記入を元に戻す' });
  await waitFor(() => expect((undo as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(undo);
  await screen.findByText(/元に戻しました/);
  expect([fake.data.value('月次実績', 'F4'), fake.data.value('月次実績', 'F5')]).toEqual([30, 72]);
});

test('月次実績: a workbook without a monthly table is refused with a message naming it', async () => {
  setup();
  fireEvent.click(screen.getByRole('tab', { name: '年次・月次' }));
  fireEvent.click(screen.getByRole('tab', { name: '月次実績' }));
  fireEvent.click(screen.getByRole('button', { name: '選択範囲から取り込む' }));
  await screen.findByRole('alert');
  expect(screen.getByRole('alert').textContent).toMatch(/月別の表（4月〜3月の見出しがある表）が見つかりません|選択してから/);
});
