/**
 * A heading of a word and 事業 naming the kind of project each row is: 「連携事業」「重点事業」「主要事業」「関連事業」. A list of a
 * joint plan's or a policy's projects heads its names so (No. | 連携事業 | 担当課 | R5年度数値目標 | R5年度実績値), as 事業 / 推進事業
 * head them (values/labels.ts). Read only where no name heading stands, over a column of names left of the figures
 * (measureNameHeading.ts ranks it with 項目 and asks the cells under it to read as names, and no other heading left of the figures
 * that may head names: 「No. | 重点事業 | 成果目標 | 目標値 | 実績値」 names each row's measure in 成果目標, review rv69). Not a word about the project's money or size (事業費, 事業量, 事業規模: they do not end with 事業).
 */
import { memo } from '../values/text';

/**
 * The kinds of project a list is of (連携事業, 重点事業, 主要事業, 関連事業, 構成事業, 個別事業); 事業 alone is a name word of its own.
 * Not any word before 事業: 新規・継続事業, 補助事業 and 実施事業 head a column of kinds (新規 / 継続, 国庫補助 / 県補助, ソフト / ハード), never
 * names (review rv69).
 */
const PROJECT_KIND = /^(?:連携|重点|主要|関連|構成|個別)事業$/;

/** Whether a heading (brackets and white space taken out) names the kind of project each row is. */
export const isProjectKindHeading = memo((text: string): boolean =>
  PROJECT_KIND.test(
    text
      .normalize('NFKC')
      .replace(/[(（][^()（）]*[)）]/g, '')
      .replace(/\s+/g, ''),
  ),
);
