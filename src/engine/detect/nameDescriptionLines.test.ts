import { checkWorkbook } from '../actions/check';
import { descriptionLine, grantNameLine, nameEndsAbove, nameOverDescription, nameOverDoing, projectOverLine, wholeNameLine } from './nameDescriptionLines';
import { snap } from './testing';

test('a whole name line and a description line', () => {
  for (const l of [
    '創業支援相談事業',
    '(1)空き店舗活用支援事業',
    '相談件数',
    '特定健診受診率',
    '高齢者への配食サービス事業',
    '【1-02】中小企業販路開拓支援事業補助金',
    '企業立地促進奨励金',
  ])
    expect(wholeNameLine(l)).toBe(true);
  for (const l of ['地域の見守り活動に参加', '創業希望者への相談を実施する', 'ふるさと応援寄附', '図書館の運営、貸出']) expect(wholeNameLine(l)).toBe(false);
  for (const l of [
    '創業希望者への個別相談を実施',
    '求職者向けセミナーを年６回開催',
    '移動販売車の運行を支援',
    '商店街のにぎわい創出のため',
    '合同就職説明会の開催と若手人材の定着支援',
  ])
    expect(descriptionLine(l)).toBe(true);
  for (const l of ['市制度融資のあっせんと利子補給', '事業への参加者数', 'している市民の割合', '（40～74歳の国保加入者）'])
    expect(descriptionLine(l)).toBe(false);
  expect(nameOverDescription('創業支援相談事業\n創業希望者への個別相談を実施')).toBe(true);
  expect(nameOverDescription('地域の見守り活動に参加\nしている市民の割合')).toBe(false);
});

test('a name ends above a line only when the line neither goes on with it nor ends as a name', () => {
  expect(nameEndsAbove('販路開拓展示会出展支援事業', '首都圏の展示会への共同出展')).toBe(true);
  expect(nameEndsAbove('若年者インターンシップ支援事業', '市内企業での就業体験を支援')).toBe(true);
  expect(nameEndsAbove('市民活動支援', '事業への参加者数')).toBe(false);
  expect(nameEndsAbove('市民一人当たりの貸出数', 'の増加率')).toBe(false);
  expect(nameEndsAbove('子育て支援拠点', '運営事業')).toBe(false);
  expect(nameEndsAbove('中小企業販路開拓支援事業補助金', '展示会出展等の経費を補助')).toBe(true);
  expect(nameEndsAbove('市民活動支援', '補助金')).toBe(false);
  expect(nameEndsAbove('企業人材確保支援事業', '合同就職説明会の開催と若手人材の定着支援')).toBe(true);
  expect(nameEndsAbove('子育てと仕事の', '両立支援')).toBe(false);
});

/** A 推進事業 table whose cells hold the project's name over a one-line description, no 。 anywhere. */
const rows = (extra: string[][] = []) => [
  ['令和5年度 推進事業の実績'],
  ['No.', '推進事業', '数値目標', '実績値'],
  ['1', '創業支援相談事業\n創業希望者への個別相談を実施', '相談件数 150件', '123件'],
  ['2', '中小企業融資あっせん事業\n市制度融資のあっせんと利子補給', 'あっせん件数 40件', '52件'],
  ['3', '(3)買物弱者対策事業\n移動販売車の運行を支援', '運行日数 120日', '118日'],
  ...extra,
];

test('in a column of names over descriptions every name is its first line; a name broken mid-word stays whole', () => {
  const wrapped = ['4', '地域の見守り活動に参加\nしている市民の割合', '40％', '38％'];
  const names = checkWorkbook({ sheets: [snap('事業', rows([wrapped]))] }, {}).report.indicators.map((i) => i.name);
  expect(names).toEqual(['創業支援相談事業', '中小企業融資あっせん事業', '買物弱者対策事業', '地域の見守り活動に参加している市民の割合']);
});

test('one cell of a name over a description is no column of them: its lines stay one name', () => {
  const one = rows().slice(0, 3);
  one.push(['2', '中小企業融資あっせん\n事業', 'あっせん件数 40件', '52件']);
  const names = checkWorkbook({ sheets: [snap('事業', one)] }, {}).report.indicators.map((i) => i.name);
  expect(names).toEqual(['創業支援相談事業創業希望者への個別相談を実施', '中小企業融資あっせん事業']);
});

