/** Rows under a 参考指標 caption, or named （参考）…, are figures to watch: never indicators, whatever shape they take. */
import { checkWorkbook } from '../actions/check';
import { isReferenceName, isReferenceSectionCaption } from './referenceSections';
import { snap } from './testing';

const read = (rows: (string | number | null)[][]) =>
  checkWorkbook({ sheets: [snap('点検', rows)] }, {}).report.indicators.map((i) => [i.name, i.target ?? null, i.actual ?? null]);

test.each(['2　参考指標（目標の達成を評価しない指標）', '＜参考指標＞', '（参考）水道の状況（単位：千円）', '(2) 参考値', '参考指標（令和5年度）'])(
  '%s captions reference rows',
  (t) => expect(isReferenceSectionCaption(t)).toBe(true),
);

test.each([
  '【参考】令和4年度の結果',
  '1　成果指標',
  '参考図書の貸出冊数',
  '※参考指標は評価しない',
  '（参考）上位計画：第3次環境基本計画',
  '参考：昨年度の総合評価はA',
])('%s captions no reference rows', (t) => expect(isReferenceSectionCaption(t)).toBe(false));

test('a bracketed 参考 caption dating the sheet’s own year captions reference rows; another year’s, or with no sheet year, does not', () => {
  const caption = '【参考】公文書開示請求の処理状況（令和5年度）';
  expect([2023, 2024, null].map((year) => isReferenceSectionCaption(caption, year))).toEqual([true, false, false]);
  expect(isReferenceSectionCaption('【参考】令和4年度の結果', 2023)).toBe(false);
});

test('under a 【参考】 caption of the sheet’s own year, a small table of counts in the graded columns is no indicator', () => {
  const rows = [
    ['令和5年度　情報公開の推進　KPI 実績'],
    ['No.', 'KPI', '単位', '目標値（令和5年度）', '実績値（令和5年度）'],
    [1, '期限内決定率', '％', 100, 97.8],
    [2, 'オープンデータの公開数', '件', 80, 91],
    [],
    ['【参考】公文書開示請求の処理状況（令和5年度）'],
    ['請求件数', '全部開示', '部分開示', '不開示', '取下げ'],
    [148, 61, 72, 9, 6],
  ];
  expect(read(rows).map((r) => r[0])).toEqual(['期限内決定率', 'オープンデータの公開数']);
});

test('a name led by a bracketed 参考 is a reference row; one dating another year, or 参考 inside the words, is not', () => {
  expect(isReferenceName('（参考）市内の事業所数')).toBe(true);
  expect(isReferenceName('【参考】令和4年度実績')).toBe(false);
  expect(isReferenceName('参考図書の貸出冊数')).toBe(false);
});

test('a numbered 参考指標 block in the graded table’s shape, under its own header: only the graded rows are indicators', () => {
  const rows = [
    ['令和5年度　指標の点検'],
    [],
    ['1　成果指標'],
    ['指標', '単位', '目標', '実績'],
    ['認定事業者数', '件', 40, 36],
    ['研修の受講者数', '人', 300, 320],
    [],
    ['2　参考指標（評価しない）'],
    ['指標', '単位', '目標', '実績'],
    ['域内の人口', '人', 52000, 51200],
    [],
    ['※参考指標の目標は県の計画の値'],
  ];
  expect(read(rows)).toEqual([
    ['認定事業者数', 40, 36],
    ['研修の受講者数', 300, 320],
  ]);
});

test('a caption with no header under it, the rows in the graded columns: its rows are left out; a caption of another kind ends them', () => {
  const rows = [
    ['令和5年度　指標の点検'],
    ['No.', '指標', '単位', '目標', '実績'],
    [1, '認定事業者数', '件', 40, 36],
    ['＜参考指標＞'],
    [1, '域内の人口', '人', 52000, 51200],
    ['（２）活動指標'],
    ['No.', '指標', '単位', '目標', '実績'],
    [1, '相談会の開催回数', '回', 12, 12],
  ];
  expect(read(rows).map((r) => r[0])).toEqual(['認定事業者数', '相談会の開催回数']);
});

