import { classifyLabel, classifyMeta, directionFromWords, parseDirection, splitMeasure } from './labels';

describe('classifyLabel', () => {
  test.each([
    ['実績値', 'actual'],
    ['実績', 'actual'],
    ['実　績', 'actual'],
    ['期待値\n※R7は目標値', 'expected'],
    ['計画値', 'expected'],
    ['目標値', 'target'],
    ['数値目標', 'target'],
    ['目標', 'target'],
    // 税目 heads the names; 決算見込／決算確定 a year's actual.
    ['税目', 'name'],
    ['決算見込\n（R7.2月末時点）', 'actual'],
    ['決算確定', 'actual'],
    // 算定値: the figure a PI's formula gives from the year's records.
    ['算定値', 'actual'],
    ['現状値', 'baseline'],
    ['基準値', 'baseline'],
    ['現況（計画策定時）', 'baseline'],
    ['策定時の値', 'baseline'],
    ['計画策定時の値', 'baseline'],
    ['成果目標', 'target'],
    // 消防力 and facilities: the 整備目標 is the target, the 現有数 (held now) the actual; 必要数 / 条例定数 are neither.
    ['整備目標\n（令和5年度）', 'target'],
    ['配置目標数', 'target'],
    ['現有数\n（令和6年3月31日現在）', 'actual'],
    ['現員数', 'actual'],
    // A citizens' card: めざす値 is the target, いまの値 the latest actual; めざす姿 (a picture in words) is no figure's label.
    ['めざす値', 'target'],
    ['目指す数値', 'target'],
    ['いまの値', 'actual'],
    ['今の値', 'actual'],
    ['成果実績', 'actual'],
    ['活動実績値', 'actual'],
    // A plan's final evaluation: the figure at its end, as 中間値 at its middle.
    ['最終値（令和7年度）', 'actual'],
    ['最終目標値', 'target'],
    ['単位', 'unit'],
    ['指　標 ①', 'name'],
    ['成果指標', 'name'],
    ['KPI', 'name'],
    ['事業名', 'name'],
    ['対象業務', 'name'],
    ['業務名', 'name'],
    ['推進事業', 'name'],
    // 「…別の取組」: the rows' names, one per kind the table is broken down by.
    ['施設類型別の取組', 'name'],
    ['部門別の事業', 'name'],
    ['指標の説明', 'description'],
    ['評価', 'grade'],
    ['自己評価', 'grade'],
    ['自己評価（A～D）', 'grade'],
    ['担当評価', 'grade'],
    ['所管課評価', 'grade'],
    ['担当課評価', 'grade'],
    ['一次評価', 'grade'],
    ['部局評価', 'grade'],
    ['所管部局評価', 'grade'],
    ['主管課評価', 'grade'],
    ['所属評価', 'grade'],
    ['担当課の評価', 'grade'],
    ['教育委員会の評価', 'grade'],
    ['外部評価委員会評価', 'grade'],
    ['達成状況', 'grade'],
    ['Status', 'grade'],
    ['Rating', 'grade'],
    ['Evaluation', 'grade'],
    ['Note', 'note'],
    ['Remarks', 'note'],
    ['今後の方向性', 'futureDirection'],
    ['成果・効果、課題、今後の方向性', 'futureDirection'],
    ['方向', 'direction'],
    ['目標の方向', 'direction'],
    ['目標方向', 'direction'],
    ['備　考', 'note'],
    ['達成率', 'derived'],
    ['R5達成率', 'derived'],
    ['合計', 'derived'],
    ['年度別実績', 'actual'],
    ['No.', 'id'],
    ['区分', 'category'],
    ['目標の種類', 'category'],
    ['目標区分', 'category'],
    ['前年度評価', 'previousGrade'],
  ])('%j → %s', (text, role) => expect(classifyLabel(text)?.role).toBe(role));

  test('periods in labels', () => {
    expect(classifyLabel('R5年度数値目標')).toMatchObject({ role: 'target', period: { fiscalYear: 2023 } });
    expect(classifyLabel('R4年度実績値')).toMatchObject({ role: 'actual', period: { fiscalYear: 2022 } });
    expect(classifyLabel('目標（R8）')).toMatchObject({ role: 'target', period: { fiscalYear: 2026 } });
    expect(classifyLabel('実績(R5)')).toMatchObject({ role: 'actual', period: { fiscalYear: 2023 } });
  });
  test('ids in name labels', () => expect(classifyLabel('指　標 ⑬')).toEqual({ role: 'name', id: '13' }));
  test('a heading written wholly in brackets (PDF tables) is the heading inside', () => {
    expect(classifyLabel('(単位)')).toEqual({ role: 'unit' });
    expect(classifyLabel('（ 単位 ）')).toEqual({ role: 'unit' });
    expect(classifyLabel('（備考）')).toEqual({ role: 'note' });
    expect(classifyLabel('(人口)')).toBeNull();
  });
  test('sentences are not labels', () => {
    expect(classifyLabel('実績は目標を上回った')).toBeNull();
    expect(classifyLabel('事業実施状況')).toBeNull();
    expect(classifyLabel('条例定数')).toBeNull();
    expect(classifyLabel('整備指針に基づく必要数')).toBeNull();
  });
});

