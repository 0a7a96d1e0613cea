/** The viewpoints an evaluation judges a project by (必要性, 有効性 …) are evaluation lines' labels, never measures. */
import { isEvaluationViewpoint } from './evaluationViewpoints';

test.each([
  '必要性',
  '（1）必要性',
  '①有効性',
  '効率性：',
  '必要性・妥当性',
  '市が関与する必要性',
  '手段の妥当性',
  '有効性（成果）',
  '目的妥当性',
  '必要性及び妥当性',
  '必要性、妥当性',
  '【必要性】',
  '公共性・必要性・緊急性・有効性',
  '事業の必要性について',
  '経済性',
])('%s is an evaluation viewpoint', (t) => expect(isEvaluationViewpoint(t)).toBe(true));

test.each([
  '安全性を感じる市民の割合',
  '施設の効率性・老朽化',
  '経営の健全性・効率性',
  '事業の有効性に関する満足度',
  '交通安全教室の必要性を感じる人の割合',
  '耐震性',
  // A quality of something measured, a survey's figure not in yet (rv59): an indicator.
  '市民が感じる行政の公平性',
  '行政サービスの公平性',
  '窓口対応の公平性',
  '地域の防災力の有効性',
  '受益者負担の公平性',
])('%s is no viewpoint: a measure that holds the word, or another quality', (t) => expect(isEvaluationViewpoint(t)).toBe(false));
