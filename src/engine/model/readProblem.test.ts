import { renderReadProblem, type PartDamage, type ReadProblem, type ReadProblemVariant } from './readProblem';
import type { RenderOptions } from './renderOptions';

const JA: RenderOptions = { lang: 'ja', surface: 'excel' };
const EN: RenderOptions = { lang: 'en', surface: 'excel' };

const DAMAGES: PartDamage[] = [
  ...(['strings-cut', 'dtd', 'not-xml', 'empty', 'no-end', 'cells-cut', 'sheet-unnamed'] as const).map((kind) => ({ kind })),
  { kind: 'cell-too-long', cell: 'B2', length: 10_485_760 },
  { kind: 'shared-string-missing', cell: 'C3', index: '120' },
  { kind: 'sheet-name-twice', name: 'KPI' },
  { kind: 'sheet-missing', name: 'KPI' },
];

/** One of each (the type makes a new variant without a sample an error here). */
const SAMPLES: { [V in ReadProblemVariant]: Extract<ReadProblem, { variant: V }>[] } = {
  'not-found': [{ variant: 'not-found' }],
  'no-permission': [{ variant: 'no-permission' }],
  busy: [{ variant: 'busy' }],
  io: [
    { variant: 'io', code: 'EIO' },
    { variant: 'io', code: null },
  ],
  folder: [{ variant: 'folder' }],
  'not-regular': (['fifo', 'device', 'socket', 'other'] as const).map((kind) => ({ variant: 'not-regular', kind })),
  'file-too-large': [{ variant: 'file-too-large', size: 300 << 20, limit: 200 << 20 }],
  empty: [{ variant: 'empty' }],
  encrypted: [{ variant: 'encrypted' }],
  xls: [{ variant: 'xls' }],
  'xls-not-binary': [{ variant: 'xls-not-binary' }],
  'compound-unknown': [{ variant: 'compound-unknown' }],
  text: [{ variant: 'text' }],
  'not-xlsx': [{ variant: 'not-xlsx' }],
  'not-a-workbook': (['word', 'powerpoint', 'old-word', 'old-powerpoint', null] as const).map((kind) => ({ variant: 'not-a-workbook', kind })),
  damaged: [{ variant: 'damaged' }],
  'damaged-part': DAMAGES.map((damage) => ({ variant: 'damaged-part', part: 'xl/sharedStrings.xml', damage })),
  'too-large': (['bytes', 'entries', 'merges', 'mergedCells'] as const).map((what) => ({
    variant: 'too-large',
    what,
    part: what === 'entries' ? '' : 'xl/worksheets/sheet1.xml',
    size: 3_500_000_000,
    limit: 1_000_000,
  })),
  'out-of-memory': [{ variant: 'out-of-memory' }],
  timeout: [
    { variant: 'timeout', ms: 60_000 },
    { variant: 'timeout', ms: 5 },
  ],
  crashed: [
    { variant: 'crashed', exitCode: 7 },
    { variant: 'crashed', exitCode: null },
  ],
  'not-sent': [{ variant: 'not-sent' }],
  unexpected: [
    { variant: 'unexpected', detail: null },
    { variant: 'unexpected', detail: 'Cannot read properties of undefined' },
  ],
};
const all = Object.values(SAMPLES).flat() as ReadProblem[];

/** English words a Japanese text may hold: product, format and system names. */
const NAMES = /\b(DTD|DOCTYPE|XML|KPI|Excel|Word|PowerPoint|xlsx|xls|CSV|MB|xl|sheet1|worksheets|xml|sharedStrings|EIO|Cannot read properties of undefined)\b/g;

test.each(all.map((p) => [JSON.stringify(p), p] as const))('%s: a Japanese sentence without English words, and an English one without Japanese', (_, p) => {
  const ja = renderReadProblem(p, JA);
  const en = renderReadProblem(p, EN);
  expect(ja).toMatch(/[ぁ-んァ-ヶ一-龠]/);
  expect(ja).toMatch(/。$/);
  expect(ja.replace(NAMES, '')).not.toMatch(/[A-Za-z]{3,}/);
  expect(en).toMatch(/^[A-Z]/);
  expect(en).toMatch(/[.)]$/);
  expect(en).not.toMatch(/[ぁ-んァ-ヶ一-龠]/);
});

test('the figures a problem carries are in both languages', () => {
  expect(renderReadProblem({ variant: 'timeout', ms: 60_000 }, JA)).toContain('60秒を超えました');
  expect(renderReadProblem({ variant: 'timeout', ms: 60_000 }, EN)).toContain('over 60 s');
  expect(renderReadProblem({ variant: 'crashed', exitCode: 7 }, EN)).toContain('exit code 7');
  expect(renderReadProblem({ variant: 'file-too-large', size: 300 << 20, limit: 200 << 20 }, JA)).toContain('300 MB、上限 200 MB');
  expect(renderReadProblem({ variant: 'file-too-large', size: 300 << 20, limit: 200 << 20 }, EN)).toContain('300 MB; the limit is 200 MB');
  expect(renderReadProblem({ variant: 'not-a-workbook', kind: 'word' }, EN)).toBe('It is not an Excel workbook (it is a Word document).');
});