test('a bracketed qualifier line under the name is part of it, even in a column of names over descriptions', () => {
  expect(nameEndsAbove('ごみ排出量', '（1人1日当たり）')).toBe(false);
  const qualified = ['4', 'ごみ排出量\n（1人1日当たり）', '850g', '870g'];
  const names = checkWorkbook({ sheets: [snap('事業', rows([qualified]))] }, {}).report.indicators.map((i) => i.name);
  expect(names[3]).toMatch(/^ごみ排出量\s*（1人1日当たり）$/);
});

test('a column of projects each over a line of its 概要, though the lines do not all read as descriptions: the names are the first lines', () => {
  const s = snap('事業実績', [
    ['No.', '推進事業', 'R5数値目標', 'R5実績'],
    [1, '1-1　新規就農者支援事業\n研修期間中の生活費と機械導入経費を支援', '8人', '7人'],
    [2, '1-2　農業まつり開催事業\n市内農産物のPRと生産者・消費者の交流', '5,000人', '約4,800人'],
    [3, '2-1　木育推進事業\n親子向け木工ワークショップの開催', '12回', '6回'],
  ]);
  const names = checkWorkbook({ sheets: [s] }, {}).report.indicators.map((i) => i.name);
  expect(names).toEqual(['新規就農者支援事業', '農業まつり開催事業', '木育推進事業']);
  // A name over its bracketed qualifier line stays whole: the column is no column of projects over descriptions.
  const q = snap('事業実績', [
    ['No.', '推進事業', 'R5数値目標', 'R5実績'],
    [1, '道路維持補修事業\n（舗装）', '8km', '7km'],
    [2, '橋梁修繕事業\n（長寿命化）', '5橋', '4橋'],
    [3, '木育推進事業\n親子向け木工ワークショップの開催', '12回', '6回'],
  ]);
  expect(checkWorkbook({ sheets: [q] }, {}).report.indicators.map((i) => i.name)[0]).toContain('（舗装）');
});

test('a column of projects and held activities over their 概要, bracketed or not: the names are the first lines', () => {
  expect(projectOverLine('多重債務相談会', '弁護士・司法書士による無料相談会')).toBe(true);
  expect(projectOverLine('公民館講座開催事業', '（地区公民館の主催講座）')).toBe(true);
  expect(projectOverLine('道路維持補修事業', '（舗装）')).toBe(false);
  expect(projectOverLine('子育て支援拠点', '運営事業')).toBe(false);
  const s = snap('事業実績', [
    ['No.', '推進事業', 'R6数値目標', 'R6実績'],
    [1, '公民館講座開催事業\n（地区公民館の主催講座）', '60講座', '58講座'],
    [2, '多重債務相談会\n弁護士・司法書士による無料相談会', '12回', '12回'],
    [3, '総合型地域スポーツクラブ育成支援事業\n（クラブ運営費の補助）', '1,800人', '1,512人'],
  ]);
  const names = checkWorkbook({ sheets: [s] }, {}).report.indicators.map((i) => i.name);
  expect(names).toEqual(['公民館講座開催事業', '多重債務相談会', '総合型地域スポーツクラブ育成支援事業']);
});

test('a bracket naming the quantity measured or its aim stays in the name: it is no 概要 (review rv51)', () => {
  expect(projectOverLine('交通安全対策推進事業', '（交通事故死傷者数の減少）')).toBe(false);
  expect(projectOverLine('ごみ減量推進事業', '（1人1日当たりのごみ排出量）')).toBe(false);
  expect(projectOverLine('健康づくり教室', '（参加者の延べ人数）')).toBe(false);
  const s = snap('事業実績', [
    ['事業名', '単位', 'R5目標', 'R5実績'],
    ['交通安全対策推進事業\n（交通事故死傷者数の減少）', '人', 300, 280],
    ['放課後児童健全育成事業\n（待機児童数の削減）', '人', 10, 8],
    ['ごみ減量推進事業\n（1人1日当たりのごみ排出量の削減）', 'g', 850, 870],
  ]);
  const report = checkWorkbook({ sheets: [s] }, {}).report;
  expect(report.indicators.map((i) => [i.direction, i.grade])).toEqual([
    ['down', 'A'],
    ['down', 'A'],
    ['down', 'B'],
  ]);
});

test('a 講習会 or 交流会 is a held activity’s whole name over its 概要 line', () => {
  expect(projectOverLine('【52-08】排水設備工事指定店講習会', '指定工事店の技術向上')).toBe(true);
  expect(projectOverLine('多文化交流会', '外国人住民と地域住民の交流')).toBe(true);
});