test('a row named （参考）… among the graded rows is left out; the rows after it are read', () => {
  const rows = [
    ['令和5年度　指標の点検'],
    ['指標', '単位', '目標', '実績'],
    ['認定事業者数', '件', 40, 36],
    ['（参考）域内の事業所数', '所', 400, 410],
    ['研修の受講者数', '人', 300, 320],
  ];
  expect(read(rows).map((r) => r[0])).toEqual(['認定事業者数', '研修の受講者数']);
});

test('a 参考 line stating a fact above a policy’s table (a plan’s name, last year’s grade) leaves the table below it graded', () => {
  const rows = [
    ['令和5年度　施策の点検'],
    ['施策1　環境保全'],
    ['指標', '単位', '目標', '実績'],
    ['認定事業者数', '件', 40, 36],
    [],
    ['施策2　産業振興'],
    ['（参考）上位計画：第3次産業振興ビジョン'],
    ['所管', '商工課'],
    ['指標', '単位', '目標', '実績'],
    ['研修の受講者数', '人', 300, 320],
  ];
  expect(read(rows).map((r) => r[0])).toEqual(['認定事業者数', '研修の受講者数']);
  const stated = [['令和5年度　施策の点検'], ['参考：昨年度の総合評価はA'], ['指標', '単位', '目標', '実績'], ['研修の受講者数', '人', 300, 320]];
  expect(read(stated).map((r) => r[0])).toEqual(['研修の受講者数']);
});

test('the reference rows left out are named in one info finding', () => {
  const rows = [['令和5年度　指標の点検'], ['指標', '単位', '目標', '実績'], ['認定事業者数', '件', 40, 36], ['（参考）域内の事業所数', '所', 400, 410]];
  const { report } = checkWorkbook({ sheets: [snap('点検', rows)] }, {});
  const left = report.findings.filter((x) => x.code === 'rows-left-out').map((x) => x.params);
  expect(left).toEqual([{ sheet: '点検', reason: 'reference', cells: ['A4'], indicators: ['（参考）域内の事業所数'] }]);
});

describe('a row headed 参考 left of its name', () => {
  const table = (head: string | null, merges: string[] = []) =>
    checkWorkbook(
      {
        sheets: [
          snap(
            '評価指標',
            [
              ['No', '評価指標', '単位', '目標値', '実績値'],
              [1, '路線バスの年間利用者数', '千人', 1350, 1274],
              [2, '路線バスの収支率', '％', 45, 40.1],
              [],
              [head, '市の人口（各年度末）', '人', null, 78450],
              [null, '市の高齢化率', '％', null, 31.2],
            ],
            { merges },
          ),
        ],
      },
      {},
    ).report.indicators.map((i) => i.name);
  const graded = ['路線バスの年間利用者数', '路線バスの収支率'];

  test.each(['【参考】', '（参考）', '参考', '参考：', '＜参考指標＞'])('「%s」 in the No. column: the row is no indicator', (head) =>
    expect(table(head)).toEqual([...graded, '市の高齢化率']),
  );
  test('merged down over two rows: neither row is an indicator', () => expect(table('【参考】', ['A5:A6'])).toEqual(graded));
  test('a 参考 cell further left than a row heading stands (a table beside on the same line) heads no row of this table', () => {
    const rows = [
      [null, null, null, null, '評価指標', '単位', '目標値', '実績値'],
      ['【参考】', null, null, null, '路線バスの年間利用者数', '千人', 1350, 1274],
    ];
    expect(read(rows).map((r) => r[0])).toEqual(['路線バスの年間利用者数']);
  });
  test('a number, or 参考 inside other words, heads no reference row', () => {
    expect(table('3')).toEqual([...graded, '市の人口（各年度末）', '市の高齢化率']);
    expect(table('参考資料による')).toEqual([...graded, '市の人口（各年度末）', '市の高齢化率']);
  });
});

test("a header of names and measures after a reference section's rows starts another table: the section ends there", () => {
  const rows = [
    ['令和5年度 施策評価'],
    ['指標名', '単位', '目標値（R5）', '実績値（R5）'],
    ['市民活動団体数', '団体', 120, 118],
    ['【参考】令和5年度の市民意識調査結果'],
    ['まちづくりへの満足度', '％', null, 45.2],
    ['指標名', '単位', '目標値（R5）', '実績値（R5）'],
    ['ボランティア登録者数', '人', 2000, 2100],
  ];
  const { report } = checkWorkbook({ sheets: [snap('施策', rows)] }, {});
  expect(report.indicators.map((i) => [i.name, i.actual])).toEqual([
    ['市民活動団体数', 118],
    ['ボランティア登録者数', 2100],
  ]);
});

