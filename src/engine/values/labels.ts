/**
 * What a header or row label means. Labels are matched after NFKC, with white space and
 * ※ notes removed, so "指　標 ①", "備　考" and "期待値\n※R7は目標値" are read like
 * "指標①", "備考" and "期待値". A period written in the label ("R5年度実績値", "目標（R8）")
 * comes back beside the role.
 */
import { countsItsBracket } from './countedBracket';
import { withoutOrdinalPrefix } from './ordinalPrefix';
import { findPeriod, sameYearWrittenAgain, type Period } from './periods';
import { yearTerm } from './yearTerm';
import { findRelativePeriod } from './relativePeriods';
import { circledNumber, compact, memo, normalizeText, stripNote } from './text';
import { withoutTermQualifier } from './targetQualifiers';
import { planTarget } from './planTarget';
import { ownTarget } from './ownTarget';
import { agreementTarget } from './agreementTarget';
import { supplyPlanHeading } from './supplyPlanHeadings';
import { isTargetYearNote } from './targetYearNote';
import { changeTarget } from './changeTarget';
import { fieldNameLabel, machineHeading } from './fieldNameYear';
import { nameBeforeBracket } from './nameBeforeBracket';
import { surveyRound } from './surveyRound';
import { withoutScaleTail } from './gradeScale';
export { isCumulativeTargetHeading } from './targetQualifiers';
export { classifyMeta, SCALE_HINT, type MetaRole } from './metaLabels';

export type Role =
  | 'actual'
  | 'expected' // that year's expected value or plan (期待値, 計画値)
  | 'target' // 目標, 目標値, 数値目標 (a year's target when a period is given, else the final one)
  | 'baseline'
  | 'unit'
  | 'name'
  | 'description'
  | 'grade'
  | 'previousGrade'
  | 'futureDirection' // 今後の方向性
  | 'direction' // 方向 (higher/lower is better)
  | 'note'
  | 'id'
  | 'category' // 区分: a column whose rows say 目標値 / 実績値
  | 'method' // 現状把握の方法
  | 'derived' // 達成率, 進捗率, 前年比, 合計: computed from the figures, never an indicator or an actual
  | 'part'; // 第1四半期, 上半期: a part of the period's actual, never the actual itself (see detect/parts.ts)

export interface Label {
  role: Role;
  period?: Period;
  /** The id written in a name label: "指標①" → "1". */
  id?: string;
  /** A period relative to the evaluation period (「今年度目標」 0, 「前年度実績」 −1; see relativePeriods.ts). */
  relative?: number;
}

/** Series roles: labels of rows (or sub-columns) that hold figures per period. */
export const SERIES_ROLES: ReadonlySet<Role> = new Set<Role>(['actual', 'expected', 'target', 'baseline']);

