/**
 * The words of every usage error and rules problem, in Japanese and English (the counterpart of
 * findingText.ts for the problems that stop a run). Rules given on the command line are named by
 * its flag (--rules) only when rendered for the command line.
 */
import type { ImportHeaderProblem, RulesProblem, ScaleProblem, UsageCode, UsageParams } from './usageParams';
import { forCli as cli, JA_EXCEL, type Lang, type RenderOptions, type Texts } from './renderOptions';

const SCALE: Texts<ScaleProblem> = {
  ja: (p) => {
    switch (p.variant) {
      case 'not-a-list':
        return '「scale」は2つ以上の評価区分の配列にしてください。';
      case 'band-invalid':
        return `評価区分の${p.position}番目が正しくありません。`;
      case 'band-no-grade':
        return `評価区分の${p.position}番目に記号（grade）がありません。`;
      case 'band-min':
        return `評価区分「${p.grade}」の下限（min）を数で指定してください。`;
      case 'band-points':
        return `評価区分「${p.grade}」の点数（points）を数で指定してください。`;
      case 'band-order':
        return `評価区分の下限は上から順に小さくしてください（「${p.upper}」${p.upperMin * 100}% と「${p.lower}」${p.lowerMin * 100}%）。`;
      case 'grades-repeat':
        return '評価区分の記号が重複しています。';
      case 'band-points-order':
        return `評価区分の点数は上から順に小さくしてください（「${p.upper}」と「${p.lower}」）。`;
    }
  },
  en: (p) => {
    switch (p.variant) {
      case 'not-a-list':
        return '"scale" must be a list of two or more grades.';
      case 'band-invalid':
        return `Grade number ${p.position} is not valid.`;
      case 'band-no-grade':
        return `Grade number ${p.position} has no symbol (grade).`;
      case 'band-min':
        return `Give the lower bound (min) of grade "${p.grade}" as a number.`;
      case 'band-points':
        return `Give the points of grade "${p.grade}" as a number.`;
      case 'band-order':
        return `Lower bounds must decrease from top to bottom ("${p.upper}" ${p.upperMin * 100}% and "${p.lower}" ${p.lowerMin * 100}%).`;
      case 'grades-repeat':
        return 'A grade symbol appears twice.';
      case 'band-points-order':
        return `Points must decrease from top to bottom (grades "${p.upper}" and "${p.lower}").`;
    }
  },
};

const RULES: Texts<RulesProblem> = {
  ja: (p, o) => {
    switch (p.variant) {
      case 'not-an-object':
        return '評価ルールはJSONのオブジェクト（{ ... }）で指定してください。';
      case 'unknown-field':
        return `「${p.field}」は評価ルールの項目ではありません。`;
      case 'scale':
        return SCALE.ja(p.scale, o);
      case 'one-of':
        return `「${p.field}」は ${p.allowed.join(' / ')} のいずれかにしてください（指定値: ${p.value}）。`;
      case 'range':
        return `「${p.field}」は ${p.min} 以上 ${p.max} 以下の数にしてください（指定値: ${p.value}）。`;
      case 'not-negative':
        return `「${p.field}」は 0 以上の数（指標の単位。％の指標ではポイント）にしてください（指定値: ${p.value}）。`;
      case 'tolerances':
        return '「tolerances」は { "指標名": 2 } の形（± の幅を指標の単位で）にしてください。';
      case 'boolean':
        return `「${p.field}」は true か false にしてください。`;
      case 'period':
        return '「period」は「令和5年度」「R5」のような文字列にしてください。';
      case 'not-implemented-grade':
        return `「notImplementedGrade」は評価区分（${p.grades.join('・')}）のいずれかにしてください。`;
      case 'future-directions':
        return '「futureDirections」は「継続」などの文字列の配列にしてください。';
      case 'direction':
        return `指標「${p.indicator}」の方向は up / down / maintain のいずれかにしてください。`;
      case 'directions':
        return '「directions」は { "指標名": "down" } の形にしてください。';
    }
  },
  en: (p, o) => {
    switch (p.variant) {
      case 'not-an-object':
        return 'The rules must be a JSON object ({ ... }).';
      case 'unknown-field':
        return `"${p.field}" is not a rules field.`;
      case 'scale':
        return SCALE.en(p.scale, o);
      case 'one-of':
        return `"${p.field}" must be one of ${p.allowed.join(' / ')} (given: ${p.value}).`;
      case 'range':
        return `"${p.field}" must be a number from ${p.min} to ${p.max} (given: ${p.value}).`;
      case 'not-negative':
        return `"${p.field}" must be a number of 0 or more (in the indicator's unit; points for a % indicator) (given: ${p.value}).`;
      case 'tolerances':
        return '"tolerances" must look like { "indicator name": 2 } (the ± band in the indicator\'s unit).';
      case 'boolean':
        return `"${p.field}" must be true or false.`;
      case 'period':
        return '"period" must be a string such as 「令和5年度」 or "R5".';
      case 'not-implemented-grade':
        return `"notImplementedGrade" must be one of the grades (${p.grades.join(', ')}).`;
      case 'future-directions':
        return '"futureDirections" must be a list of words such as 「継続」.';
      case 'direction':
        return `The direction of indicator "${p.indicator}" must be up, down or maintain.`;
      case 'directions':
        return '"directions" must look like { "indicator name": "down" }.';
    }
  },
};