test('directions', () => {
  expect(parseDirection('減少')).toBe('down');
  expect(parseDirection('↑')).toBe('up');
  expect(parseDirection('➘')).toBe('down');
  expect(parseDirection('↓減少')).toBe('down');
  expect(parseDirection('維持')).toBe('maintain');
  expect(parseDirection('その他')).toBeNull();
  // a 目標の考え方 column: 縮減 / 縮小 point down; a sentence under it (基準値から10％縮減, 100％を維持) states no direction
  expect(parseDirection('縮減')).toBe('down');
  expect(parseDirection('縮小')).toBe('down');
  expect(parseDirection('基準値から10％縮減')).toBeNull();
  expect(classifyLabel('目標の考え方')?.role).toBe('direction');
  expect(classifyLabel('目標設定の考え方')?.role).toBe('direction');
  expect(directionFromWords('ごみ排出量の削減')).toBe('down');
  expect(directionFromWords('相談件数')).toBeNull();
});

describe('splitMeasure', () => {
  test.each([
    ['相談件数 目標', { role: 'target', rest: '相談件数' }],
    ['相談件数（実績）', { role: 'actual', rest: '相談件数' }],
    ['防災訓練参加者数 目標（人）', { role: 'target', rest: '防災訓練参加者数 (人)' }],
    ['実績：移住相談件数', { role: 'actual', rest: '移住相談件数' }],
    ['利用者数\n期待値', { role: 'expected', rest: '利用者数' }],
  ])('%j', (text, expected) => expect(splitMeasure(text)).toEqual(expected));
  test.each(['目標値', '実績', '相談件数', '達成率', '目標（R8）'])('%j has no name beside a measure', (text) => expect(splitMeasure(text)).toBeNull());
});

describe('composite headings: a part that is a known heading gives the role when the parts agree', () => {
  test.each([
    ['基本目標／ＫＰＩ', 'name'],
    ['施策・指標名', 'name'],
    ['基本目標(KPI)', 'name'],
    ['基本施策/成果指標', 'name'],
  ])('%s → %s', (text, role) => expect(classifyLabel(text)?.role).toBe(role));
  test.each(['目標・実績', '指標名／単位', '基本目標／施策', '達成率・評価'])('%s says two roles or none', (text) => expect(classifyLabel(text)).toBeNull());
  // What was done, in words: a part naming its content (…内容, …概要) makes the heading no figure's.
  test.each(['令和5年度の取組内容・実績', '取組内容・実績', '事業概要／実績'])('%s is no actual', (text) => expect(classifyLabel(text)).toBeNull());
  // A name heading first, then what describes it: the cells hold each row's name (first line) and its outline.
  test.each(['事業名・概要', '事業名／事業概要', '指標名・説明', '施策・事業名・概要'])('%s heads the names', (text) =>
    expect(classifyLabel(text)?.role).toBe('name'),
  );
  // The outline first, or a measure beside the name: still no name heading.
  test.each(['概要・事業名', '事業名・実績', '事業名・概要・実績'])('%s heads no names', (text) => expect(classifyLabel(text)).toBeNull());
});

