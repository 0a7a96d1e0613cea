/**
 * The words of the problems a finding carries inside it: a 評価設定 row that cannot be used
 * (settings-invalid), an export value that cannot be imported (import-value-unreadable).
 */
import type { ImportValueProblem, SettingsProblem } from './findingParams';
import { JA_EXCEL, type Lang, type Texts } from './renderOptions';

export const SETTINGS: Texts<SettingsProblem> = {
  ja: (p) => {
    switch (p.variant) {
      case 'period':
        return `評価設定の評価対象期間「${p.value}」を読み取れません。「令和5年度」のように入力してください。`;
      case 'band-min':
        return `評価区分「${p.grade}」の下限「${p.value}」が数ではありません。80 のように％の数値で入力してください。`;
      case 'band-min-empty':
        return `評価区分「${p.grade}」の下限が空欄です。最後の区分以外は下限を入力してください。`;
      case 'band-order':
        return `評価区分の下限は上から順に小さくしてください（「${p.upper}」と「${p.lower}」）。`;
      case 'direction':
        return `指標「${p.indicator}」の方向「${p.value}」を読み取れません。上昇・減少・維持のいずれかにしてください。`;
      case 'method':
        return `評価方法「${p.value}」は「達成率」か「進捗率」にしてください。`;
      case 'target-source':
        return `目標値「${p.value}」は「当該年度の目標」か「最終目標」にしてください。`;
      case 'pro-rate':
        return `按分「${p.value}」は「する」か「しない」にしてください。`;
      case 'tolerance':
        return `維持の許容幅「${p.value}」は 0〜100 の数（％）にしてください。`;
      case 'rollup':
        return `施策評価の集約「${p.value}」は「平均」か「最低」にしてください。`;
      case 'outlier':
        return `急変とみなす倍率「${p.value}」は 1 より大きい数にしてください。`;
      case 'not-implemented-grade':
        return `未実施の評価「${p.grade}」が評価区分にありません。`;
      // The city's own scale and tolerance bands (issue 16, item 6).
      case 'band-points':
        return `評価区分「${p.grade}」の点数「${p.value}」が数ではありません。4 のような数を入力するか、空欄にしてください（空欄なら下の区分ほど1点ずつ少なくなります）。`;
      case 'band-points-order':
        return `評価区分の点数は上から順に小さくしてください（「${p.upper}」と「${p.lower}」）。施策評価の集約に使います。`;
      case 'grades-repeat':
        return `評価区分「${p.grade}」が2回あります。記号は区分ごとに変えてください。`;
      case 'scale-too-short':
        return `評価区分が${p.count}つしかありません。2つ以上の区分を上から順に入力してください。`;
      case 'survey-tolerance':
        return `％の指標の許容幅「${p.value}」は 0 以上の数（ポイント）にしてください。使わないときは空欄にします。`;
      case 'rounding':
        return `平均の端数「${p.value}」は「四捨五入」「切り捨て」「切り上げ」のいずれかにしてください。`;
      case 'indicator-tolerance':
        return `指標「${p.indicator}」の許容幅「${p.value}」は 0 以上の数（指標の単位。％の指標ではポイント）にしてください。`;
      case 'layout':
        return p.ja;
    }
  },
  en: (p) => {
    switch (p.variant) {
      case 'period':
        return `The evaluation period "${p.value}" in the 評価設定 sheet cannot be read. Enter it like 「令和5年度」.`;
      case 'band-min':
        return `The lower bound "${p.value}" of grade "${p.grade}" is not a number. Enter a percentage such as 80.`;
      case 'band-min-empty':
        return `The lower bound of grade "${p.grade}" is empty. Every grade but the last needs one.`;
      case 'band-order':
        return `Lower bounds must decrease from top to bottom (grades "${p.upper}" and "${p.lower}").`;
      case 'direction':
        return `The direction "${p.value}" of indicator "${p.indicator}" cannot be read. Use 上昇, 減少 or 維持.`;
      case 'method':
        return `The method "${p.value}" must be 「達成率」 or 「進捗率」.`;
      case 'target-source':
        return `The target "${p.value}" must be 「当該年度の目標」 or 「最終目標」.`;
      case 'pro-rate':
        return `Pro-rating "${p.value}" must be 「する」 or 「しない」.`;
      case 'tolerance':
        return `The tolerance "${p.value}" must be a number from 0 to 100 (%).`;
      case 'rollup':
        return `The roll-up "${p.value}" must be 「平均」 or 「最低」.`;
      case 'outlier':
        return `The outlier factor "${p.value}" must be a number greater than 1.`;
      case 'not-implemented-grade':
        return `The grade for 未実施 ("${p.grade}") is not one of the grades.`;
      case 'band-points':
        return `The points "${p.value}" of grade "${p.grade}" are not a number. Enter a number such as 4, or leave it empty (each grade then has one point less than the one above).`;
      case 'band-points-order':
        return `Points must decrease from top to bottom (grades "${p.upper}" and "${p.lower}"); the policy roll-up uses them.`;
      case 'grades-repeat':
        return `Grade "${p.grade}" appears twice. Give each grade its own symbol.`;
      case 'scale-too-short':
        return `The scale has only ${p.count} grade. Enter two or more grades, best first.`;
      case 'survey-tolerance':
        return `The tolerance for % indicators "${p.value}" must be a number of 0 or more (points). Leave it empty to use none.`;
      case 'rounding':
        return `The rounding "${p.value}" must be 「四捨五入」, 「切り捨て」 or 「切り上げ」.`;
      case 'indicator-tolerance':
        return `The tolerance "${p.value}" of indicator "${p.indicator}" must be a number of 0 or more (in its unit; points for a % indicator).`;
      case 'layout':
        return p.en;
    }
  },
};