test('a grant’s name without its 金 (…運営費補助, …助成) ends the name above a line describing it, and only there', () => {
  expect(grantNameLine('(5)病院群輪番制病院運営費補助')).toBe(true);
  expect(grantNameLine('不妊治療費助成')).toBe(true);
  for (const l of ['高齢者の住宅改修を補助', '地域の団体への補助', '運営費を補助する']) expect(grantNameLine(l)).toBe(false);
  expect(nameEndsAbove('病院群輪番制病院運営費補助', '二次救急医療を輪番で担う病院への運営費補助')).toBe(true);
  // Broken before its 金 or 事業, or over a line that describes nothing, it stays one name.
  expect(nameEndsAbove('市民活動団体運営費補助', '金')).toBe(false);
  expect(nameEndsAbove('住宅リフォーム補助', '事業')).toBe(false);
  expect(nameEndsAbove('住宅リフォーム補助', '（市内業者施工分）')).toBe(false);
  const grant = ['4', '(4)病院群輪番制病院運営費補助\n二次救急医療を輪番で担う病院への運営費補助', '受入患者数 2,800人', '2,536人'];
  const broken = ['5', '市民活動団体運営費補助\n金', '交付団体数 20団体', '18団体'];
  const shop = ['6', '空き店舗活用支援事業\n空き店舗への出店費用を補助', '出店数 5件', '4件'];
  const names = checkWorkbook({ sheets: [snap('事業', rows([grant, broken, shop]))] }, {}).report.indicators.map((i) => i.name);
  expect(names.slice(3)).toEqual(['病院群輪番制病院運営費補助', '市民活動団体運営費補助金', '空き店舗活用支援事業']);
});

test('review rv73: a grant’s name goes on over a line starting with its tail (事業, 制度, 金) or a joining word (及び, 並びに, 等, や)', () => {
  expect(nameEndsAbove('私立保育所運営費補助', '及び延長保育事業への補助')).toBe(false);
  expect(nameEndsAbove('木造住宅耐震改修費補助', '事業による耐震化を促進')).toBe(false);
  expect(nameEndsAbove('ひとり親家庭医療費助成', '制度の利用者に対する医療費の助成')).toBe(false);
  // A line describing the grant with none of them first still ends the name above it.
  expect(nameEndsAbove('子ども医療費助成', '中学生までの医療費を助成')).toBe(true);
  const joined = ['4', '私立保育所運営費補助\n及び延長保育事業への補助', '補助園数 12園', '12園'];
  const tail = ['5', '木造住宅耐震改修費補助\n事業による耐震化を促進', '改修件数 30件', '26件'];
  const shop = ['6', '空き店舗活用支援事業\n空き店舗への出店費用を補助', '出店数 5件', '4件'];
  const names = checkWorkbook({ sheets: [snap('事業', rows([joined, tail, shop]))] }, {}).report.indicators.map((i) => i.name);
  expect(names.slice(3, 5).map((n) => n.startsWith('私立保育所運営費補助及び') || n.startsWith('木造住宅耐震改修費補助事業'))).toEqual([true, true]);
  expect([names[0], names[5]]).toEqual(['創業支援相談事業', '空き店舗活用支援事業']);
});

test('review rv76: a description starting with a word that only begins like the tail (事業者, 金融機関, 等級, 制度融資) ends the grant’s name', () => {
  expect(nameEndsAbove('中小企業設備投資補助', '事業者の設備更新費用の一部を補助')).toBe(true);
  expect(nameEndsAbove('創業支援補助', '金融機関と連携し創業者を支援')).toBe(true);
  expect(nameEndsAbove('住宅リフォーム助成', '等級の高い省エネ改修への助成')).toBe(true);
  expect(nameEndsAbove('新規就農者支援補助', '制度融資の利子を補給')).toBe(true);
  expect(nameEndsAbove('市民活動団体運営費補助', '金の交付により団体を支援')).toBe(false);
  const grant = ['4', '中小企業設備投資補助\n事業者の設備更新費用の一部を補助', '補助件数 12件', '12件'];
  const names = checkWorkbook({ sheets: [snap('事業', rows([grant]))] }, {}).report.indicators.map((i) => i.name);
  expect(names[3]).toBe('中小企業設備投資補助');
});

