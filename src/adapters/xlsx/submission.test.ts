/**
 * An unreadable submission in the review: why, as a catalogued problem (model/readProblem.ts), the
 * review's 読込不可 finding naming the file and the reason in Japanese and in English, never the
 * library's own English or a stack trace.
 */
import { reviewData, ReviewCollector, type ReadProblem } from '../../engine';
import { renderReviewFinding, renderRowReason } from '../../engine/model/reviewText';
import { compoundFile, ENCRYPTED_XLSX_STREAMS } from '../../../test/helpers/compoundFile';
import { baseWorkbook } from '../../../test/support/samples/hostileWorkbooks';
import { InputError } from './errors';
import { checkSubmission, failure } from './submission';
import { openZipNative } from './zipReader';

const EN = { lang: 'en', surface: 'excel' } as const;
const JA = { lang: 'ja', surface: 'excel' } as const;

async function problemOf(bytes: Uint8Array, name: string): Promise<ReadProblem> {
  const r = await checkSubmission(bytes, name, { period: null, openZip: openZipNative });
  if (r.kind !== 'unreadable') throw new Error(`${name}: ${r.kind}`);
  return r.problem;
}

/** The review of one unreadable file: its finding (ja, en) and its status row's reason (ja, en). */
function reviewed(file: string, problem: ReadProblem) {
  const c = new ReviewCollector([]);
  c.addUnreadable(file, problem);
  const review = c.finish();
  const finding = reviewData(review).findings.find((f) => f.code === 'unreadable')!;
  const row = review.rows[0];
  return {
    ja: finding.message,
    en: renderReviewFinding(finding as Parameters<typeof renderReviewFinding>[0], EN),
    rowJa: renderRowReason(row.why, JA),
    rowEn: renderRowReason(row.why, EN),
  };
}

const STACK = /^\s+at .+:\d+:\d+\)?$/m;

test('a CSV saved under .xlsx, a zip cut short, an encrypted workbook: each its own problem, named in Japanese and English with the file', async () => {
  const whole = await baseWorkbook();
  const cases: [string, Uint8Array, ReadProblem, string, string][] = [
    [
      '総務課/実績.xlsx',
      Buffer.from('指標,実績\n窓口相談件数,120\n'),
      { variant: 'text' },
      '中身がテキスト（CSVなど）で、Excelブック（.xlsx）ではありません',
      'Its content is text',
    ],
    [
      '企画課/評価.xlsx',
      whole.subarray(0, whole.length >> 1),
      { variant: 'damaged' },
      'ファイルが途中で切れているか、壊れています',
      'The file is cut short or damaged',
    ],
    [
      '財政課/評価.xlsx',
      compoundFile(ENCRYPTED_XLSX_STREAMS),
      { variant: 'encrypted' },
      'パスワードで保護（暗号化）されたブックのため読み取れません',
      'protected by a password (encrypted)',
    ],
  ];
  for (const [file, bytes, problem, ja, en] of cases) {
    expect([file, await problemOf(bytes, file)]).toEqual([file, problem]);
    const r = reviewed(file, problem);
    expect(r.ja).toMatch(new RegExp(`^${file}: ${ja}`));
    expect(r.en).toMatch(new RegExp(`^${file}: .*${en.replace(/[()]/g, '\\$&')}`));
    // The status row stands beside the file's name: only why.
    expect(r.rowJa).toContain(ja);
    expect(r.rowJa).not.toContain(file);
    expect(r.rowEn).toContain(en);
    for (const text of Object.values(r)) expect(text).not.toMatch(STACK);
    expect(r.ja.replace(/Excel|xlsx|CSV/g, '')).not.toMatch(/[A-Za-z]{3,}/);
    expect(r.en.slice(file.length)).not.toMatch(/[ぁ-んァ-ヶ一-龠]/); // the file's own name aside
  }
});

test("a zip that is not a workbook, and a package's damaged part", async () => {
  const JSZip = (await import('jszip')).default;
  const docx = new JSZip();
  docx.file('word/document.xml', '<w:document/>');
  expect(await problemOf(await docx.generateAsync({ type: 'uint8array' }), 'a.xlsx')).toEqual({ variant: 'not-a-workbook', kind: 'word' });
  const zip = await JSZip.loadAsync(await baseWorkbook());
  zip.file('xl/sharedStrings.xml', '<?xml version="1.0"?><!DOCTYPE x []><sst/>');
  const problem = await problemOf(await zip.generateAsync({ type: 'uint8array' }), 'b.xlsx');
  expect(problem).toEqual({ variant: 'damaged-part', part: 'xl/sharedStrings.xml', damage: { kind: 'dtd' } });
  const text = reviewed('b.xlsx', problem);
  expect(text.ja).toMatch(/^b\.xlsx: ブックの一部（xl\/sharedStrings\.xml）が壊れているため読み取れません（DTD（<!DOCTYPE>）が含まれています。/);
  expect(text.en).toMatch(
    /^b\.xlsx: A part of the workbook \(xl\/sharedStrings\.xml\) is damaged, so it cannot be read \(it holds a DTD \(<!DOCTYPE>\), which Excel never writes/,
  );
});

test("anything the readers did not foresee is unexpected, without the library's English (unless EVALSHEET_DEBUG)", () => {
  const saved = process.env.EVALSHEET_DEBUG;
  try {
    delete process.env.EVALSHEET_DEBUG;
    const r = failure(new TypeError("Cannot read properties of undefined (reading 'x')"), 'c.xlsx');
    expect(r).toEqual({ kind: 'unreadable', problem: { variant: 'unexpected', detail: null } });
    const text = reviewed('c.xlsx', (r as { problem: ReadProblem }).problem);
    expect(text.ja).toBe(
      'c.xlsx: 読み取り中に予期しないエラーが発生しました。ファイルが壊れているおそれがあります。Excelで開いて保存し直してから、もう一度提出してもらってください。',
    );
    expect(text.en).not.toContain('Cannot read');
    process.env.EVALSHEET_DEBUG = '1';
    expect(failure(new TypeError('boom'), 'c.xlsx')).toEqual({ kind: 'unreadable', problem: { variant: 'unexpected', detail: 'boom' } });
  } finally {
    if (saved === undefined) delete process.env.EVALSHEET_DEBUG;
    else process.env.EVALSHEET_DEBUG = saved;
  }
});

test('a refusal of the readers keeps its problem; an InputError without one is unexpected', () => {
  expect(failure(new InputError('d.xlsx', 'd.xlsx: …', { variant: 'busy' }), 'd.xlsx')).toEqual({ kind: 'unreadable', problem: { variant: 'busy' } });
  expect(failure(new InputError('d.xlsx', 'd.xlsx: …'), 'd.xlsx')).toMatchObject({ problem: { variant: 'unexpected' } });
});