test('the progress of the row’s action (取組の進捗, 事業の進捗状況) is its grade', () => {
  expect(classifyLabel('取組の進捗')?.role).toBe('grade');
  expect(classifyLabel('事業の進捗状況')?.role).toBe('grade');
});

describe('two-language headings: the parts that are labels agree, the others are an English gloss or a period alone', () => {
  test.each([
    ['指標\nIndicator', 'name'],
    ['Unit\n単位', 'unit'],
    ['達成率 Rate', 'derived'],
    ['指　標 Indicator Name', 'name'],
    ['評価\nGrade (A-D)', 'grade'],
  ])('%j → %s', (text, role) => expect(classifyLabel(text)).toEqual({ role }));
  test('the period written in any line is the heading’s', () => {
    expect(classifyLabel('令和4年度実績\nFY2022')).toMatchObject({ role: 'actual', period: { fiscalYear: 2022 } });
    expect(classifyLabel('目標値\nFY2026 Target')).toMatchObject({ role: 'target', period: { fiscalYear: 2026 } });
    expect(classifyLabel('目標値 Target\nR8')).toMatchObject({ role: 'target', period: { fiscalYear: 2026 } });
    expect(classifyLabel('Actual 実績値')).toEqual({ role: 'actual' });
    expect(classifyLabel('Target\n目標値\n(R8)')).toMatchObject({ role: 'target', period: { fiscalYear: 2026 } });
  });
  test('an English heading with its year after or before it (「Target FY2023」「FY2023 Result」) is that heading of that year', () => {
    expect(classifyLabel('Target FY2023')).toMatchObject({ role: 'target', period: { fiscalYear: 2023 } });
    expect(classifyLabel('Actual FY 2022')).toMatchObject({ role: 'actual', period: { fiscalYear: 2022 } });
    expect(classifyLabel('FY2023 Result')).toMatchObject({ role: 'actual', period: { fiscalYear: 2023 } });
    expect(classifyLabel('Target R5')).toMatchObject({ role: 'target', period: { fiscalYear: 2023 } });
    expect(classifyLabel('Actual 2023')).toMatchObject({ role: 'actual', period: { fiscalYear: 2023 } });
    expect(classifyLabel('Target FY2023 (%)')).toMatchObject({ role: 'target', period: { fiscalYear: 2023 } });
  });
  test.each([
    ['Achievement rate', 'derived'],
    ['Direction', 'direction'],
    ['Self-evaluation', 'grade'],
  ])('the English heading %j → %s', (text, role) => expect(classifyLabel(text)?.role).toBe(role));
  test.each([
    ['Target FY2023 FY2024', 'two years'],
    ['Actual 2022 2023', 'two bare years'],
    ['Number of visitors FY2023', 'words that are no heading'],
    ['TargetFY2023', 'the year run into the word'],
  ])('%j is no label (%s)', (text) => expect(classifyLabel(text)).toBeNull());
  test.each([
    ['R4実績\nFY2023', 'two different years'],
    ['目標\nActual', 'two roles'],
    ['指標\n説明の文', 'a Japanese line that is no label'],
    ['Indicator\nTarget', 'English words only'],
  ])('%j is no label (%s)', (text) => expect(classifyLabel(text)).toBeNull());
});

describe('評価 qualified by the indicator it rates is the indicator’s grade; a group’s rating is not', () => {
  test.each(['指標評価', '指標の評価', '評価（指標）', '成果指標の評価', 'ＫＰＩ評価', '指標別評価', '活動指標評価結果', '指標の判定'])('%j → grade', (text) =>
    expect(classifyLabel(text)?.role).toBe('grade'),
  );
  test.each(['施策評価', '総合評価', '事業評価', '政策評価', '施策の評価', 'KPIの達成状況'])('%j is no indicator grade', (text) =>
    expect(classifyLabel(text)).toBeNull(),
  );
  test('施策評価 stays a group rating label', () => expect(classifyMeta('施策評価')).toBe('groupGrade'));
});

