/**
 * A heading of a word and 種 naming the kind each row is (「作業種」「樹種」「鳥獣種」「工種」): the rows are the kinds of work or
 * of what is counted, each its own line of figures. It heads the names as 業種 does (nameOfHeading.ts), but only in a header
 * that sets a plan or a target for the rows (作業種 | 単位 | 計画量 | 実績量): a count by kind with results alone (鳥獣種 | 4月 …
 * 3月 | 年度計) is a breakdown to read as statistics, no indicators (measureNameHeading.ts asks `needsPlan`).
 * Not 接種 (予防接種: a vaccination), a number of kinds (各種, 諸種, 多種, 一種, 第二種) or sameness (同種, 異種).
 */
import { memo } from '../values/text';

const KIND = /^(?![\p{Script=Han}]*接種$)(?!第|各|諸|多|同|異|[一二三四五六七八九十])[\p{Script=Han}]{1,4}種$/u;

/** Whether a heading (brackets and white space taken out) is a word and 種 naming the kind each row is. */
export const isRowKindHeading = memo((text: string): boolean =>
  KIND.test(
    text
      .normalize('NFKC')
      .replace(/[(（][^()（）]*[)）]/g, '')
      .replace(/\s+/g, ''),
  ),
);
