/**
 * @jest-environment jsdom
 */
/**
 * 一括チェック in the English pane: the statuses and the expected list's problems in English, from
 * the engine's review catalog; the sheets written into the workbook stay Japanese.
 */
import '../../../test/helpers/paneDom';
import { fireEvent, render, screen } from '@testing-library/react';
import { buildWorkbook } from '../../adapters/xlsx/applyPlan';
import { workbookSnapshot } from '../../adapters/xlsx/readSnapshot';
import { checkSubmission } from '../../adapters/xlsx/submission';
import { createExcelHost, type ExcelRun } from '../../adapters/officejs/host';
import { createFakeExcel, fakeWorkbookFrom } from '../../../test/support/fakeExcel';
import { demoWorkbookSpecs } from '../../../test/support/samples/demoWorkbook';
import { reviewTestSubmissions } from '../../../test/support/samples/submissions';
import { STATUS_ORDER } from '../../engine';
import { renderStatus } from '../../engine/model/reviewText';
import { messages } from '../i18n';
import type { SubmissionReader } from '../submissionReader';
import { App } from './App';
import { fileBytes } from './shared';

const inThreadReader: SubmissionReader = {
  read: async (file, o) => checkSubmission(await fileBytes(file), o.display, { period: o.period }),
  cancel: () => {},
};

const t = messages('en');

function setup() {
  const fake = createFakeExcel(fakeWorkbookFrom(workbookSnapshot(buildWorkbook(demoWorkbookSpecs())).sheets));
  const host = createExcelHost({ run: fake.run as unknown as ExcelRun, isSetSupported: fake.isSetSupported, changeTracking: true });
  render(<App host={host} reader={inThreadReader} locale="en" dark={false} />);
  fireEvent.click(screen.getByRole('tab', { name: t.tabReview }));
  return fake;
}

test('the English pane shows each file status and the totals in English; the written 提出状況一覧 stays Japanese', async () => {
  const fake = setup();
  const files: File[] = [];
  for (const s of reviewTestSubmissions().slice(0, 3))
    files.push(new File([(await buildWorkbook(s.specs).xlsx.writeBuffer()) as ArrayBuffer], s.path.split('/').pop()!));
  files.push(new File(['指標,実績\n'], '壊れた.xlsx'));
  fireEvent.change(screen.getByTestId('review-files'), { target: { files } });
  fireEvent.click(screen.getByRole('button', { name: t.reviewStart }));
  await screen.findByTestId('review-done', {}, { timeout: 15000 });
  const english = STATUS_ORDER.map((s) => renderStatus(s, 'en'));
  const items = Array.from(screen.getByTestId('review-file-list').querySelectorAll('li'));
  const shown = files.map((f) => items.find((x) => x.textContent!.includes(f.name))!.textContent!.replace(f.name, ''));
  expect(shown[3]).toBe('Unreadable');
  for (const s of shown) expect(english).toContain(s);
  // The totals: one badge per status, in scale order, in English.
  const badges = Array.from(document.querySelectorAll('[data-status]'))
    .map((b) => b.textContent!)
    .filter((x) => /\d$/.test(x));
  expect(badges.map((b) => b.replace(/ \d+$/, ''))).toEqual(english);
  expect(badges).toContain('Unreadable 1');
  // The workbook's sheet: Japanese.
  expect(fake.data.value('提出状況一覧', 'A5')).toBe('読込不可');
});

test("the expected list's problem in English", async () => {
  setup();
  const csv = new File(['担当課,ファイル名\n,施策評価\n'], 'expect.csv');
  fireEvent.change(screen.getByTestId('review-expect'), { target: { files: [csv] } });
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toBe(`${t.expectProblems}Line 2: the department is empty.`);
});