test('a heading noted 「（単位）」 names the items with their units: a name heading, unless its word is a heading of its own', () => {
  expect(['項目（単位）', '品目(単位)', '指標名（単位）'].map((t) => classifyLabel(t)?.role)).toEqual(['name', 'name', 'name']);
  expect(['区分（単位）', '単位', '目標（単位）'].map((t) => classifyLabel(t)?.role)).toEqual(['category', 'unit', 'target']);
});

test.each(['成果指標名', '活動指標名', '成果指標', '指標名', '業務指標', '管理指標'])('%s heads the indicator names', (text) =>
  expect(classifyLabel(text)?.role).toBe('name'),
);

test.each(['年度別目標値', '年度別目標'])('%s heads per-year targets', (text) => expect(classifyLabel(text)?.role).toBe('target'));

test.each(['取組項目', '取組事項', '取り組み項目'])('%s heads the names of a reform plan’s 取組 rows', (text) =>
  expect(classifyLabel(text)?.role).toBe('name'),
);

test.each(['基準年度比', '基準年比', '基準値比', '対基準年度比', '基準年度比\n（令和５年度）'])('%j is a change against the baseline, derived', (text) =>
  expect(classifyLabel(text)?.role).toBe('derived'),
);

test.each(['③確保の実績', '整備の実績値', 'R5確保の実績', '供給の実績', '本市の実績', '町の実績値'])(
  '%j, the result of what a short noun names, is an actual',
  (text) => expect(classifyLabel(text)?.role).toBe('actual'),
);
test.each(['過去の実績', '（参考）利用実績', '①量の見込み', '県の実績', '前期の実績', '全国の実績値', '他市の実績'])('%j is no actual', (text) =>
  expect(classifyLabel(text)?.role).not.toBe('actual'),
);
test.each(['削減目標（令和12年度）', '低減目標値', '縮減目標\n（令和13年度まで）', '削減目標（基準年度比）', '縮減目標（令和13年度・基準年度比）'])(
  '%j, a reduction target, is a target',
  (text) => expect(classifyLabel(text)?.role).toBe('target'),
);
test('a reduction target with a remark in brackets is a note, no heading', () => expect(classifyLabel('削減目標（少ないほど良い）')).toBeNull());
test('「縮減目標（令和13年度まで）」 is the target of that year (by then); more words in the bracket, no heading', () => {
  expect(classifyLabel('縮減目標\n（令和13年度まで）')).toMatchObject({ role: 'target', period: { fiscalYear: 2031 } });
  expect(classifyLabel('縮減目標（令和13年度までに検討）')).toBeNull();
});

test('a target over a term of years is the target at its end; other roles keep the first year as before', () => {
  expect(classifyLabel('目標値（R3～R5）')).toMatchObject({ role: 'target', period: { fiscalYear: 2023 } });
  expect(classifyLabel('前期目標（令和3年度～令和5年度）')).toMatchObject({ role: 'target', period: { fiscalYear: 2023 } });
  expect(classifyLabel('目標（R8）')).toMatchObject({ role: 'target', period: { fiscalYear: 2026 } });
  expect(classifyLabel('実績（R3～R5）')).toMatchObject({ role: 'actual', period: { fiscalYear: 2021 } });
});

test('a 累計 over a term of years (「実績値（令和3年度～令和5年度累計）」) is the total at the term’s end, never its first year’s', () => {
  expect(classifyLabel('実績値（令和3年度～令和5年度累計）')).toMatchObject({ role: 'actual', period: { fiscalYear: 2023 } });
  expect(classifyLabel('実績値（令和3年度～令和4年度累計）')).toMatchObject({ role: 'actual', period: { fiscalYear: 2022 } });
});

test.each(['年度計画量', '年間計画量', '単年度計画値', '年度計画値'])('%j, the year’s plan, is expected as 計画量 is', (text) =>
  expect(classifyLabel(text)?.role).toBe('expected'),
);
test.each(['前期5か年計画量（R4〜R8）', '5か年計画量'])('%j, a plan over the term, is no year’s plan', (text) => expect(classifyLabel(text)).toBeNull());
test('実績量, the quantity done, is the actual beside 計画量; a qualified 削減実績量 stays for its twin (targetTwins.ts)', () => {
  expect(classifyLabel('実績量')?.role).toBe('actual');
  expect(classifyLabel('実績量（ha）')?.role).toBe('actual');
  expect(classifyLabel('削減実績量')).toBeNull();
  expect(classifyLabel('実績量見込')).toBeNull();
});

