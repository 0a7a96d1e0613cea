import { withSheetListed } from './appProps';

const app = (pairs: string, titles: string[]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><HeadingPairs><vt:vector size="${(pairs.match(/<vt:variant>/g) ?? []).length}" baseType="variant">${pairs}</vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="${titles.length}" baseType="lpstr">${titles.map((t) => `<vt:lpstr>${t}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts></Properties>`;
const pair = (kind: string, n: number) => `<vt:variant><vt:lpstr>${kind}</vt:lpstr></vt:variant><vt:variant><vt:i4>${n}</vt:i4></vt:variant>`;

describe('docProps/app.xml lists an added sheet', () => {
  test('after the last worksheet, before the named ranges Excel lists after them; counts and size updated', () => {
    const before = app(pair('ワークシート', 2) + pair('名前付き一覧', 1), ['表紙', 'KPI', 'KPI!Print_Titles']);
    expect(withSheetListed(before, '評価サマリー')).toBe(
      app(pair('ワークシート', 3) + pair('名前付き一覧', 1), ['表紙', 'KPI', '評価サマリー', 'KPI!Print_Titles']),
    );
  });

  test('a name with & < > is escaped; a part in another shape is left alone (null)', () => {
    expect(withSheetListed(app(pair('Worksheets', 1), ['A']), 'R&D')).toContain('<vt:lpstr>R&amp;D</vt:lpstr>');
    expect(withSheetListed('<Properties><Application>x</Application></Properties>', 'S')).toBeNull();
    expect(withSheetListed(app(pair('Charts', 1), ['Chart1']), 'S')).toBeNull();
  });
});