const RULES: [Role, RegExp][] = [
  ['previousGrade', /^(前年度|昨年度|前回|前期|前年)の?(自己)?(評価|達成状況)/],
  ['futureDirection', /今後の方向性|^方向性$|^今後の方針$|^今後の展開$/],
  // 目標の考え方 over 縮減 / 増加 / 向上: which way the target is set (a sentence under it states no direction).
  [
    'direction',
    /^(指標の|目標の|目標)?(方向|(目指す|めざす|目ざす)方向|望ましい方向|増減の方向|改善の方向|評価の方向)$|^目標(設定)?の考え方$|^(desired)?direction$/,
  ],
  ['description', /^(指標の説明|指標の内容|指標の定義|説明|概要|内容|定義|算出方法|算定方法|事業概要)$/],
  ['method', /^(現状把握の方法|把握方法|出典|データ出典|数値の出典)$/],
  // 今回 / 今回結果 / 今回調査結果: this round's figure (a survey's result beside 前回 and past rounds) is the actual.
  // 実績量: the quantity done (間伐 ha, 作業道 m), the actual beside a 計画量 (expected).
  [
    'actual',
    /^(実績値?|実績数値|実績量|実績見込み?値?|達成値|結果値?|年度別実績値?|実績の?推移|現況値の推移|年度計|年間計|年度合計|年間合計|年度累計値?|年間累計値?|年間実績値?|年度実績値?|(直近|最新|現在|現時点|いま|今)の?(実績値?|値)|現在の?実績値?|(中間|最終)評価(時点?|値)(の値)?|(中間|最終)(実績)?値|中間実績|今回の?(調査)?(結果値?|実績値?|値|数値)?|actuals?|results?|actualvalue)$/,
  ],
  // 算定値 / 算定結果: the figure an indicator's formula gives from the year's records (a 業務指標（PI） list's 算定値 over its years).
  ['actual', /^算定(値|結果)$/],
  // 決算見込 / 決算確定: the settled accounts' figure of the year, forecast before the books close or final after (provisionalTwins.ts).
  ['actual', /^決算(見込み?|確定)値?$/],
  ['expected', /^(期待値|計画値|計画|見込み?量|計画見込み?量|計画量|(年度|年間|単年度)計画(値|量)|年度目標値?|単年度目標値?|中間目標値?|plan|planned)$/],
  // 成果目標 / 活動目標 (成果実績 / 活動実績 below): the target (the actual) of the outcome or activity a block or row names.
  ['target', /^(成果目標値?|活動目標値?)$/],
  // 整備目標 / 配置目標 / 確保目標 (消防力, 施設): the target of what is provided; 現有数 / 現員数 (what is held now) its actual, unless
  // another actual stands beside it (detect/heldNowColumns.ts).
  ['target', /^(整備|配置|確保)目標(値|数)?$/],
  ['actual', /^(現有|現員)(数|台数|人数|人員)?$/],
  ['actual', /^(成果実績値?|活動実績値?)$/],
  ['target', /^(数値目標|目標値?|(目指す|めざす|目ざす)(値|数値)|目標数値|最終目標値?|目標年度値|目標水準|年間目標値?|年度別目標値?|targets?|targetvalue)$/],
  // 「目標数量」「備蓄目標数量」「整備目標数」「目標件数」: the target as a quantity of what the words before it name (its actual, the
  // same heading without 目標: targetTwins.ts). Not a change (削減目標量: targetChange.ts) nor a year's plan (年度目標数: expected).
  ['target', /^(?!.*(削減|縮減|低減|抑制|増加|減少|年度|中間))\p{Script=Han}{0,4}目標(数量|量|件数|人数|数|額|金額)$/u],
  // 「目標効果額」「目標回収額」「目標販売数」: 目標 before the quantity it is set for (its actual, 「実績効果額」: targetTwins.ts). Not a
  // change (目標削減額: targetChange.ts), a year, a share achieving it (目標達成数), a difference (目標差額) or a forecast (目標見込額).
  ['target', /^目標(?!.*(削減|縮減|低減|抑制|増加|減少|年度|中間|達成|差|見込|超過|残))\p{Script=Han}{1,4}?(数量|量|件数|人数|数|額|金額)$/u],
  // 策定時の値 / 計画策定時の値 / 基準の値: the value when the plan was made, written with の値.
  ['baseline', /^(現状値|基準値|現況値?|現状|基準|当初値|策定時|計画策定時|(計画)?策定時の値|基準の値|当初の値|baseline)$/],
  ['unit', /^(単位|units?)$/],
  [
    'grade',
    /^(自己評価|評価|達成状況|達成度|評価結果|判定|達成状況評価|一次評価|担当課評価|所管課評価|担当評価|担当者評価|担当部評価|担当部署評価|所管評価|所管部評価|所管部署評価|事業課評価|課内評価|内部評価|自己評価a-d|評価a-d|評価区分)$/,
  ],
  // A rank of attainment (達成度ランク, 評価ランク, 達成ランク): the grade on the city's scale, as 評価 is.
  ['grade', /^(達成度|達成|評価|進捗)ランク$/],
  // An export's English heading of the written grade: Status, Rating, Grade, Evaluation, Assessment.
  ['grade', /^(status|rating|grade|evaluation|assessment|self-?evaluation|self-?assessment)$/],
  // 評価 qualified by the office that wrote it (部局評価, 所管部局評価, 主管課評価, 所属評価, 課評価): the department's grade of the indicator.
  ['grade', /^(担当|所管|主管|所属)?(部局|部署|局|部|課|室|係)?(評価)$/],
  // …の評価 by the office or the board that wrote it (担当課の評価, 教育委員会の評価, 外部評価委員会の評価): its grade of the indicator.
  ['grade', /^((担当|所管|主管|所属)?(部局|部署|局|部|課|室|係)の|(教育|外部評価|評価)?委員会の?)評価$/],
  // The department's progress grade (A–D or the scale's words): 進捗 / 進捗状況 / 進捗評価 / 進捗度評価; a figure under it is derived (progressColumns.ts).
  // 取組の進捗 / 事業の進捗状況: the same grade of the row's action (取組項目).
  ['grade', /^((取組|取り?組み|事業)の?)?(進捗|進捗状況|進捗評価|進捗度評価|進捗の状況|進捗判定)$/],
  // 評価 qualified by the indicator it rates: 指標評価, 指標の評価, 成果指標の評価, KPI評価, 指標別評価, 指標の判定 (never 施策評価 / 総合評価: a group's rating).
  ['grade', /^(成果|活動|評価|数値)?(指標|kpi)(別|ごと|毎)?の?(評価(結果)?|判定)$/],
  // A department's comment on the row (コメント, 課のコメント, 担当課所見) is its remark, read as a 備考 is.
  ['note', /^(備考|特記事項|補足|(担当|所管)?(部局|部署|部|課|室)?の?(コメント|所見)|notes?|remarks?|comments?)$/],
  [
    'derived',
    /^(達成率|目標達成率|達成割合|進捗率|進捗度|達成度合い?|前年比|前年度比|対前年比|対前年度比|対?基準(年度?|値)比|増減|増減率|増減数|伸び率|差|差異|計画比|目標比|合計|小計|総計|計|achievementrate|achievementratio|progressrate)$/,
  ],
  // A month of the fiscal year (4月 … 3月, 4月分) is a part as a quarter is: its total (年度計 / 年度累計) is the actual.
  ['part', /^(第?[1-4一二三四]四半期(実績値?)?|[1-4]q|q[1-4]|(上半期|下半期|上期|下期)(実績値?)?|(1[0-2]|[1-9])月(分|実績値?)?)$/],
  ['id', /^(no\.?|№|番号|id|指標番号|事業番号|通し番号|指標id|指標コード|kpiid|kpi番号)$/],
  // The kind of the row's target (目標の種類 「5年間累計」「年間」): a category of the row, no target of its own.
  ['category', /^(区分|種別|項目区分|目標の?(種類|種別|区分))$/],
  ['name', /^[\p{Script=Han}・]{1,10}別の?(取組|取り?組み|事業|項目)$/u], // 「施設類型別の取組」: one name per kind the rows break down by
  [
    'name',
    /^((成果|活動|業務|管理|進捗|主要|数値)指標名?|指標名?|kpi|重要業績評価指標|事業名|推進事業名?|対象業務|業務名|事務事業名?|事業|取組名?|主な取組|(取組|取り?組み)(項目|事項)|施策名|指標項目|評価指標|数値目標項目|目標項目|サービス(種別|名|の種類)?|品目|品名|税目|indicators?|indicatorname|kpiname)$/,
  ],
];

