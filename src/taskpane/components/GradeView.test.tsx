/**
 * @jest-environment jsdom
 */
// Grade's 「指摘をセルにメモとして書く」 (issue 18): the option writes the 指摘事項 sheet and EvalSheet's notes
// through the host, and the outcome says what was written, what was not (a person's note) and that Undo keeps the notes.
import '../../../test/helpers/paneDom';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { buildWorkbook } from '../../adapters/xlsx/applyPlan';
import { workbookSnapshot } from '../../adapters/xlsx/readSnapshot';
import { createExcelHost, type ExcelRun } from '../../adapters/officejs/host';
import { createFakeExcel, fakeWorkbookFrom } from '../../../test/support/fakeExcel';
import { demoWorkbookSpecs } from '../../../test/support/samples/demoWorkbook';
import { messages } from '../i18n';
import { GradeView } from './GradeView';

afterEach(cleanup);

function setup(locale: 'ja' | 'en') {
  const fake = createFakeExcel(fakeWorkbookFrom(workbookSnapshot(buildWorkbook(demoWorkbookSpecs())).sheets));
  fake.data.sheet('事業実績')!.notes = new Map([['D6', { kind: 'note', content: '課長確認済み', author: '山田' }]]);
  const host = createExcelHost({ run: fake.run as unknown as ExcelRun, isSetSupported: fake.isSetSupported, changeTracking: true });
  const t = messages(locale);
  render(<GradeView host={host} t={t} />);
  return { fake, t };
}

test('with the option ticked, Grade writes the 指摘事項 sheet and the notes, and says what it did and did not', async () => {
  const { fake, t } = setup('ja');
  fireEvent.click(screen.getByRole('checkbox', { name: t.gradeNotes }));
  fireEvent.click(screen.getByRole('button', { name: t.grade }));
  const outcome = await screen.findByTestId('grade-outcome');
  expect(fake.data.sheet('指摘事項')).toBeDefined();
  const ours = fake.data.sheets.flatMap((s) => [...(s.notes ?? [])].filter(([, n]) => n.content.startsWith('【EvalSheet】')));
  expect(ours).toHaveLength(4);
  expect(fake.data.sheet('事業実績')!.notes!.get('D6')!.content).toBe('課長確認済み');
  expect(outcome.textContent).toContain('シート「指摘事項」に指摘 5 件を一覧にしました。');
  expect(outcome.textContent).toContain('メモ：新しく 4 件');
  expect(outcome.textContent).toContain('人が書いたメモのあるセル 1 か所には書いていません');
  expect(outcome.textContent).toContain('「元に戻す」では消えません');
});

test('without the option nothing of the kind is written or said; in English the option and outcome are English', async () => {
  const { fake, t } = setup('en');
  fireEvent.click(screen.getByRole('button', { name: t.grade }));
  const outcome = await screen.findByTestId('grade-outcome');
  expect(fake.data.sheet('指摘事項')).toBeUndefined();
  expect(fake.data.sheets.every((s) => [...(s.notes ?? [])].every(([, n]) => !n.content.startsWith('【EvalSheet】')))).toBe(true);
  expect(outcome.textContent).not.toContain('指摘事項');
  expect(screen.getByRole('checkbox', { name: 'Write the findings into their cells as notes' })).toBeTruthy();
});
