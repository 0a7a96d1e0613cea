/** A name column whose cells mostly show a name over its 概要 line: the few not showing it by their words are read so too. */
import { checkWorkbook } from '../actions/check';
import { describedBracket, outlineUnderProject } from './outlineLineColumns';
import { snap } from './testing';

test('a bracketed line saying what is done, and a line under a project’s name', () => {
  expect(describedBracket('自治会加入促進リーフレットの配布', '（転入手続時に市民課窓口で配布）')).toBe(true);
  expect(describedBracket('地域づくり活動補助金', '（自治会等の自主的な地域づくり活動に対する補助）')).toBe(true);
  // A bracket naming the measure or its aim, or under a measure's name, stays in the name.
  expect(describedBracket('交通安全教室', '（交通事故死傷者数の減少）')).toBe(false);
  expect(describedBracket('健康教室の参加者数', '（65歳以上の市民を対象）')).toBe(false);
  expect(describedBracket('ごみ排出量', '（1人1日当たり）')).toBe(false);
  expect(outlineUnderProject('地場産業振興センター相談事業', '経営・販路・デザイン等の専門相談窓口の運営')).toBe(true);
  // Going on with the name, a measure, a second project, a bracket or a short line: no 概要.
  for (const next of ['への参加者数', '延べ参加者数', '地域交流推進事業', '（仮称）', '第2期'])
    expect(outlineUnderProject('市民活動支援事業', next)).toBe(false);
  expect(outlineUnderProject('相談件数', '経営・販路・デザイン等の専門相談窓口の運営')).toBe(false);
  // Who is counted under a held activity is the rest of its name, however long (review rv79).
  expect(outlineUnderProject('市民スポーツイベント', '参加者（延べ人数）')).toBe(false);
  expect(outlineUnderProject('ジュニアスポーツスクール', '受講者（年間実人数）')).toBe(false);
});

const names = (rows: (string | number | null)[][]) =>
  checkWorkbook({ sheets: [snap('事業実績', rows)] }, { period: '2023' }).report.indicators.map((i) => i.name);

const head = ['No.', '推進事業', 'R5年度\n数値目標', 'R5年度\n実績値', '自己\n評価'];

test('a bracketed 概要 under a name, where two other cells of the column list what is done in brackets', () => {
  const rows = [
    ['令和５年度　事業実績'],
    head,
    [1, '自治会活動相談窓口の運営\n（自治会の運営、役員の交代などの相談に応じる）', '相談件数 360件', '相談件数 318件', 'B'],
    [2, '自治会加入促進リーフレットの配布\n（転入手続時に市民課窓口で配布）', '配布部数 1,200部', '配布部数 1,054部', 'A'],
    [3, '集会所整備費補助金\n（集会所の新築・改修・修繕への補助）', '補助件数 6件', '補助件数 7件', 'A'],
  ];
  expect(names(rows)).toEqual(['自治会活動相談窓口の運営', '自治会加入促進リーフレットの配布', '集会所整備費補助金']);
  // One such bracket alone in the column says nothing of the others: the described bracket stays with its name.
  rows[4] = [3, '集会所整備費補助金', '補助件数 6件', '補助件数 7件', 'A'];
  expect(names(rows)[1]).toBe('自治会加入促進リーフレットの配布（転入手続時に市民課窓口で配布）');
});

const projects = [
  ['令和５年度　推進事業実績'],
  head,
  [1, '2-1-1\n伝統工芸後継者育成事業補助金\n工房が研修生を受け入れて技術指導を行う経費の一部を補助', '研修生受入 6人', '研修生受入 5人', 'B'],
  [2, '2-1-2\n地場産業振興センター相談事業\n経営・販路・デザイン等の専門相談窓口の運営', '相談件数 360件', '相談件数 412件', 'A'],
  [3, '2-2-1\n伝統的工芸品展示販売会開催事業\n「○○の手しごと展」を駅前交流センターで開催', '来場者数 4,500人', '来場者数 3,120人', 'B'],
  [4, '2-3-1\n地場産品ブランド認証事業\n「○○ものづくりブランド」の認証と PR', '認証品目数 10品目', '認証品目数 7品目', 'B'],
];

