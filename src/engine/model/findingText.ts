/**
 * The words of every finding, in Japanese and English: one entry per code, each a pure function
 * of the finding's params and where the text is shown. The Japanese is written for the department
 * clerk who has to fix the cell. Where a message says how to set the evaluation period, the
 * surface decides: the command line names its flag (--period), Excel (the pane, the workbook's
 * own sheets) names the 評価設定 sheet. The engine itself names no flag.
 */
import type { DirectionWord, FindingCode, FindingParams } from './findingParams';
import { forCli as cli, JA_EXCEL, type Lang, type RenderOptions, type Texts } from './renderOptions';
import { IMPORT_VALUE, SETTINGS } from './problemText';
import { num, pct } from './figures';
import { hiddenLinesEn, hiddenLinesJa } from './hiddenLinesText';
import { ratingInvalidEn, ratingInvalidJa } from './ratingInvalidText';
import { GUESS_EN, GUESS_JA } from './guessText';
import { bandUnit, sheetBandsUsedText } from './bandsText';

export { JA_CLI, JA_EXCEL, type Lang, type RenderOptions, type Surface } from './renderOptions';
export { renderImportValueProblem } from './problemText';

const DIRECTION: Record<Lang, Record<DirectionWord, string>> = {
  ja: { up: '上昇（高いほど良い）', down: '減少（低いほど良い）', maintain: '維持' },
  en: { up: 'up (higher is better)', down: 'down (lower is better)', maintain: 'maintain' },
};

export { ROLL_CHANGE } from './rollChangeText';
import { ROLL_CHANGE } from './rollChangeText';
import { LEFT_OUT_SHEET_TEXT } from './leftOutSheetText';

