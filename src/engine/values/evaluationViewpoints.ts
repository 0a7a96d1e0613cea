/**
 * The viewpoints an administrative evaluation judges a project by (評価の視点): 必要性, 妥当性, 有効性, 効率性, 公平性 and their
 * kin. A 事務事業評価シート lists them under its indicators, each with its judgement beside it (必要性 | 妥当である, 有効性 | …の
 * 影響により縮小した。): a line of the evaluation, never a measure. The label is the viewpoint alone, 「（1）必要性」「必要性：」, two
 * joined (「必要性・妥当性」), or the viewpoint of a short subject (「市が関与する必要性」「手段の妥当性」). A name that only holds
 * the word (「安全性を感じる市民の割合」, 「施設の効率性・老朽化」) is no viewpoint.
 */
import { withoutOrdinalPrefix } from './ordinalPrefix';
import { compact, normalizeText } from './text';

const WORD = '(?:必要性|妥当性|有効性|効率性|公平性|公正性|緊急性|公共性|公益性|優先性|適正性)';
/** The viewpoint alone or two or three joined, perhaps after a short subject ending in の / する / が (12 characters at most). */
const VIEWPOINT = new RegExp(`^(?:[^\\s、。,.:：]{1,12}?(?:の|する|した|が))?${WORD}(?:[・/／と]${WORD}){0,2}$`);

/** Whether a row's label names an evaluation viewpoint (and nothing else: no figure, no measure). */
export function isEvaluationViewpoint(text: string): boolean {
  const unmarked = withoutOrdinalPrefix(text) ?? text;
  const t = compact(normalizeText(unmarked))
    .replace(/[(（][^()（）]*[)）]/g, '')
    .replace(/[:：]$/, '');
  return t.length <= 20 && VIEWPOINT.test(t);
}
