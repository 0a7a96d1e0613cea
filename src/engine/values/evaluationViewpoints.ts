/**
 * The viewpoints an administrative evaluation judges a project by (評価の視点): 必要性, 妥当性, 有効性, 効率性, 公平性 and their
 * kin. A 事務事業評価シート lists them under its indicators, each with its judgement beside it (必要性 | 妥当である, 有効性 | …の
 * 影響により縮小した。): a line of the evaluation, never a measure. The label is the viewpoint alone, 「（1）必要性」「必要性：」, two
 * joined (「必要性・妥当性」「必要性及び妥当性」), in brackets (【必要性】), or after one of the subjects evaluation sheets use
 * (「市が関与する必要性」「手段の妥当性」). A name that only holds the word (「安全性を感じる市民の割合」, 「施設の効率性・老朽化」)
 * or a quality of something measured (「窓口対応の公平性」) is no viewpoint.
 */
import { withoutOrdinalPrefix } from './ordinalPrefix';
import { compact, normalizeText } from './text';

const WORD = '(?:必要性|妥当性|有効性|効率性|経済性|公平性|公正性|緊急性|公共性|公益性|優先性|適正性)';
/**
 * The subjects evaluation sheets put before a viewpoint (「市が関与する必要性」「手段の妥当性」「目的妥当性」). Only these: a
 * measure of a quality (「窓口対応の公平性」「行政サービスの公平性」, a survey's figure not in yet) is an indicator (rv59).
 */
const SUBJECT = '(?:(?:市|行政|町|村|県|国)が(?:関与|実施)する|(?:市|行政|公的)の?関与の|目的の?|手段の?|事業の|成果の|取組の)';
/** The viewpoint alone or two to four joined, perhaps after a subject of the evaluation's, perhaps closed by について. */
const VIEWPOINT = new RegExp(`^${SUBJECT}?${WORD}(?:(?:[・/／と、]|及び)${SUBJECT}?${WORD}){0,3}(?:について)?$`);

/** Whether a row's label names an evaluation viewpoint (and nothing else: no figure, no measure). */
export function isEvaluationViewpoint(text: string): boolean {
  const unmarked = withoutOrdinalPrefix(text) ?? text;
  const t = compact(normalizeText(unmarked))
    .replace(/^[【[(（]([^【】[\]()（）]*)[】\])）]$/, '$1')
    .replace(/[(（][^()（）]*[)）]/g, '')
    .replace(/[:：]$/, '');
  return t.length <= 20 && VIEWPOINT.test(t);
}
