import { parseValue, type Quantity } from '../values/values';
import { pairByLabel } from './measureLabels';

const qs = (text: string): Quantity[] => parseValue(text).measures ?? [];

describe('pairing measures by label', () => {
  test('a label shortened in the actual pairs with the target that ends with it', () => {
    const pairs = pairByLabel(qs('見学会の参加団体 12団体\n相談件数 40件'), qs('相談件数 35件\n参加団体 9団体'));
    expect(pairs?.map(([t, a]) => [t.label, t.value, a.value])).toEqual([
      ['見学会の参加団体', 12, 9],
      ['相談件数', 40, 35],
    ]);
  });

  test('an exact label wins over a shortened one', () => {
    const pairs = pairByLabel(qs('参加者 10人\n講座参加者 20人'), qs('講座参加者 18人\n参加者 9人'));
    expect(pairs?.map(([t, a]) => [t.value, a.value])).toEqual([
      [10, 9],
      [20, 18],
    ]);
  });

  test('labels that do not pair one to one give no pairing', () => {
    expect(pairByLabel(qs('研修 10回\n相談 40件'), qs('講演 9回\n面談 35件'))).toBeNull();
    expect(pairByLabel(qs('男性参加者 10人\n女性参加者 12人'), qs('参加者 9人\n来場 30人'))).toBeNull();
  });
});