/** A plan's review (中間評価 / 最終評価): with a period in its heading, the column of the values measured then. */
const REVIEW_POINT = /^(中間|最終)評価$/;

/** Removes the id that follows a name label: "指標①" → "指標", "成果指標1" → "成果指標". */
function splitId(t: string): { rest: string; id?: string } {
  const last = t.slice(-1);
  const c = circledNumber(last);
  if (c !== null) return { rest: t.slice(0, -1), id: String(c) };
  const m = /^(.*?)(?:no\.?|№)?(\d{1,3})$/.exec(t);
  if (m && /^((成果|活動|評価)指標|指標|kpi)名?$/.test(m[1])) return { rest: m[1], id: m[2] };
  return { rest: t };
}

/** Classifies a label cell, or null when no label this engine knows. Long texts are never labels (a sentence mentioning 実績). */
export function classifyLabel(text: string): Label | null {
  if (!text) return null;
  // A system's column name 「R05_目標値」 is the heading 「R05 目標値」 (fieldNameYear.ts); 「実績_2023」, a bare year, is read by fieldNameLabel.
  const t = machineHeading(text) ?? text;
  // A change target first: 「削減目標（基準年度比）」 read part by part is a 基準年度比, derived (compositeLabel).
  return changeTarget(t) ?? classifyMemo(t) ?? surveyRound(t) ?? markedSeries(t) ?? fieldNameLabel(t, classifyMemo);
}