test.each(['地域別内訳（参考）', '地域別内訳'])('rows headed 「%s」 left of their names, under a card’s indicators, are no indicators', (heading) => {
  const sheet = snap(
    '事業1',
    [
      ['令和5年度　過疎対策事業評価調書'],
      ['成果指標', '指標名', '単位', '目標値（令和5年度）', '実績値（令和5年度）'],
      [null, '交付世帯数', '世帯', 30, 26],
      [null, '補助世帯の定住率', '％', 80, 84.6],
      [],
      [heading, '区分', '北地域', '南地域', '計'],
      [null, '交付世帯数', 14, 12, 26],
    ],
    { merges: ['A2:A4', 'A6:A7'] },
  );
  const { report } = checkWorkbook({ sheets: [sheet] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([
    ['交付世帯数', 30, 26],
    ['補助世帯の定住率', 80, 84.6],
  ]);
});

describe('a 内訳 or 「…（参考）」 区分 beside rows with targets and grades of their own only sorts indicators: they are read', () => {
  const read = (title: string, rows: (string | number | null)[][], merges: string[] = []) => {
    const head = ['区分', '指標名', '単位', '目標値（R5）', '実績値（R5）', '評価'];
    const { report } = checkWorkbook({ sheets: [snap('指標', [[title], head, ...rows], { merges })] }, {});
    return report.indicators.map((i) => [i.name, i.target, i.actual]);
  };

  test('「内訳」 merged over graded rows (家庭系 / 事業系 under ごみ総排出量)', () => {
    const rows = [
      ['総量', 'ごみ総排出量', 't', 30000, 31200, 'B'],
      ['内訳', '家庭系ごみ排出量', 't', 20000, 19500, 'A'],
      [null, '事業系ごみ排出量', 't', 10000, 11700, 'C'],
    ];
    expect(read('令和5年度　環境基本計画　指標の達成状況', rows, ['A4:A5'])).toEqual([
      ['ごみ総排出量', 30000, 31200],
      ['家庭系ごみ排出量', 20000, 19500],
      ['事業系ごみ排出量', 10000, 11700],
    ]);
  });

  test('「満足度（アンケート）（参考）」 beside a graded row', () => {
    const rows = [
      ['成果指標', '公園の利用者数', '人', 50000, 48000, 'B'],
      ['満足度（アンケート）（参考）', '公園に満足している市民の割合', '％', 60, 52, 'C'],
    ];
    expect(read('令和5年度　施策評価シート', rows)).toEqual([
      ['公園の利用者数', 50000, 48000],
      ['公園に満足している市民の割合', 60, 52],
    ]);
  });

  test('「性別内訳」 merged over graded rows', () => {
    const rows = [
      ['全体', '特定健診受診率', '％', 60, 48, 'C'],
      ['性別内訳', '特定健診受診率（男性）', '％', 55, 41, 'D'],
      [null, '特定健診受診率（女性）', '％', 65, 55, 'C'],
    ];
    expect(read('令和5年度　健康増進計画　指標の評価', rows, ['A4:A5']).map((i) => i[0])).toEqual([
      '特定健診受診率',
      '特定健診受診率（男性）',
      '特定健診受診率（女性）',
    ]);
  });
});

test('names across a heading row, years as rows: a （参考） closing one column’s name marks that column alone, not the names beside it', () => {
  const rows = [
    ['納付方法別の推移', null, null, null],
    ['年度', '全収納件数\n（参考）', '口座振替の割合\n（％）', 'コンビニ納付の割合\n（％）'],
    ['令和５年度', 403006, 42.5, 25.8],
    ['令和６年度', 416302, 43.1, 26.4],
    ['目標値（令和６年度）', '－', 45, 25],
  ];
  expect(read(rows)).toEqual([
    ['口座振替の割合', 45, 43.1],
    ['コンビニ納付の割合', 25, 26.4],
  ]);
});
