/** A 「…名」 heading over the rows' names heads them where no name heading stands; a person's or an office's name does not. */
import { isNameOfHeading } from './nameOfHeading';
import { detectSheet } from './index';
import { snap } from './testing';

test.each(['健（検）診名', '施設名', '路線名', '講座名称', 'イベント名', '業種', '施設の種類', '検査種別'])('「%s」 is a heading over names', (t) =>
  expect(isNameOfHeading(t)).toBe(true),
);

test.each(['氏名', '担当者名', '所管課名', '部署名', '名称', '指標の説明', '対象者', '種別', '種類数'])('「%s」 is none', (t) =>
  expect(isNameOfHeading(t)).toBe(false),
);

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

test('a table headed 健（検）診名 over its names, years and 市の目標値 across: each row is an indicator', () => {
  const sheet = snap('受診率', [
    ['令和5年度　健康診査・がん検診の受診状況'],
    [],
    ['健（検）診名', '対象者', '単位', '令和4年度', '令和5年度', '市の目標値（令和5年度）', '国の目標値（参考）'],
    ['特定健康診査', '40～74歳の国保被保険者', '％', 42.8, 45.1, 50, 60],
    ['胃がん検診', '50歳以上', '％', 8.6, 9.2, 12, 60],
  ]);
  const read = detectSheet(sheet, scale).indicators.map((i) => [i.name, i.targets.map((t) => t.cell), i.actuals.map((a) => a.cell)]);
  expect(read).toEqual([
    ['特定健康診査', ['F4'], ['D4', 'E4']],
    ['胃がん検診', ['F5'], ['D5', 'E5']],
  ]);
});

test('an office’s name column with no name heading beside it heads no names', () => {
  const sheet = snap('S', [['令和5年度'], ['所管課名', '目標値', '実績値'], ['市民課', 10, 8]]);
  expect(detectSheet(sheet, scale).indicators).toEqual([]);
});

test('a bare 種類 is no name heading (its rows may name their kind beside a 内容 column holding the names: review rv54)', () => {
  expect(isNameOfHeading('種類')).toBe(false);
  expect(isNameOfHeading('施設の種類')).toBe(true);
});