/** 「③実績」「(2) 目標」: a list mark before a series word is decoration (ordinalPrefix.ts); other roles keep their whole text. */
function markedSeries(text: string): Label | null {
  const rest = withoutOrdinalPrefix(text);
  const label = rest ? classifyMemo(rest) : null;
  return label && SERIES_ROLES.has(label.role) ? label : null;
}

/** The roles a term of years dates by its end: a target. */
const TERM_ROLES = new Set<Role>(['target', 'expected']);

const classifyMemo = memo((text: string): Label | null => {
  const t = normalizeText(stripNote(text)).replace(/\s+/g, '');
  if (t.length === 0 || t.length > 24) return null;
  // A heading written wholly in brackets (「(単位)」「（備考）」, as PDF tables print them) is the heading inside.
  const bracketed = /^[(（]([^()（）]+)[)）]$/.exec(t);
  if (bracketed) return classifyMemo(bracketed[1]);
  // A target over a term of years (「目標値（R3～R5）」「前期目標（令和3年度～令和5年度）」) is the target at the term's end (yearTerm.ts).
  const term = yearTerm(t);
  const atEnd = term ? classifyWithPeriod(text, t, { period: term.to, index: term.index, length: term.length }) : null;
  // A total over the term (「実績値（令和3年度～令和5年度累計）」「累計実績（R3～R5）」) is the total at its end too, never its first year's.
  const totalAtEnd = atEnd?.role === 'actual' && t.includes('累計');
  return atEnd && (TERM_ROLES.has(atEnd.role) || totalAtEnd) ? atEnd : classifyWithPeriod(text, t, findPeriod(t));
});

function classifyWithPeriod(text: string, t: string, p: { period: Period; index: number; length: number } | null): Label | null {
  let period: Period | undefined;
  if (p) {
    period = p.period;
    t = t.slice(0, p.index) + t.slice(p.index + p.length);
    // The same year written twice (「目標値 2025(R7)」「実績 R5(2023)」): the second writing is the year again, no word of the heading.
    const again = sameYearWrittenAgain(t, p.period);
    if (again) t = t.slice(0, again.index) + t.slice(again.index + again.length);
    t = t.replace(/^(年度|末|の)+/, '');
    // 「令和7年3月末（目標年次）」: the plan's target year, its column the final target (targetYearNote.ts).
    if (isTargetYearNote(t)) return { role: 'target', period };
  }
  // Parenthesised remarks do not change the role: "現況(計画策定時)", "自己評価(A～D)", "目標()"; but 「最終値（R9目標）」 is a target.
  const targetNoted = /[(（][^()（）]*目標[^()（）]*[)）]/.test(t);
  t = compact(t.replace(/[(（][^()（）]*[)）]/g, ''));
  if (targetNoted && /^(中間|最終)(実績)?値$/.test(t)) return { role: 'target', ...(period ? { period } : {}) };
  // "目標(R8)" → "目標", "実績(R5)" → "実績" after the period is taken out.
  const { rest, id } = splitId(withoutTermQualifier(t));
  // 「中間評価（R4）」「最終評価（R8）」: a plan's review dated by the heading is the value measured at that review, an actual.
  if (period && REVIEW_POINT.test(rest)) return { role: 'actual', period };
  // 「経営戦略の目標値」: the target the city's plan sets (planTarget.ts), 「市の目標値」 the city's own (ownTarget.ts), 「協定上の目標」 the agreement's with the body (agreementTarget.ts); 「確保方策」「確保実績」: a supply plan's measures (supplyPlanHeadings.ts).
  const found =
    matchRules(rest, period, id) ??
    gradeBeforeScale(rest, period) ??
    (period ? null : relativeLabel(rest)) ??
    resultOf(rest, period) ??
    planTarget(rest, period) ??
    ownTarget(rest, period) ??
    agreementTarget(rest, period) ??
    supplyPlanHeading(rest, period);
  if (found) return found;
  // Headers such as "成果・効果、課題、今後の方向性" carry 今後の方向性 inside the cell's text.
  if (/今後の方向性/.test(t)) return { role: 'futureDirection' };
  const whole = normalizeText(stripNote(text)).replace(/\s+/g, '');
  return (period ? null : unitNotedName(whole)) ?? compositeLabel(whole, period) ?? glossedLabel(text);
}

