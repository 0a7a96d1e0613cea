/**
 * @jest-environment jsdom
 */
// 一括チェック's returns (issue 18): after the review, a ZIP with a returned copy of each submission with
// errors or warnings, in a folder per department, each with its findings at its cells; none for a clean one.
import '../../../test/helpers/paneDom';
import { fireEvent, render, screen } from '@testing-library/react';
import JSZip from 'jszip';
import { buildWorkbook } from '../../adapters/xlsx/applyPlan';
import { workbookSnapshot } from '../../adapters/xlsx/readSnapshot';
import { fastSnapshot } from '../../adapters/xlsx/fastSnapshot';
import { checkSubmission } from '../../adapters/xlsx/submission';
import { createExcelHost, type ExcelRun } from '../../adapters/officejs/host';
import { createFakeExcel, fakeWorkbookFrom } from '../../../test/support/fakeExcel';
import { demoWorkbookSpecs } from '../../../test/support/samples/demoWorkbook';
import { reviewTestSubmissions } from '../../../test/support/samples/submissions';
import { messages } from '../i18n';
import type { SubmissionReader } from '../submissionReader';
import { App } from './App';
import { fileBytes } from './shared';

const blobs = new Map<string, Blob>();
beforeAll(() => {
  // jsdom has no object URLs: the test keeps each blob under the URL the pane made for it.
  let n = 0;
  Object.assign(URL, {
    createObjectURL: (b: Blob) => {
      const url = `blob:test/${++n}`;
      blobs.set(url, b);
      return url;
    },
    revokeObjectURL: (url: string) => void blobs.delete(url),
  });
});

const inThreadReader: SubmissionReader = {
  read: async (file, o) => checkSubmission(await fileBytes(file), o.display, { period: o.period }),
  cancel: () => {},
};

test('the returns ZIP: one copy per workbook with findings in its department’s folder, with the 指摘事項 sheet and notes; the clean one left out', async () => {
  const t = messages('ja');
  const fake = createFakeExcel(fakeWorkbookFrom(workbookSnapshot(buildWorkbook(demoWorkbookSpecs())).sheets));
  const host = createExcelHost({ run: fake.run as unknown as ExcelRun, isSetSupported: fake.isSetSupported, changeTracking: true });
  render(<App host={host} reader={inThreadReader} locale="ja" dark={false} />);
  fireEvent.click(screen.getByRole('tab', { name: t.tabReview }));
  const files: File[] = [];
  // 教育部 has an error, 福祉部 warnings; 企画部 alone is clean. Chosen one by one, each names its department in its sheet.
  for (const dept of ['教育部', '福祉部', '企画部']) {
    const s = reviewTestSubmissions().find((x) => x.path.startsWith(`${dept}/`))!;
    files.push(new File([(await buildWorkbook(s.specs).xlsx.writeBuffer()) as ArrayBuffer], s.path.split('/').pop()!));
  }
  const originals = await Promise.all(files.map(fileBytes));
  fireEvent.change(screen.getByTestId('review-files'), { target: { files } });
  fireEvent.click(screen.getByRole('button', { name: t.reviewStart }));
  await screen.findByTestId('review-done', {}, { timeout: 15000 });
  fireEvent.click(screen.getByRole('button', { name: t.returnsMake }));
  const made = await screen.findByTestId('returns-made', {}, { timeout: 15000 });
  expect(made.textContent).toContain('差戻し用のブック 2 件を担当部署ごとのフォルダー（2 部署）にまとめました');
  const url = made.querySelector('a')!.getAttribute('href')!;
  const zip = await JSZip.loadAsync(await fileBytes(blobs.get(url)!));
  const names = Object.keys(zip.files)
    .filter((p) => !zip.files[p].dir)
    .sort();
  expect(names).toEqual(['差戻し/差戻し一覧.csv', '差戻し/教育部/教育部_施策評価.xlsx', '差戻し/福祉部/福祉部_施策評価.xlsx']);
  const copy = await fastSnapshot(await zip.file('差戻し/教育部/教育部_施策評価.xlsx')!.async('uint8array'));
  expect(copy.sheets.map((s) => s.name)).toContain('指摘事項');
  expect(copy.sheets.some((s) => Object.values(s.evalsheetNotes ?? {}).some((n) => n.startsWith('【EvalSheet】エラー：')))).toBe(true);
  expect(await zip.file('差戻し/差戻し一覧.csv')!.async('string')).toContain('教育部');
  // The chosen files are only read.
  expect(await Promise.all(files.map(fileBytes))).toEqual(originals);
});