/** The catalog: every finding code's Japanese and English text. */
export const FINDING_TEXT: { [C in FindingCode]: Texts<FindingParams[C]> } = {
  'missing-actual': {
    ja: (p) =>
      p.variant === 'no-column'
        ? `評価対象期間（${p.period}）の実績の列がありません。期間の見出しを確認してください。`
        : p.variant === 'no-cell'
          ? '実績値の欄が見つかりません。'
          : `${p.period ?? '最新'}の実績値が入力されていません（${p.cell}）。実績を入力するか、未確定なら「集計中」と入力してください。`,
    en: (p) =>
      p.variant === 'no-column'
        ? `There is no actual column for the evaluation period (${p.period}). Check the period headings.`
        : p.variant === 'no-cell'
          ? 'No actual value cell was found.'
          : `The ${p.period ?? 'latest'} actual is not entered (${p.cell}). Enter it, or 「集計中」 if it is not final yet.`,
  },
  'actual-pending': {
    ja: (p) => `実績値が「${p.value}」のため評価していません。確定したら数値を入力してください。`,
    en: (p) => `Not graded: the actual is "${p.value}". Enter the number once it is final.`,
  },
  'actual-not-applicable': {
    ja: (p) => `実績値が「${p.value}」（該当なし）のため評価していません。`,
    en: (p) => `Not graded: the actual is "${p.value}" (not applicable).`,
  },
  'actual-stale': {
    ja: (p) => `実績値は${p.valuePeriod}の数値です（評価対象期間：${p.period}）。最新の数値があれば更新してください。`,
    en: (p) => `The actual is the figure for ${p.valuePeriod} (evaluation period: ${p.period}). Update it if a newer figure exists.`,
  },
  'actual-provisional': {
    ja: (p) =>
      `実績値「${p.value}」（${p.cell}）は${p.qualifier === 'provisional' ? '見込み・速報値などの確定していない数値' : '概数（約・以上・未満など）'}です。${
        p.grade ? `この数値で計算した評価 ${p.grade} は暫定です。` : ''
      }確定値が出たら実績値を更新してください。`,
    en: (p) =>
      `The actual "${p.value}" (${p.cell}) is ${p.qualifier === 'provisional' ? 'not a final figure (an estimate or preliminary figure)' : 'an approximate figure (about, at least, under …)'}.${
        p.grade ? ` The grade ${p.grade} computed from it is provisional.` : ''
      } Update the actual when the final figure is known.`,
  },
  'multiple-actuals': {
    ja: (p) => `実績値「${p.value}」に数値が複数あります。それぞれを目標と比べ、最も低い達成率で評価しました。合計で評価する場合は合計値を入力してください。`,
    en: (p) =>
      `The actual "${p.value}" holds several numbers. Each was compared with the target and the lowest attainment was used. Enter the total to grade the total.`,
  },
  'missing-target': {
    ja: (p) => {
      switch (p.variant) {
        case 'text':
          return `目標「${p.value}」が数値でないため達成率を計算できません（${p.cell}）。数値目標を設定してください。`;
        case 'not-applicable':
          return `目標値が「${p.value}」のため評価できません。数値目標を設定してください。`;
        case 'empty':
          return `目標値が入力されていません${p.cell ? `（${p.cell}）` : ''}。数値目標を入力してください。`;
        case 'zero':
          return '目標値が0のため達成率（実績÷目標）を計算できません。方向（減少・維持）か目標値を確認してください。';
      }
    },
    en: (p) => {
      switch (p.variant) {
        case 'text':
          return `The target "${p.value}" is not a number, so attainment cannot be computed (${p.cell}). Set a numeric target.`;
        case 'not-applicable':
          return `Cannot grade: the target is "${p.value}". Set a numeric target.`;
        case 'empty':
          return `No target is entered${p.cell ? ` (${p.cell})` : ''}. Enter a numeric target.`;
        case 'zero':
          return 'The target is 0, so attainment (actual ÷ target) cannot be computed. Check the direction (down, maintain) or the target.';
      }
    },
  },
  'target-other-period': {
    ja: (p, o) =>
      `目標の欄 ${p.targets.map((t) => `${t.cell}（${t.period}の目標）`).join('、')}は評価対象期間（${p.period}）の目標ではないため、${
        p.actual ? `実績 ${p.actual.cell}（${p.actual.period}）を` : '実績を'
      }この目標と比べず、評価していません。${p.period}の目標を入力するか、評価対象期間が正しいか（${
        cli(o) ? '評価設定の「評価対象期間」や --period' : '評価設定シートの「評価対象期間」'
      }）を確認してください。`,
    en: (p, o) =>
      `The target cells ${p.targets.map((t) => `${t.cell} (target for ${t.period})`).join(', ')} are not targets for the evaluation period (${p.period}), so ${
        p.actual ? `the actual ${p.actual.cell} (${p.actual.period})` : 'the actual'
      } was not compared with them and not graded. Enter the target for ${p.period}, or check the evaluation period (${
        cli(o) ? '「評価対象期間」 in 評価設定, or --period' : '「評価対象期間」 in the 評価設定 sheet'
      }).`,
  },
  'value-unparseable': {
    ja: (p) => {
      switch (p.variant) {
        case 'actual-text':
          return `実績値「${p.value}」を数値として読み取れません（${p.cell}）。「32社」のように数値で入力してください。`;
        case 'actual-several':
          return `実績値「${p.value}」に数値が複数あり、どれを評価するか判断できません（${p.cell}）。「新規高卒者:40人 若者等:26人」のように項目名を付けるか、1つの数値にしてください。`;
        case 'target-several':
          return `目標値「${p.value}」に数値が複数あり、どれが目標か判断できません。`;
        case 'pair-cell':
          return `「${p.heading}」の欄のセル ${p.cell} は「${p.value}」で、見出しの2つの値に分けられないため、目標も実績も読まず、評価していません。「52,300／60,000」のように見出しの順に2つの数値を書いてください。`;
        case 'measures':
          return `目標（${p.target}）と実績（${p.actual}）の項目が対応しません。項目名をそろえてください。`;
      }
    },
    en: (p) => {
      switch (p.variant) {
        case 'actual-text':
          return `The actual "${p.value}" cannot be read as a number (${p.cell}). Enter a number, like 「32社」.`;
        case 'actual-several':
          return `The actual "${p.value}" holds several numbers and it is unclear which to grade (${p.cell}). Label them (「新規高卒者:40人 若者等:26人」) or enter one number.`;
        case 'target-several':
          return `The target "${p.value}" holds several numbers and it is unclear which is the target.`;
        case 'pair-cell':
          return `Cell ${p.cell} under "${p.heading}" holds "${p.value}", which does not split into the heading's two values, so neither the target nor the actual was read and it was not graded. Write both numbers in the heading's order, like 「52,300／60,000」.`;
        case 'measures':
          return `The items of the target (${p.target}) and the actual (${p.actual}) do not match. Use the same item names.`;
      }
    },
  },
  'unit-mismatch': {
    ja: (p) =>
      p.variant === 'target-actual'
        ? `目標の単位「${p.targetUnit}」と実績の単位「${p.actualUnit}」が異なります（目標 ${p.targetCell}、実績 ${p.actualCell}）。同じものを数えているか確認してください（数値はそのまま比較しました）。`
        : `単位欄は「${p.unit}」ですが、実績値は「${p.actualUnit}」で書かれています。`,
    en: (p) =>
      p.variant === 'target-actual'
        ? `The target's unit "${p.targetUnit}" differs from the actual's "${p.actualUnit}" (target ${p.targetCell}, actual ${p.actualCell}). Check that they count the same thing (the numbers were compared as they are).`
        : `The unit column says "${p.unit}" but the actual is written in "${p.actualUnit}".`,
  },
  'formula-error': {
    ja: (p) =>
      p.variant === 'actual'
        ? `実績値のセル ${p.cell} がエラー（${p.value}）です。${p.formula ? `数式 ${p.formula} の参照先を確認してください。` : '値を確認してください。'}`
        : `目標値のセル ${p.cell} がエラー（${p.value}）です。数式を確認してください。`,
    en: (p) =>
      p.variant === 'actual'
        ? `The actual cell ${p.cell} is an error (${p.value}). ${p.formula ? `Check what the formula ${p.formula} refers to.` : 'Check the value.'}`
        : `The target cell ${p.cell} is an error (${p.value}). Check the formula.`,
  },
  'rating-mismatch': {
    ja: (p) =>
      p.variant === 'group'
        ? `記入された達成状況評価は「${p.written}」ですが、指標の評価から計算すると「${p.computed}」です（${p.rollup === 'mean' ? '点数の平均' : '最も低い評価'}）。`
        : `記入された評価は「${p.written}」ですが、計算では「${p.computed}」（${
            p.attainment !== null ? `達成率 ${pct(p.attainment)}` : p.notImplemented ? '未実施' : ''
          }）です。評価の根拠を確認してください。`,
    en: (p) =>
      p.variant === 'group'
        ? `The policy grade written is "${p.written}" but the indicators' grades give "${p.computed}" (${p.rollup === 'mean' ? 'mean of points' : 'lowest grade'}).`
        : `The grade written is "${p.written}" but the computed grade is "${p.computed}"${
            p.attainment !== null ? ` (attainment ${pct(p.attainment)})` : p.notImplemented ? ' (not implemented)' : ''
          }. Check the reason for the grade.`,
  },
  'rating-invalid': {
    ja: (p) => (p.variant === 'group' ? `達成状況評価「${p.written}」は評価区分（${p.grades.join('・')}）にありません。` : ratingInvalidJa(p)),
    en: (p) => (p.variant === 'group' ? `The policy grade "${p.written}" is not one of the grades (${p.grades.join(', ')}).` : ratingInvalidEn(p)),
  },
  'cumulative-decrease': {
    ja: (p) => `累計の指標が${p.from.period}の${num(p.from.value)}から${p.to.period}の${num(p.to.value)}に減っています。累計値か単年度の値か確認してください。`,
    en: (p) =>
      `This cumulative indicator falls from ${num(p.from.value, 'en')} in ${p.from.period} to ${num(p.to.value, 'en')} in ${p.to.period}. Check whether the values are cumulative or for one year.`,
  },
  'outlier-jump': {
    ja: (p) => {
      const ratio = p.actual / p.previous.value;
      const times = ratio > 1 ? `${num(Math.round(ratio * 10) / 10)}倍` : `${num(Math.round(ratio * 1000) / 10)}%`;
      return `実績値が前期（${p.previous.period}：${num(p.previous.value)}）の${times}（${num(p.actual)}）です。単位や桁の誤りがないか確認してください。`;
    },
    en: (p) => {
      const ratio = p.actual / p.previous.value;
      const times = ratio > 1 ? `${num(Math.round(ratio * 10) / 10, 'en')} times` : `${num(Math.round(ratio * 1000) / 10, 'en')}%`;
      return `The actual (${num(p.actual, 'en')}) is ${times} the previous period's (${p.previous.period}: ${num(p.previous.value, 'en')}). Check the unit and the number of digits.`;
    },
  },
  'direction-conflict': {
    ja: (p) =>
      p.variant === 'settings'
        ? `評価設定では「${DIRECTION.ja[p.settings]}」、シートの方向欄（${p.cell}）では「${p.written}」になっています。どちらが正しいか確認してください（評価設定を優先しました）。`
        : `方向欄は「${p.written}」ですが、指標名や説明に「減少・削減・抑制」の語があります。方向が正しいか確認してください（方向欄を優先しました）。`,
    en: (p) =>
      p.variant === 'settings'
        ? `評価設定 says "${DIRECTION.en[p.settings]}" but the sheet's direction cell (${p.cell}) says "${p.written}". Check which is right (評価設定 was used).`
        : `The direction cell says "${p.written}" but the name or description contains 減少・削減・抑制 (decrease). Check the direction (the direction cell was used).`,
  },
  'duplicate-indicator': {
    ja: (p) => `指標「${p.name}」が2回あります（${p.first} と ${p.second}）。重複なら一方を削除し、再掲なら名称に「（再掲）」と付けてください。`,
    en: (p) =>
      `The indicator "${p.name}" appears twice (${p.first} and ${p.second}). Delete one if it is a duplicate, or add 「（再掲）」 to the name if it is repeated on purpose.`,
  },
  'direction-keyword-invalid': {
    ja: (p) =>
      `今後の方向性（${p.cell}）の「${p.written}」は、今後の方向性として選べる語（${p.allowed.join('・')}）のいずれでもありません。いずれかの語を記入してください（指標の向きの誤りではありません）。`,
    en: (p) =>
      `"${p.written}" in 今後の方向性 (${p.cell}) is not one of the allowed words (${p.allowed.join(', ')}). Write one of them (this is not about the indicator's direction).`,
  },
  'sheet-protected': {
    ja: (p) => `シート「${p.sheet}」は保護されているため、評価を書き込みません。書き込む場合は「校閲」→「シート保護の解除」を行ってから実行してください。`,
    en: (p) => `The sheet "${p.sheet}" is protected, so no grades are written to it. To write them, unprotect it (Review → Unprotect Sheet) and run again.`,
  },
  'no-indicators': {
    ja: () => '指標が見つかりませんでした。「実績値」「目標値」などの見出しがあるシートか確認してください。',
    en: () => 'No indicators were found. Check that the workbook has a sheet with headings such as 「実績値」 and 「目標値」.',
  },
  'no-indicators-yet': {
    ja: (p) =>
      `指標はまだ入力されていません（${p.tables.map((t) => `シート「${t.sheet}」の${t.cell}からの表`).join('、')}に見出しだけがあります）。指標名・目標値・実績値を入力すると評価できます。`,
    en: (p) =>
      `No indicators are entered yet (only headings in ${p.tables.map((t) => `the table at ${t.cell} of sheet "${t.sheet}"`).join(', ')}). Enter names, targets and actuals to grade them.`,
  },
  'hidden-cells-skipped': {
    ja: (p) =>
      `シート「${p.sheet}」の${hiddenLinesJa(p.rows, p.columns)}は非表示のため、作成者が見えないようにした内容として読み取っていません${p.indicators.length ? `（指標「${p.indicators.join('」「')}」を含む）` : ''}。評価に使う場合は再表示してください。`,
    en: (p) =>
      `Hidden ${hiddenLinesEn(p.rows, p.columns)} of sheet "${p.sheet}" were not read: the author put them out of sight${p.indicators.length ? ` (including the indicator${p.indicators.length > 1 ? 's' : ''} "${p.indicators.join('", "')}")` : ''}. Unhide them to have them read.`,
  },
  ...LEFT_OUT_SHEET_TEXT,
  'sheet-bands-used': { ja: (p) => sheetBandsUsedText(p, 'ja'), en: (p) => sheetBandsUsedText(p, 'en') },
  'summary-sheet-skipped': {
    ja: (p) =>
      p.kept
        ? `シート「${p.sheet}」の指標は同じ数値でシート「${p.sheets.join('」「')}」にもあるため、それらの写し（総括表）として読み取っていません（指標「${p.indicators.join('」「')}」）。数値の違う指標「${p.kept.join('」「')}」は、どちらが正しいか分からないため両方のシートで評価しました。`
        : `シート「${p.sheet}」の指標は、すべて同じ数値でシート「${p.sheets.join('」「')}」にもあるため、それらの写し（総括表）として読み取っていません（指標「${p.indicators.join('」「')}」）。このシートで評価する場合は、写し元のシートを別のブックに移してください。`,
    en: (p) =>
      p.kept
        ? `The indicators of sheet "${p.sheet}" recur with the same figures on sheet${p.sheets.length > 1 ? 's' : ''} "${p.sheets.join('", "')}", so they were not read there, as their summary (indicators "${p.indicators.join('", "')}"). Indicators "${p.kept.join('", "')}" recur with other figures: not knowing which is right, both sheets' readings were graded.`
        : `Every indicator of sheet "${p.sheet}" recurs with the same figures on sheet${p.sheets.length > 1 ? 's' : ''} "${p.sheets.join('", "')}", so it was not read, as their summary (indicators "${p.indicators.join('", "')}"). To grade that sheet, move the sheets it copies to another workbook.`,
  },
  'rows-left-out': {
    ja: (p) =>
      `シート「${p.sheet}」の${p.cells.join('、')}の行（指標「${p.indicators.join('」「')}」）は、${
        p.reason === 'reference'
          ? '参考の数値'
          : p.reason === 'count'
            ? '表の行を数える式（COUNT など）の集計行'
            : p.reason === 'total'
              ? 'すぐ上の行の合計（計の行）'
              : p.reason === 'breakdown'
                ? 'すぐ上の指標の内訳（うち…の行、目標値なし）'
                : p.reason === 'total-parts'
                  ? '見出しの指標を評価する合計の行の内訳（目標値なし）'
                  : `別のシートの行（${(p.sources ?? []).join('、')}）を式で写した行`
      }として評価していません。評価する指標であれば、読み取りの指定で指定してください。`,
    en: (p) =>
      `The rows at ${p.cells.join(', ')} of sheet "${p.sheet}" (indicators "${p.indicators.join('", "')}") were not graded, read as ${
        p.reason === 'reference'
          ? 'reference figures'
          : p.reason === 'count'
            ? 'a tally counting the table’s rows (COUNT formulas)'
            : p.reason === 'total'
              ? 'the total of the rows right above them'
              : p.reason === 'breakdown'
                ? 'a breakdown (うち…, no target of its own) of the indicator right above them'
                : p.reason === 'total-parts'
                  ? 'the parts (no target of their own) of the 合計 row graded as the indicator their caption names'
                  : `copies by formula of another sheet’s rows (${(p.sources ?? []).join(', ')})`
      }. If they are indicators to grade, say so in 読み取りの指定.`,
  },
  'indicator-discontinued': {
    ja: (p) => `「${p.text}」（${p.cell}）とあるため、廃止・休止した指標として評価していません。`,
    en: (p) => `Not graded: "${p.text}" (${p.cell}) says the indicator was discontinued or suspended.`,
  },
  'period-undetermined': {
    ja: (_p, o) =>
      `評価対象期間を判断できませんでした。各指標の最新の実績で評価しています。${cli(o) ? '--period か評価設定' : '評価設定シート'}で期間を指定してください。`,
    en: (_p, o) =>
      `The evaluation period could not be determined; each indicator was graded on its latest actual. Set the period ${cli(o) ? 'with --period or in 評価設定' : 'in the 評価設定 sheet'}.`,
  },
  'period-differs': {
    ja: (p) => `シートの評価対象期間（${p.sheetPeriod}）と、評価に使った期間（${p.period}）が異なります。`,
    en: (p) => `The sheet's evaluation period (${p.sheetPeriod}) differs from the period used (${p.period}).`,
  },
  'reading-uncertain': {
    ja: (p, o) =>
      'variant' in p
        ? GUESS_JA[p.reason](p)
        : `評価対象期間は、最新の実績の年度から${p.period}と判断しました。ただし、シート「${p.sheet}」の表には${p.label}の目標（${p.target}など）と実績（${p.actual}など、すべて空欄）の列があります。${p.label}の評価であれば、${
            cli(o) ? '評価設定の「評価対象期間」か --period' : '評価設定シートの「評価対象期間」'
          }で${p.label}を指定してください。`,
    en: (p, o) =>
      'variant' in p
        ? GUESS_EN[p.reason](p)
        : `The evaluation period was taken to be ${p.period}, the year of the latest actual. But the table on sheet "${p.sheet}" has target (${p.target} etc.) and actual (${p.actual} etc., all empty) columns for ${p.label}. If ${p.label} is being evaluated, set it ${
            cli(o) ? 'as 「評価対象期間」 in 評価設定 or with --period' : 'as 「評価対象期間」 in the 評価設定 sheet'
          }.`,
  },
  'period-not-in-sheet': {
    ja: (p) => `シートに評価対象期間（${p.period}）の列がありません。`,
    en: (p) => `The sheet has no column for the evaluation period (${p.period}).`,
  },
  'progress-undefined': {
    ja: (p) =>
      p.reason === 'no-baseline'
        ? '進捗率の計算に必要な基準値（現状値）がありません。'
        : p.reason === 'baseline-equals-target'
          ? '目標値と基準値が同じため進捗率を計算できません。方向を「維持」にするか、評価方法を「達成率」にしてください。'
          : '目標値が基準値から指標の方向と逆の側にあるため（上昇の指標で目標が基準値より低い、または減少の指標で高い）、進捗率を計算できません。指標の方向か評価方法を確認してください。',
    en: (p) =>
      p.reason === 'no-baseline'
        ? 'Progress needs a baseline (現状値), and there is none.'
        : p.reason === 'baseline-equals-target'
          ? 'The target equals the baseline, so progress cannot be computed. Set the direction to 維持 or the method to 達成率.'
          : "The target lies on the other side of the baseline from the indicator's direction (an upward indicator with a target below the baseline, or the reverse), so progress cannot be computed. Check the direction or the method.",
  },
  'progress-backward': {
    ja: (p) =>
      `実績（${num(p.actual)}）が基準値（${num(p.baseline)}）から目標と逆の方向に動いています（進捗率 ${pct(p.progress)}）。評価は最も低い区分「${p.grade}」です。`,
    en: (p) =>
      `The actual (${num(p.actual, 'en')}) moved away from the target, past the baseline (${num(p.baseline, 'en')}) (progress ${pct(p.progress)}); the grade is the lowest, "${p.grade}".`,
  },
  'target-maintain': {
    ja: (p) => `目標「${p.written}」は基準値 ${num(p.baseline)}（${p.baselineCell}）を目標として比べました。`,
    en: (p) => `The target "${p.written}" was taken as the baseline, ${num(p.baseline, 'en')} (${p.baselineCell}).`,
  },
  'actual-running-total': {
    ja: (p) => `目標（${p.target}）は複数年度の累計の値のため、年度ごとの実績（${p.cells.join('、')}）を合計した ${num(p.total)} と比べました。`,
    en: (p) => `The target (${p.target}) is a multi-year total: compared with the sum of ${p.cells.join(', ')}, ${num(p.total, 'en')}.`,
  },
  'target-from-final': {
    ja: (p) =>
      `この年度の目標欄は「${p.written}」（${p.writtenCell}）のため、シートの注記（${p.noteCell}）のとおり最終目標 ${p.final}（${p.finalCell}）と比べました。`,
    en: (p) =>
      `This period's target cell ${p.writtenCell} reads "${p.written}", so, as the note in ${p.noteCell} says, the actual was compared with the final target ${p.final} (${p.finalCell}).`,
  },
  'range-exceeded': {
    ja: (p) =>
      `実績 ${num(p.actual)}${p.unit ?? ''} は目標の範囲（${num(p.low)}～${num(p.high)}${p.unit ?? ''}）の上限を上回っています。目指す方向の記載がないため範囲に収める目標と読み、上限 ÷ 実績 = ${pct(p.attainment)}で評価しました。`,
    en: (p) =>
      `The actual ${num(p.actual, 'en')}${p.unit ?? ''} is above the upper bound of the target range (${num(p.low, 'en')}–${num(p.high, 'en')}${p.unit ?? ''}). With no direction stated, the range was read as one to stay within: attainment is upper bound ÷ actual = ${pct(p.attainment)}.`,
  },
  'tolerance-met': {
    ja: (p) =>
      `実績 ${num(p.actual)}${p.unit ?? ''} は目標 ${num(p.target)}${p.unit ?? ''} ${p.maintain ? 'と差がありますが' : 'に届きませんが'}、設定された許容幅（±${p.band}${bandUnit(p.unit)}）以内のため${p.maintain ? '維持' : '達成'}とみなしました。`,
    en: (p) =>
      `The actual ${num(p.actual, 'en')}${p.unit ?? ''} ${p.maintain ? 'differs from' : 'falls short of'} the target ${num(p.target, 'en')}${p.unit ?? ''} but lies within the tolerance set in the rules (±${p.band}${bandUnit(p.unit, 'en')}), so it counts as ${p.maintain ? 'maintained' : 'met'}.`,
  },
  'settings-invalid': SETTINGS,
  'summary-protected': {
    ja: (p) => `シート「${p.sheet}」が保護されているため作り直せません。保護を解除してから実行してください。`,
    en: (p) => `The sheet "${p.sheet}" is protected and cannot be rebuilt. Unprotect it and run again.`,
  },
  'roll-past-plan-end': {
    ja: (p) => `シート「${p.sheet}」の年度の列は${p.last}までで、${p.next}の列がありません。計画期間が終わっています。次の計画の様式に移してください。`,
    en: (p) =>
      `The year columns of sheet "${p.sheet}" end at ${p.last}; there is no column for ${p.next}. The plan period is over: move to the next plan's form.`,
  },
  'roll-targets-kept': {
    ja: (p) => `数値目標の列は${p.next}になりましたが、値は${p.current}のままです。新しい年度の目標に見直してください。`,
    en: (p) => `The target column now says ${p.next} but still holds the values for ${p.current}. Revise them for the new year.`,
  },
  'roll-locked': {
    ja: (p) =>
      `セル ${p.cell} はシート保護でロックされているため変更していません（${ROLL_CHANGE.ja[p.change]}）。保護を解除してからやり直すか、手で直してください。`,
    en: (p) =>
      `Cell ${p.cell} is locked by sheet protection and was not changed (${ROLL_CHANGE.en[p.change]}). Unprotect the sheet and try again, or change it by hand.`,
  },
  'import-locked': {
    ja: (p) => `セル ${p.cell} はシート保護でロックされているため、${p.indicator}の${p.month}月の実績を書き込めませんでした。`,
    en: (p) => `Cell ${p.cell} is locked by sheet protection, so the actual of ${p.indicator} for month ${p.month} was not written.`,
  },
  'import-value-unreadable': {
    ja: (p) =>
      `取り込むデータの${p.line}行目（${p.indicator}の${p.month}月）：${IMPORT_VALUE.ja(p.problem, JA_EXCEL)}。セル ${p.cell} には書き込んでいません。`,
    en: (p, o) => `Line ${p.line} of the import (${p.indicator}, month ${p.month}): ${IMPORT_VALUE.en(p.problem, o)}. Nothing was written to cell ${p.cell}.`,
  },
};

/** A finding's (or any `{code, params}`'s) text in a language, for a surface. */
export function renderFinding<C extends FindingCode>(f: { code: C; params: FindingParams[C] }, o: RenderOptions = JA_EXCEL): string {
  return FINDING_TEXT[f.code][o.lang](f.params, o);
}