export const IMPORT_VALUE: Texts<ImportValueProblem> = {
  ja: (p) => {
    switch (p.variant) {
      case 'not-a-number':
        return `「${p.text}」は数値ではありません`;
      case 'several-numbers':
        return `「${p.text}」は数値が複数あり、どれか分かりません`;
      case 'percent-for-plain':
        return `「${p.text}」は％の値ですが、この指標は％の指標ではありません`;
      case 'fraction-or-percent': {
        const hundred = Math.round(p.value * 100 * 1e12) / 1e12;
        return `「${p.text}」が割合（${hundred}％）か ${p.value}％ か分かりません。「${hundred}%」のように％を付けてください`;
      }
      case 'row-of-fractions':
        return `「${p.text}」を書き込むと、この行のほかの月（${p.others.slice(0, 2).join('、')} など。％の表示形式ではありません）と意味が合いません。セルの表示形式を％にしてからやり直してください`;
    }
  },
  en: (p) => {
    switch (p.variant) {
      case 'not-a-number':
        return `"${p.text}" is not a number`;
      case 'several-numbers':
        return `"${p.text}" holds several numbers and it is unclear which one`;
      case 'percent-for-plain':
        return `"${p.text}" is a percentage but this indicator is not measured in %`;
      case 'fraction-or-percent': {
        const hundred = Math.round(p.value * 100 * 1e12) / 1e12;
        return `it is unclear whether "${p.text}" is a fraction (${hundred}%) or ${p.value}%; write it with a % sign, like "${hundred}%"`;
      }
      case 'row-of-fractions':
        return `"${p.text}" does not match the row's other months (${p.others.slice(0, 2).join(', ')} etc., not formatted as %); format the cells as % and try again`;
    }
  },
};

/** An import value problem in words (also the `reason` of an ImportResult's unreadable row). */
export function renderImportValueProblem(p: ImportValueProblem, lang: Lang = 'ja'): string {
  return IMPORT_VALUE[lang](p, { ...JA_EXCEL, lang });
}
