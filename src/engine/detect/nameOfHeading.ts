/**
 * A heading saying its cells are the names of what the rows count: 「健（検）診名」「施設名」「路線名」「講座名称」, a word or two and
 * 名 / 名称. It heads the names as 指標名 would, but only where no name heading stands (measureNameHeading.ts ranks it with
 * 項目). The name of a person or an office (氏名, 担当者名, 所管課名, 部署名) says who answers for the row, never what it counts.
 * So does a heading naming the kind each row is (「業種」「施設の種類」「検査種別」): the rows are the kinds the table counts.
 */
import { memo } from '../values/text';

const NAME_OF = /^[\p{Script=Han}\p{Script=Katakana}ー・]{1,6}(?:名|名称)$/u;
/**
 * The kind each row is: 業種 / 業態, 〇〇の種類, 〇〇種別 (a bare 種別 is a category label: values/labels.ts; a bare 種類 may stand
 * beside a 内容 column holding the names: review rv54).
 */
const KIND_OF = /^(?:業種|業態|[\p{Script=Han}]{1,6}の?種類|[\p{Script=Han}]{1,6}種別)$/u;
/** Whose name it is: a person's or an office's. */
const WHO = /(?:氏|者|課|部|局|室|係|署|担当|所管|主管|所属)(?:名|名称)$/;

/** Whether a heading (brackets and white space taken out) is a 「…名」 heading over the rows' names. */
export const isNameOfHeading = memo((text: string): boolean => {
  const t = text
    .normalize('NFKC')
    .replace(/[(（][^()（）]*[)）]/g, '')
    .replace(/\s+/g, '');
  return (NAME_OF.test(t) && !WHO.test(t)) || KIND_OF.test(t);
});
