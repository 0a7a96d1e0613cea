/** A bare 「サービス」 heading names the rows only where no other heading does. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const names = (rows: (string | number | null)[][]) => checkWorkbook({ sheets: [snap('S', rows)] }, {}).report.indicators.map((i) => i.name);

test('beside 成果指標 the サービス column is the service, the indicator is named by 成果指標', () => {
  expect(
    names([
      ['障害福祉計画　成果目標の進捗（令和5年度）'],
      ['成果指標', 'サービス', '単位', '目標値', '実績値'],
      ['地域生活移行者数', '施設入所支援', '人', 10, 6],
      ['一般就労移行者数', '就労移行支援', '人', 30, 33],
    ]),
  ).toEqual(['地域生活移行者数', '一般就労移行者数']);
});

test('alone, サービス heads the names', () => {
  expect(
    names([
      ['障害福祉サービスの見込量と実績（令和5年度）'],
      ['サービス', '単位', '見込量', '実績'],
      ['生活介護', '人/月', 120, 118],
      ['就労継続支援（B型）', '人/月', 90, 95],
    ]),
  ).toEqual(['生活介護', '就労継続支援（B型）']);
});