test('a compound code on a line of its own above the name and its 概要 numbers the row: the name is the line under it, the code its id', () => {
  expect(nameOverDescription('(1)-①\n手話通訳者派遣事業\n聴覚障がい者の通院・手続き等に手話通訳者を派遣する')).toBe(true);
  const s = snap('事業実績', [
    ['No.', '推進事業', '令和３年度数値目標', '令和３年度実績値'],
    [1, '(1)-①\n手話通訳者派遣事業\n聴覚障がい者の通院・手続き等に手話通訳者を派遣する', '派遣件数 180件', '派遣件数 204件'],
    [2, '(1)-②\n公共施設バリアフリー改修事業\n市有施設の段差解消・多目的トイレ設置を行う', '改修施設数 3施設', '改修施設数 2施設'],
    [3, '(2)-①\nユニバーサルデザイン出前講座\n小中学校・町内会へ職員が出向き講座を行う', '開催回数 12回', '開催回数 9回'],
  ]);
  const inds = checkWorkbook({ sheets: [s] }, {}).report.indicators;
  expect(inds.map((i) => [i.id, i.name])).toEqual([
    ['(1)-1', '手話通訳者派遣事業'],
    ['(1)-2', '公共施設バリアフリー改修事業'],
    ['(2)-1', 'ユニバーサルデザイン出前講座'],
  ]);
  // The 段差解消 of the 概要 is no way of the project's count: it reads up.
  expect(inds[1].direction).toBe('up');
});

test('under a code line, a name broken mid-word stays one name, and a code over the name alone is read as before', () => {
  // Two lines under the code that go on with each other: no description, one name.
  expect(nameOverDescription('1-1\n地域の見守り活動に参加\nしている市民の割合')).toBe(false);
  // A code line over one line: that line is the name (cleanName); its lines are never a name over a description.
  expect(nameOverDescription('1-1\n創業支援相談事業')).toBe(false);
  const s = snap('事業実績', [
    ['No.', '推進事業', 'R5数値目標', 'R5実績'],
    [1, '1-1\n地域の見守り活動に参加\nしている市民の割合', '40％', '38％'],
    [2, '1-2\n子育て支援拠点\n運営事業', '5か所', '5か所'],
  ]);
  const names = checkWorkbook({ sheets: [s] }, {}).report.indicators.map((i) => i.name);
  expect(names).toEqual(['地域の見守り活動に参加している市民の割合', '子育て支援拠点運営事業']);
});

test('a column whose every name cell is a name over what is done reads the first line, though some names end as no listed word ends', () => {
  expect(nameOverDoing('1-2 入学準備金の入学前支給', '新入学児童生徒学用品費を入学前（３月）に支給する')).toBe(true);
  expect(nameOverDoing('地域の見守り活動に参加', 'している市民の割合')).toBe(false);
  // One sentence wrapped after a particle or an inflection: no name over a description.
  expect(nameOverDoing('(1) 子どもの学びを', '支える環境を整備する')).toBe(false);
  expect(nameOverDoing('高齢者が地域で活躍できる', '場づくりを推進する')).toBe(false);
  expect(nameOverDoing('勤労者メンタルヘルスセミナー', '事業所の従業員に向けて開催する')).toBe(true);
  const s = snap('事業実績', [
    ['No.', '推進事業', 'R4年度数値目標', 'R4年度実績値'],
    [1, '2-1 放課後学習教室の開催\n小学生を対象に放課後の学習の場を提供する', '開催回数 40回', '開催回数 38回'],
    [2, '2-2 通学用ヘルメットの購入補助\n自転車通学の生徒にヘルメット購入費の一部を補助する', '補助件数 120件', '補助件数 131件'],
    [3, '2-3 図書館の資料の充実\n児童書・郷土資料を計画的に購入する', '購入冊数 2,000冊', '購入冊数 1,850冊'],
  ]);
  const names = checkWorkbook({ sheets: [s] }, {}).report.indicators.map((i) => i.name);
  expect(names).toEqual(['放課後学習教室の開催', '通学用ヘルメットの購入補助', '図書館の資料の充実']);
  // One cell whose lines are one name broken mid-word: the column is no column of names over descriptions; every name whole.
  const broken = snap('事業実績', [
    ['No.', '推進事業', 'R4年度数値目標', 'R4年度実績値'],
    [1, '2-1 放課後学習教室の開催\n小学生を対象に放課後の学習の場を提供する', '開催回数 40回', '開催回数 38回'],
    [2, '2-2 地域の見守り活動に参加\nしている市民の割合', '40％', '38％'],
    [3, '2-3 図書館の資料の充実\n児童書・郷土資料を計画的に購入する', '購入冊数 2,000冊', '購入冊数 1,850冊'],
  ]);
  const whole = checkWorkbook({ sheets: [broken] }, {}).report.indicators.map((i) => i.name);
  expect(whole[1]).toBe('地域の見守り活動に参加している市民の割合');
});

