/**
 * A heading of a word and 事業 naming the kind of project each row is: 「連携事業」「重点事業」「主要事業」「関連事業」. A list of a
 * joint plan's or a policy's projects heads its names so (No. | 連携事業 | 担当課 | R5年度数値目標 | R5年度実績値), as 事業 / 推進事業
 * head them (values/labels.ts). Read only where no name heading stands, over a column of names left of the figures
 * (measureNameHeading.ts ranks it with 項目 and asks the cells under it to read as names: a 新規事業 / 継続事業 column of ○ marks
 * holds none). Not a word about the project's money or size (事業費, 事業量, 事業規模: they do not end with 事業).
 */
import { memo } from '../values/text';

/** One to six kanji (or 中黒) before 事業; 事業 alone is a name word of its own. */
const PROJECT_KIND = /^[\p{Script=Han}・]{1,6}事業$/u;

/** Whether a heading (brackets and white space taken out) names the kind of project each row is. */
export const isProjectKindHeading = memo((text: string): boolean =>
  PROJECT_KIND.test(
    text
      .normalize('NFKC')
      .replace(/[(（][^()（）]*[)）]/g, '')
      .replace(/\s+/g, ''),
  ),
);
