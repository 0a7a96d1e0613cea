/**
 * @jest-environment jsdom
 */
/** 公開用ページを作成 (issue 18 item 3): the host reads the open workbook, the engine renders the site, the pane offers it as a ZIP. */
import '../../../test/helpers/paneDom';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import JSZip from 'jszip';
import { createExcelHost, type ExcelRun } from '../../adapters/officejs/host';
import { buildWorkbook } from '../../adapters/xlsx/applyPlan';
import { workbookSnapshot } from '../../adapters/xlsx/readSnapshot';
import { createFakeExcel, fakeWorkbookFrom } from '../../../test/support/fakeExcel';
import { demoWithHeadings, SAMPLE_CITY } from '../../../test/support/samples/publishSamples';
import { messages } from '../i18n';
import { PublishView } from './PublishView';
import { publishTexts } from './publishTexts';
import { SITE_FOLDER } from '../siteZip';

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

const blobBytes = (b: Blob) =>
  new Promise<ArrayBuffer>((resolve) => {
    const r = new FileReader();
    r.onload = () => resolve(r.result as ArrayBuffer);
    r.readAsArrayBuffer(b);
  });

test('the open workbook as a site in a ZIP: every page, the headings of 評価設定 or the fields, nothing written', async () => {
  const fake = createFakeExcel(fakeWorkbookFrom(workbookSnapshot(buildWorkbook(demoWithHeadings())).sheets));
  const host = createExcelHost({
    run: fake.run as unknown as ExcelRun,
    isSetSupported: fake.isSetSupported,
    changeTracking: true,
    settings: fake.document.settings,
  });
  const indicators = (await host.check()).report.indicators.length;
  const before = JSON.stringify(fake.data);
  const p = publishTexts('ja');
  render(<PublishView host={host} t={messages('ja')} locale="ja" />);
  fireEvent.change(screen.getByRole('textbox', { name: p.plan }), { target: { value: '<計画>&' } });
  fireEvent.click(screen.getByRole('button', { name: p.start }));
  const done = await screen.findByTestId('publish-done', {}, { timeout: 20000 });
  expect(done.textContent).toContain(p.done(3, indicators));
  expect(done.textContent).not.toContain('異なるブック'); // the field given is the user's choice, no note
  expect(done.textContent).toContain(`見出し：${SAMPLE_CITY} <計画>& 令和5年度 施策評価の結果`);
  const link = screen.getByRole('link', { name: p.download });
  expect(link.getAttribute('download')).toBe('公開用サイト.zip');
  const zip = await JSZip.loadAsync(await blobBytes(blobs.get(link.getAttribute('href')!)!));
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  expect(names.sort()).toEqual(['index.html', 'print.html', 's001.html', 's002.html', 's003.html', 'style.css'].map((n) => `${SITE_FOLDER}/${n}`));
  const index = await zip.file(`${SITE_FOLDER}/index.html`)!.async('string');
  expect(index).toContain(`<h1>${SAMPLE_CITY} &lt;計画&gt;&amp; 令和5年度 施策評価の結果</h1>`);
  expect(JSON.stringify(fake.data)).toBe(before);
});

test('a workbook without indicators: said, and no download offered', async () => {
  const fake = createFakeExcel(fakeWorkbookFrom([{ name: 'メモ', values: [['メモだけのシート']] }]));
  const host = createExcelHost({
    run: fake.run as unknown as ExcelRun,
    isSetSupported: fake.isSetSupported,
    changeTracking: true,
    settings: fake.document.settings,
  });
  const p = publishTexts('en');
  render(<PublishView host={host} t={messages('en')} locale="en" />);
  fireEvent.click(screen.getByRole('button', { name: p.start }));
  await waitFor(() => expect(screen.getByText(p.none)).toBeTruthy(), { timeout: 20000 });
  expect(screen.queryByRole('link', { name: p.download })).toBeNull();
});