test('every project’s name over its 概要 line, where three quarters of the column show it by their words', () => {
  expect(names(projects)).toEqual([
    '伝統工芸後継者育成事業補助金',
    '地場産業振興センター相談事業',
    '伝統的工芸品展示販売会開催事業',
    '地場産品ブランド認証事業',
  ]);
});

test('one cell with a measure under the project’s name keeps the column as it was (its 概要 lines not known so)', () => {
  const more = [
    [5, '2-3-2\n工芸品海外展開支援事業補助金\n海外見本市出展・越境EC出店経費の補助', '交付決定事業所数 5社', '交付決定事業所数 4社', 'A'],
    [6, '2-3-3\n産地組合新商品開発支援事業\n産地組合が行う新商品開発・試作経費の補助', '新商品開発件数 8件', '新商品開発件数 12件', 'A'],
    [7, '2-2-2\nものづくり人材育成講座\n若手職人向けの技術・経営講座（全6回）', '受講者数 80人', '受講者数 64人', 'C'],
  ];
  expect(names([...projects, ...more])[1]).toBe('地場産業振興センター相談事業');
  const measured = [8, '3-1-1\n販路開拓支援事業\n商談成立件数', '30件', '24件', 'C'];
  expect(names([...projects, ...more, measured])[1]).toBe('地場産業振興センター相談事業経営・販路・デザイン等の専門相談窓口の運営');
});

test('review rv80: a held activity or an aim under a project’s name is no 概要 line', () => {
  expect(outlineUnderProject('生涯学習推進事業', '市民大学講座')).toBe(false);
  expect(outlineUnderProject('生涯学習推進事業', '公民館出前講座')).toBe(false);
  expect(outlineUnderProject('ごみ減量化推進事業', '家庭系ごみ排出量の削減')).toBe(false);
  expect(outlineUnderProject('地場産業振興センター相談事業', '経営・販路・デザイン等の専門相談窓口の運営')).toBe(true);
});

test('review rv80: two cells of one first line keep the line telling them apart; an aim line stays with the name', () => {
  const rows = [
    ['令和５年度　取組実績'],
    ['No.', '取組', '単位', 'R5目標', 'R5実績'],
    [1, '環境美化活動の支援\n（清掃用具の貸出・ごみ袋の配布）', '団体', 120, 113],
    [2, 'エコドライブの普及\n（講習会・啓発イベントの開催）', '人', 300, 262],
    [3, '環境学習の推進\n（小中学生への出前授業）', '回', 30, 34],
    [4, '環境学習の推進\n（市民への出前講座）', '回', 12, 7],
  ];
  expect(names(rows)).toEqual(['環境美化活動の支援', 'エコドライブの普及', '環境学習の推進（小中学生への出前授業）', '環境学習の推進（市民への出前講座）']);
  const twins = [
    [5, '2-4-1\n販路開拓支援事業\n首都圏の百貨店での物産展の開催', '来場者数 9,000人', '来場者数 8,100人', 'B'],
    [6, '2-4-2\n販路開拓支援事業\n海外見本市への共同出展', '商談件数 40件', '商談件数 44件', 'A'],
  ];
  expect(names([...projects, ...twins]).slice(4)).toEqual(['販路開拓支援事業首都圏の百貨店での物産展の開催', '販路開拓支援事業海外見本市への共同出展']);
  const aim = [5, '2-4-1\nごみ減量化推進事業\n家庭系ごみ排出量の削減', '1人1日当たり 520g', '1人1日当たり 548g', 'B'];
  const read = checkWorkbook({ sheets: [snap('事業実績', [...projects, aim])] }, { period: '2023' }).report.indicators[4];
  expect([read.name, read.direction, read.grade]).toEqual(['ごみ減量化推進事業家庭系ごみ排出量の削減', 'down', 'B']);
});