/**
 * A heading whose note in brackets is 単位 (「項目（単位）」「事業名（単位）」) says its cells are the names, each carrying its unit
 * (「図書館貸出冊数（冊）」): a name heading, though its first word is no heading of its own. A known heading keeps its role (「区分（単位）」).
 */
function unitNotedName(t: string): Label | null {
  const m = /^(.{1,12})[(（]単位[)）]$/.exec(t);
  return m && !classifyMemo(m[1]) ? { role: 'name' } : null;
}

function matchRules(rest: string, period: Period | undefined, id: string | undefined): Label | null {
  for (const [role, re] of RULES) {
    if (re.test(rest)) {
      const label: Label = { role };
      if (period) label.period = period;
      if (id && role === 'name') label.id = id;
      return label;
    }
  }
  return null;
}

/** 「自己評価⏎A～D」「評価 Ａ～Ｄ」: a grade heading with its scale written after it, unbracketed, is the grade heading (gradeScale.ts). */
function gradeBeforeScale(t: string, period: Period | undefined): Label | null {
  const words = withoutScaleTail(t);
  const label = words ? matchRules(words, period, undefined) : null;
  return label?.role === 'grade' ? label : null;
}

/**
 * 「確保の実績」「整備の実績値」: the result of what an action noun names (the year's 確保方策 carried out) is an actual.
 * Written with の only: 「利用実績」 may be a reference figure beside the actual. Only an action (確保, 整備, 実施, 供給 …):
 * the result of a place, an actor or a term (県の実績, 全国の実績, 前期の実績) is a comparison beside the actual, never it;
 * the city's own (本市の実績, 町の実績) is the actual.
 */
const ACTION_RESULT =
  /^(?:\p{Script=Han}{0,2}(?:確保|整備|実施|供給|提供|取組|事業|活動|支援|開催|設置|導入|推進|執行|配置|受入)|[本当]?[市町村区])の実績値?$/u;

function resultOf(t: string, period: Period | undefined): Label | null {
  if (!ACTION_RESULT.test(t)) return null;
  return period ? { role: 'actual', period } : { role: 'actual' };
}

/** 「前年度実績」「今年度目標」「本年度の実績値」: a series heading with a period relative to the evaluation period. */
function relativeLabel(t: string): Label | null {
  const rel = findRelativePeriod(t);
  if (!rel) return null;
  const rest = (t.slice(0, rel.index) + t.slice(rel.index + rel.length)).replace(/^の/, '');
  const label = matchRules(rest, undefined, undefined);
  return label && SERIES_ROLES.has(label.role) ? { role: label.role, relative: rel.offset } : null;
}

