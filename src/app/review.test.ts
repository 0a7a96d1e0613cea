/**
 * The review loop over real .xlsx bytes: each submission read by the same reader the pane's web
 * worker and the command line's workers use (checkSubmission), collected once, written through the
 * file port as the review's four sheets; the order results come in and cancellation.
 */
import { buildWorkbook } from '../adapters/xlsx/applyPlan';
import { filePort } from '../adapters/xlsx/filePort';
import { newFilePort } from '../adapters/xlsx/newFilePort';
import { checkSubmission } from '../adapters/xlsx/submission';
import { REVIEW_SHEETS, UsageError } from '../engine';
import { sheet } from '../../test/helpers/workbooks';
import * as app from '.';

const book = async (rows: (string | number | null)[][]) =>
  new Uint8Array((await buildWorkbook([sheet('事業', [['事業名', 'R5目標', 'R5実績', '自己評価'], ...rows])]).xlsx.writeBuffer()) as ArrayBuffer);

interface Sub {
  name: string;
  bytes: Uint8Array;
}

async function submissions(): Promise<Sub[]> {
  return [
    { name: '総務課.xlsx', bytes: await book([['講座', 10, 10, null]]) },
    { name: '壊れた.xlsx', bytes: new TextEncoder().encode('not a workbook') },
    { name: '福祉課.xlsx', bytes: await book([['相談', 100, 40, null]]) },
  ];
}

const readOne: app.ReadSubmission<Sub> = (s) => checkSubmission(s.bytes, s.name, { period: null });

test('every file collected, the unreadable one listed, the four sheets written and read back', async () => {
  const subs = await submissions();
  const events: [number, app.FileEvent['kind'], number][] = [];
  const review = await app.reviewSubmissions(
    subs.map((s) => s.name),
    app.oneAtATime(subs, readOne),
    { onFile: (i, e, done) => events.push([i, e.kind, done]) },
  );
  expect(events).toEqual([
    [0, 'reading', 0],
    [0, 'report', 1],
    [1, 'reading', 1],
    [1, 'unreadable', 2],
    [2, 'reading', 2],
    [2, 'report', 3],
  ]);
  expect([review.files.read, review.files.unreadable]).toEqual([2, 1]);
  const written = await app.writeReview(newFilePort('package'), review);
  expect(written.sheets).toEqual(Object.values(REVIEW_SHEETS).filter((n) => written.sheets.includes(n)));
  const back = await filePort(written.bytes, 'review.xlsx').read();
  expect(back.sheets.map((s) => s.name)).toEqual(written.sheets);
  const status = back.sheets.find((s) => s.name === REVIEW_SHEETS.status)!;
  const text = status.values.flat().join(' ');
  for (const s of subs) expect(text).toContain(s.name);
});

test('results in any order (a pool reading several at once) give the same review', async () => {
  const subs = await submissions();
  const names = subs.map((s) => s.name);
  const inOrder = await app.reviewSubmissions(names, app.oneAtATime(subs, readOne));
  const reversed: app.SubmissionSource = async (onResult) => {
    const results = await Promise.all(subs.map((s, i) => readOne(s, i)));
    for (let i = results.length - 1; i >= 0; i--) onResult(i, results[i]);
  };
  const backwards = await app.reviewSubmissions(names, reversed);
  expect(backwards.files).toEqual(inOrder.files);
  expect(backwards.totals).toEqual(inOrder.totals);
});

test('cancelled between files: stops, the files after it are not read', async () => {
  const subs = await submissions();
  const ac = new AbortController();
  const read: string[] = [];
  const source = app.oneAtATime(
    subs,
    async (s, i) => {
      read.push(s.name);
      if (i === 0) ac.abort();
      return readOne(s, i);
    },
    ac.signal,
  );
  await expect(
    app.reviewSubmissions(
      subs.map((s) => s.name),
      source,
      { signal: ac.signal },
    ),
  ).rejects.toMatchObject({ reason: 'cancelled' });
  expect(read).toEqual(['総務課.xlsx']);
});

test('a usage problem a reader reports stops the run once every file was read', async () => {
  const subs = await submissions();
  let reads = 0;
  const source = app.oneAtATime(subs, async (s, i) => {
    reads++;
    const usage = { code: 'rules-invalid' as const, params: { problems: [{ field: 'x', variant: 'unknown-field' as const }] } };
    return i === 0 ? { kind: 'usage' as const, usage } : readOne(s, i);
  });
  const run = app.reviewSubmissions(
    subs.map((s) => s.name),
    source,
  );
  await expect(run).rejects.toThrow(app.ReviewUsageError);
  // A UsageError with its code and params, rendered by whoever shows it.
  const e = await run.catch((x: unknown) => x);
  expect(e).toBeInstanceOf(UsageError);
  expect(e).toMatchObject({ code: 'rules-invalid' });
  expect((e as Error).message).toContain('「x」は評価ルールの項目ではありません');
  expect(reads).toBe(3);
});
