/** A letter code with a zero-padded number in front of a name is the row's id, not part of the name. */
import { cleanName } from './names';
import { leadingLetterCode } from './letterCode';

test('letters and a padded number, then a space: the row’s code', () => {
  expect(leadingLetterCode('D01 オンライン申請可能な手続数')).toEqual({ id: 'D01', length: 4 });
  expect(leadingLetterCode('KPI-003　転入者数')).toEqual({ id: 'KPI-003', length: 8 });
  expect(leadingLetterCode('Ｅ＿０２ リサイクル率')).toEqual({ id: 'E_02', length: 5 });
});

test('no padded number, a year, no space or nothing after it: no code', () => {
  for (const t of ['CO2 排出量', 'R05 実績値', 'H30 年度実績', 'D01', 'D01オンライン', 'PM2.5 濃度', 'RPA等による業務削減時間', 'D1 手続数'])
    expect([t, leadingLetterCode(t)]).toEqual([t, null]);
});

test('the cleaned name drops the code and keeps it as the id', () => {
  const c = cleanName('D03 キャッシュレス決済対応窓口数（か所）');
  expect([c.name, c.id, c.unit]).toEqual(['キャッシュレス決済対応窓口数', 'D03', 'か所']);
  expect(cleanName('CO2 排出量').name).toBe('CO2 排出量');
});

test('a letter code in the brackets numbering a row: the row’s code, with or without a space after it', () => {
  expect(leadingLetterCode('【D-01】橋梁長寿命化修繕事業')).toEqual({ id: 'D-01', length: 6 });
  expect(leadingLetterCode('［KPI_3］　転入者数')).toEqual({ id: 'KPI_3', length: 8 });
  expect(leadingLetterCode('〔A01〕 相談件数')).toEqual({ id: 'A01', length: 6 });
  const c = cleanName('【D-01】橋梁長寿命化修繕事業');
  expect([c.name, c.id]).toEqual(['橋梁長寿命化修繕事業', 'D-01']);
});

test('a bracketed word, year or chemical, or a code with nothing after it: no code', () => {
  // 【R-5】【H-30】 are years with a dash, 【SDG-11】 a goal's tag (review rv52).
  for (const t of [
    '【CO2】排出量',
    '【R5】実績値',
    '【H30】年度実績',
    '【D-01】',
    '【重点】相談件数',
    '【PM2.5】濃度',
    '【1-1】移住体験住宅',
    '【R-5】新規就農者数',
    '【H-30】年度実績',
    '【SDG-11】公共交通利用者数',
  ])
    expect([t, leadingLetterCode(t)]).toEqual([t, null]);
});