test('短縮 / 軽減 in a direction cell mean down, 拡大 / 拡充 up; 維持・増加 is kept as written elsewhere', () => {
  expect(['短縮', '軽減', '縮める'].map(parseDirection)).toEqual(['down', 'down', 'down']);
  expect(['拡大', '拡充'].map(parseDirection)).toEqual(['up', 'up']);
  expect(parseDirection('適正化')).toBeNull();
  expect(['維持・増加', '維持又は向上', '現状維持・減少', '維持'].map(parseDirection)).toEqual(['up', 'up', 'down', 'maintain']);
  // More than one way word after 維持 (「減少抑制」 slows a fall: no way down) keeps it 維持.
  expect(['維持・減少抑制', '現状維持・減少幅の縮小'].map(parseDirection)).toEqual(['maintain', 'maintain']);
});

test.each(['目標効果額', '目標回収額', '目標販売数', '目標効果額（千円）'])('%j: 目標 before the quantity it is set for is a target', (text) =>
  expect(classifyLabel(text)?.role).toBe('target'),
);
test.each(['目標達成数', '目標差額', '目標年度数', '目標見込額', '目標削減額'])(
  '%j: a share achieving it, a difference, a year, a forecast or a change is no target',
  (text) => expect(classifyLabel(text)?.role).not.toBe('target'),
);

describe('a rank of attainment heads the written grade', () => {
  test.each([['達成度ランク'], ['評価ランク'], ['達成ランク']])('%s is a grade heading', (text) => {
    expect(classifyLabel(text)?.role).toBe('grade');
  });
  test('a rank of something else (利用者ランク, ランク) is none', () => {
    expect(classifyLabel('利用者ランク')?.role).not.toBe('grade');
    expect(classifyLabel('ランク')?.role).not.toBe('grade');
  });
});

// Words split from a measure word by a bracket alone, the first no heading: a name (「河川の環境基準（BOD）達成率」), no 達成率 heading.
test.each(['河川の環境基準（BOD）達成率', '大気環境基準(NO2)達成率'])('%s is no heading', (text) => expect(classifyLabel(text)).toBeNull());
test.each([
  ['達成率（％）', 'derived'],
  ['目標値（人）', 'target'],
  ['実績・達成率', null],
  ['めざす姿', null],
])('%s keeps its reading', (text, role) => expect(classifyLabel(text)?.role ?? null).toBe(role));

test('サービス alone heads the names, as サービス名 and サービスの種類 do; a longer word with it does not', () => {
  for (const t of ['サービス', 'サービス名', 'サービスの種類']) expect(classifyLabel(t)?.role).toBe('name');
  expect(classifyLabel('サービス量')?.role).not.toBe('name');
});

test('最終値 / 中間値 with 目標 in its brackets is a target, without it a measured value (review rv41a)', () => {
  expect(classifyLabel('最終値（R9目標）')).toMatchObject({ role: 'target', period: { fiscalYear: 2027 } });
  expect(classifyLabel('中間値（目標）')?.role).toBe('target');
  expect(classifyLabel('最終値（R9）')?.role).toBe('actual');
  expect(classifyLabel('最終値')?.role).toBe('actual');
});

test('a bare 業務 heads no names (a column of kinds of work beside the items: review rv50)', () => {
  expect(classifyLabel('業務')?.role).not.toBe('name');
});

test('評価指標 with its number (「評価指標①」「評価指標2」) is a name label as 成果指標① is; the number is its id', () => {
  expect(classifyLabel('評価指標①')).toEqual({ role: 'name', id: '1' });
  expect(classifyLabel('評価指標2')).toEqual({ role: 'name', id: '2' });
  // Counter-example: a number after another word stays no label (「評価2」 is no name heading).
  expect(classifyLabel('評価2')?.role).not.toBe('name');
});