/**
 * A composite heading 「基本目標／ＫＰＩ」「施策・指標名」「基本目標(KPI)」: when its parts that are labels
 * all say the same role, the heading has that role (「目標・実績」 says two and is none).
 */
const CONTENT_PART = /(?:^|の)\p{Script=Han}{1,4}(内容|概要)$/u;
const DESCRIPTION: Label = { role: 'description' };

function compositeLabel(t: string, period: Period | undefined): Label | null {
  const parts = t.split(/[/／・,、()（）]+/).filter(Boolean);
  if (parts.length < 2) return null;
  // 「取組内容・実績」: a part naming what was done (…内容, …概要) makes it a text of what was done and achieved, never a figure's heading.
  const labels = parts.map((p) => classifyMemo(p) ?? (CONTENT_PART.test(p) ? DESCRIPTION : null)).filter((l): l is Label => l !== null);
  // 「河川の環境基準（BOD）達成率」: words split by a bracket alone, the first no heading, the text going on past the bracket, are a
  // name closing with a measure word (「基本目標(KPI)」, the bracket last, still reads as its bracket's heading).
  // 「活用事業数（事業）」: a name with the counter of what it counts, never the bracket's heading (countedBracket.ts).
  if (nameBeforeBracket(t, parts, (p) => !!classifyMemo(p) || CONTENT_PART.test(p)) || countsItsBracket(t)) return null;
  const roles = new Set(labels.map((l) => l.role));
  if (roles.size !== 1 && !namesOverOutlines(labels)) return null;
  const label: Label = { ...labels[0] };
  if (period && !label.period) label.period = period;
  return label;
}

/**
 * 「事業名・概要」「指標名／指標の説明」: a name heading first, then only what describes it, heads cells holding each row's name
 * (its first line) and its outline: a name heading (detect/nameOutlineColumn.ts takes the outline off). 「概要・事業名」 keeps none.
 */
function namesOverOutlines(labels: Label[]): boolean {
  return labels.length >= 2 && labels[0].role === 'name' && labels.slice(1).every((l) => l.role === 'description');
}