/** A rules problem in words. */
export function renderRulesProblem(p: RulesProblem, o: RenderOptions = JA_EXCEL): string {
  return RULES[o.lang](p, o);
}

const HEADINGS: Record<Lang, (p: ImportHeaderProblem) => string> = {
  ja: (p) =>
    p.variant === 'no-value-column'
      ? `${p.line}行目の見出しに、値の列（「実績値」または「${p.month}月」）が見つかりません。`
      : `${p.line}行目の見出しに、指標の番号（ID）か指標名の列が見つかりません。`,
  en: (p) =>
    p.variant === 'no-value-column'
      ? `The headings on line ${p.line} have no value column (「実績値」 or 「${p.month}月」).`
      : `The headings on line ${p.line} have no indicator number (ID) or name column.`,
};

/** A heading problem of the data to import, in words. */
export function renderImportHeaderProblem(p: ImportHeaderProblem, lang: Lang = 'ja'): string {
  return HEADINGS[lang](p);
}

const reiwa = (fy: number) => fy - 2018;

/** The catalog: every usage error's Japanese and English text. */
export const USAGE_TEXT: { [C in UsageCode]: Texts<UsageParams[C]> } = {
  'period-unreadable': {
    ja: (p) =>
      `評価対象期間「${p.value}」を読み取れません。「令和${reiwa(p.exampleYear)}年度」「R${reiwa(p.exampleYear)}」「${p.exampleYear}」のように指定してください。`,
    en: (p) =>
      `The evaluation period "${p.value}" cannot be read. Give it like 「令和${reiwa(p.exampleYear)}年度」, "R${reiwa(p.exampleYear)}" or "${p.exampleYear}".`,
  },
  'plan-unreadable': {
    ja: (p) => `計画期間「${p.value}」を読み取れません。「R3-R7」「2021-2025」のように指定してください。`,
    en: (p) => `The plan period "${p.value}" cannot be read. Give it like "R3-R7" or "2021-2025".`,
  },
  'plan-invalid': {
    ja: (p) => `計画期間（${p.start}〜${p.end}）を確認してください（終わりは始まり以降、16年以内）。`,
    en: (p) => `Check the plan period (${p.start} to ${p.end}): it must end after it starts and last at most 16 years.`,
  },
  'period-outside-plan': {
    ja: (p) => `評価対象期間（${p.period}）が計画期間（${p.start}〜${p.end}）の外です。`,
    en: (p) => `The evaluation period (${p.period}) is outside the plan period (${p.start} to ${p.end}).`,
  },
  'rules-invalid': {
    ja: (p, o) => `評価ルール${cli(o) ? '（--rules）' : ''}に誤りがあります：\n${p.problems.map((x) => `  - ${RULES.ja(x, o)}`).join('\n')}`,
    en: (p, o) => `The rating rules${cli(o) ? ' (--rules)' : ''} have errors:\n${p.problems.map((x) => `  - ${RULES.en(x, o)}`).join('\n')}`,
  },
  'roll-period-unknown': {
    ja: (_p, o) =>
      `評価対象期間が分からないため、次の期間に進められません。「評価設定」シートに今の評価対象期間を入れ${cli(o) ? 'るか、コマンドでは --period で指定して' : 'て'}ください。`,
    en: (_p, o) =>
      `The evaluation period is unknown, so the workbook cannot move to the next period. Enter the current period in the 評価設定 sheet${cli(o) ? ', or give it with --period' : ''}.`,
  },
  'roll-not-later': {
    ja: (p) => `次の期間（${p.next}）は今の評価対象期間（${p.current}）より後にしてください。`,
    en: (p) => `The next period (${p.next}) must come after the current evaluation period (${p.current}).`,
  },
  'import-no-monthly-table': {
    ja: () => '月別の表（4月〜3月の見出しがある表）が見つかりません。',
    en: () => 'No monthly table (a table with headings April to March) was found.',
  },
  'import-no-month-column': {
    ja: (p) => `${p.month}月の列がありません。`,
    en: (p) => `There is no column for month ${p.month}.`,
  },
  'import-headings': {
    ja: (p) => p.problems.map((x) => HEADINGS.ja(x)).join(' '),
    en: (p) => p.problems.map((x) => HEADINGS.en(x)).join(' '),
  },
  'import-no-rows': {
    ja: () => '取り込む行がありません。',
    en: () => 'There are no rows to import.',
  },
};

/** A usage error's (or any `{code, params}`'s) text in a language, for a surface. */
export function renderUsage<C extends UsageCode>(e: { code: C; params: UsageParams[C] }, o: RenderOptions = JA_EXCEL): string {
  return USAGE_TEXT[e.code][o.lang](e.params, o);
}