test('a held セミナー, スクール or イベント over a line of who it is for is a project over its 概要', () => {
  expect(projectOverLine('勤労者向けメンタルヘルスセミナー', '事業所の人事担当者・従業員向けセミナー')).toBe(true);
  expect(projectOverLine('親子ふれあいキャンプ', '市内の小学生とその保護者')).toBe(true);
  expect(projectOverLine('市民活動支援', '事業への参加者数')).toBe(false);
});

test('review rv78: a held event over who is counted is one name; a status tag over a 概要 is no name', () => {
  expect(projectOverLine('ウォーキングイベント', '延べ参加者')).toBe(false);
  expect(projectOverLine('健康づくりセミナー', '受講者')).toBe(false);
  expect(nameOverDoing('新規', '空き家の改修費を補助')).toBe(false);
  expect(nameOverDoing('（重点）', '空き家の改修費を補助')).toBe(false);
  expect(nameOverDoing('中心市街地の空き店舗の', '活用を促進するため家賃を補助')).toBe(false);
});

const projectNames = (rows: (string | number)[][]) =>
  checkWorkbook({ sheets: [snap('事業実績', [['No.', '事業名', '単位', 'R5年度目標', 'R5年度実績'], ...rows])] }, { period: '2023' }).report.indicators.map(
    (i) => i.name,
  );

test('review rv79 item 2: a line of several status tags (「（新規・拡充）」) is a tag, and a cell is never cut to a bracket alone', () => {
  expect(nameOverDoing('（新規・拡充）', '空き家の改修費を補助')).toBe(false);
  expect(nameOverDoing('【重点・継続】', '空き家の改修費を補助')).toBe(false);
  expect(nameOverDoing('新規就農者の育成', '研修期間中の生活費を支援する')).toBe(true);
  expect(
    projectNames([
      [1, '（新規・拡充）\n空き家の改修費を補助', '件', 20, 18],
      [2, '（重点・継続）\n三世代同居のための住宅改修費を補助', '件', 30, 33],
      [3, '（拡充・重点）\n木造住宅の耐震診断費を補助', '件', 40, 35],
    ]),
  ).toEqual(['空き家の改修費を補助', '三世代同居のための住宅改修費を補助', '木造住宅の耐震診断費を補助']);
});

test('review rv79 items 6–7: a line of who is counted under a held activity is the rest of its name, whatever its length', () => {
  for (const [first, next] of [
    ['市民スポーツイベント', '参加者（延べ人数）'],
    ['ジュニアスポーツスクール', '受講者（年間実人数）'],
    ['介護予防教室', '延べ参加者'],
    ['市民健康講座', '受講者'],
    ['健康相談会', '延べ相談者'],
  ]) {
    expect(projectOverLine(first, next)).toBe(false);
    expect(nameEndsAbove(first, next)).toBe(false);
  }
  // A line saying what is done is still the 概要, short or long.
  expect(projectOverLine('子育て応援セミナー', '乳幼児の保護者を対象に子育ての講話を行う')).toBe(true);
  expect(projectOverLine('介護予防教室', '65歳以上の高齢者を対象に体操を指導')).toBe(true);
  expect(
    projectNames([
      [1, '介護予防教室\n延べ参加者', '人', 1800, 1655],
      [2, '市民健康講座\n受講者', '人', 600, 640],
      [3, '認知症サポーター養成講座\n修了者', '人', 500, 512],
      [4, '健康相談会\n延べ相談者', '人', 300, 241],
    ]),
  ).toEqual(['介護予防教室延べ参加者', '市民健康講座受講者', '認知症サポーター養成講座修了者', '健康相談会延べ相談者']);
  expect(
    projectNames([
      [1, '市民スポーツイベント\n参加者（延べ人数）', '人', 3000, 2760],
      [2, 'ジュニアスポーツスクール\n受講者（年間実人数）', '人', 240, 251],
      [3, 'ウォーキングイベント\n参加者（延べ人数）', '人', 1200, 980],
    ]).map((n) => n.normalize('NFKC')),
  ).toEqual(['市民スポーツイベント参加者(延べ人数)', 'ジュニアスポーツスクール受講者(年間実人数)', 'ウォーキングイベント参加者(延べ人数)']);
});
