/** 部局 / 部門 merged down a two-row header heads the rows' names (a staff count per department under a dated 計画 | 実績). */
import { checkWorkbook } from '../actions/check';
import { isOrganisationHeading } from './organisationHeading';
import { snap } from './testing';

test.each(['部局', '部門', '部局名'])('%s heads the organisation units', (t) => expect(isOrganisationHeading(t)).toBe(true));
test.each(['担当部局', '所管課', '区分', '部局別職員数', '指標', '所属', '組織', '部署名'])(
  '%s does not (所属 and 組織 may stand beside a column of names)',
  (t) => expect(isOrganisationHeading(t)).toBe(false),
);

const sheet = (head: string, merges = ['A3:A4', 'B3:B4', 'C3:D3']) =>
  snap(
    '定員',
    [
      ['令和6年度　定員管理の状況', null, null, null],
      [null, null, null, null],
      [head, '令和5年4月1日', '令和6年4月1日', null],
      [null, null, '計画', '実績'],
      ['総務部', 138, '135人以内', 134],
      ['市民生活部', 115, '112人以内', 114],
      ['市全体', 843, '834人以内', 837],
    ],
    { merges },
  );
const read = (head: string, merges?: string[]) =>
  checkWorkbook({ sheets: [sheet(head, merges)] }, {}).report.indicators.map((i) => [
    i.name,
    i.unit,
    i.target,
    i.actual,
    i.direction,
    i.grade,
    i.department ?? null,
  ]);

test('部局 merged down the band is read as 指標名 is; the date over 計画 | 実績 dates both, no department taken from the rows', () => {
  expect(read('部局')).toEqual(read('指標名'));
  expect(read('部局')).toEqual([
    ['総務部', '人', 135, 134, 'down', 'A', null],
    ['市民生活部', '人', 112, 114, 'down', 'B', null],
    ['市全体', '人', 834, 837, 'down', 'B', null],
  ]);
});

test('not merged down the band, 部局 heads nothing', () => {
  expect(read('部局', ['C3:D3'])).toEqual([]);
});