/** A part in Latin letters only (with digits, spaces and punctuation): an English gloss such as 「Indicator」「Rate」「FY2022」. */
const GLOSS = /^[a-z][a-z0-9 .,'&%/()-]*$/i;
/** A line that is a Japanese heading and its English gloss after a space, either way round (「R5目標 Target」「Target R5目標」). */
const JA_THEN_GLOSS = /^(.*[^\x20-\x7e\s]\S*)\s+([a-z][\x20-\x7e]*)$/i;
const GLOSS_THEN_JA = /^([a-z][\x20-\x7e]*?)\s+(\S*[^\x20-\x7e\s].*)$/i;

/** The parts of a heading: its lines, each split into its Japanese words and their English gloss. */
function headingParts(text: string): string[] {
  const written = normalizeText(stripNote(text));
  // No white space, no line break: one part at most (most headings end here).
  if (!/\s/.test(written)) return written ? [written] : [];
  const lines = written
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.flatMap((l) => {
    const m = JA_THEN_GLOSS.exec(l) ?? GLOSS_THEN_JA.exec(l);
    return m ? [m[1].trim(), m[2].trim()] : (englishWithPeriod(l) ?? [l]);
  });
}

/**
 * An English heading with its year written among its words (「Target FY2023」「Actual 2023」「FY2023 Result」「Target FY2023 (%)」):
 * the words and the year, two parts; a bare four-digit year there is that fiscal year, as FY2023. Written without a space
 * the year is no period (「TargetFY2023」: FY inside a word), so they are split here. Two years, or a year alone, are no such heading.
 */
function englishWithPeriod(line: string): string[] | null {
  if (!/^[\x20-\x7e]+$/.test(line)) return null;
  const words = line.replace(/\b(fy)\s+(?=\d)/gi, '$1').split(/\s+/);
  const years = words.map((w) => (BARE_YEAR_WORD.test(w) ? `FY${w.replace(/[()]/g, '')}` : periodAlone(w) ? w : null));
  const at = years.findIndex(Boolean);
  if (at < 0 || words.length < 2 || years.some((y, i) => y && i !== at)) return null;
  return [words.filter((_, i) => i !== at).join(' '), years[at]!];
}

/** A year written as four digits alone among English words, bracketed or not (「2023」「(2023)」). */
const BARE_YEAR_WORD = /^\(?(?:19|20)\d{2}\)?$/;

/** A part that is a period and nothing else (「FY2022」「R5」「令和5年度末」). */
function periodAlone(part: string): Period | null {
  const p = findPeriod(part);
  if (!p) return null;
  const rest = compact(part.slice(0, p.index) + part.slice(p.index + p.length)).replace(/[()（）[\]【】]/g, '');
  return rest.replace(/^(年度|末)+/, '') ? null : p.period;
}

/**
 * A heading written in two languages: 「指標\nIndicator」「R5目標\nTarget」「R4実績 FY2022」. The parts
 * that are labels must all say the same role; every other part is an English gloss or a period alone.
 * The period written in any part is the heading's; two different periods make no label.
 */
function glossedLabel(text: string): Label | null {
  const parts = headingParts(text);
  if (parts.length < 2 || parts.length > 4) return null;
  const labels: Label[] = [];
  const periods: Period[] = [];
  for (const part of parts) {
    const label = classifyMemo(part);
    const alone = label ? null : periodAlone(part);
    if (label) labels.push(label);
    else if (alone) periods.push(alone);
    else if (!GLOSS.test(part)) return null;
    if (label?.period) periods.push(label.period);
  }
  if (!labels.length || new Set(labels.map((l) => l.role)).size !== 1) return null;
  if (new Set(periods.map((p) => `${p.kind}:${p.fiscalYear}:${p.month ?? ''}`)).size > 1) return null;
  const label: Label = { ...labels[0] };
  if (periods.length && !label.period) label.period = periods[0];
  return label;
}

export { directionFromWords, parseDirection, type Direction } from './parseDirection';

const MEASURE_WORD = /(目標値?|数値目標|実績値?|期待値|計画値|見込み?値?|基準値|現状値|現況値?)/g;

/**
 * A heading that names an indicator and a measure together: 「相談件数 目標」, 「相談件数（実績）」,
 * 「防災訓練参加者数 目標（人）」, 「実績：相談件数」. Returns the measure's role and the text without
 * it (the indicator's name, its unit in parentheses kept), or null when the text has no measure
 * word beside a name.
 */
export function splitMeasure(text: string): { role: Role; rest: string } | null {
  // A heading numbered by a list mark whose words before the measure word are a short qualifier (「③利用実績」「④確保実績」) is one
  // of a block's numbered measures, no indicator's name (NFKC would fold ③ to 3 and make 「3利用」 a name). A list-marked heading
  // naming an indicator (「①相談件数 実績」) is still split. See ordinalPrefix.ts.
  const unmarked = withoutOrdinalPrefix(text);
  if (unmarked && /^\S{1,2}$/.test(splitMeasure(unmarked)?.rest ?? '')) return null;
  const t = normalizeText(stripNote(text)).trim();
  if (!t || t.length > 60) return null;
  const words = [...t.matchAll(MEASURE_WORD)];
  const m = words[words.length - 1];
  if (!m || m.index === undefined) return null;
  const role = classifyLabel(m[0])?.role;
  if (!role || !SERIES_ROLES.has(role)) return null;
  const rest = (t.slice(0, m.index) + ' ' + t.slice(m.index + m[0].length))
    .replace(/[(（]\s*[)）]/g, '')
    .replace(/^[\s:：・/／-]+|[\s:：・/／-]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const p = findPeriod(rest);
  const withoutPeriod = p ? rest.replace(p.period.label, '') : rest;
  if (!withoutPeriod.replace(/[\s()（）年度末]/g, '') || classifyLabel(rest)) return null;
  return { role, rest };
}
