import { checkParts, relsProblems, relTargetProblem } from './packageChecks';

describe('relationship targets an output may carry', () => {
  test.each([
    ['xl/_rels/workbook.xml.rels', 'worksheets/sheet1.xml'],
    ['xl/_rels/workbook.xml.rels', '/xl/worksheets/sheet1.xml'],
    ['xl/worksheets/_rels/sheet1.xml.rels', '../drawings/drawing1.xml'],
    ['_rels/.rels', 'xl/workbook.xml'],
    ['xl/drawings/_rels/drawing1.xml.rels', '../media/%E7%94%BB%E5%83%8F.png'],
    ['xl/_rels/workbook.xml.rels', 'custom/100%.xml'],
  ])('inside the package: %s → %s', (rels, target) => {
    expect(relTargetProblem(rels, target, false)).toBeNull();
  });

  test.each([
    ['xl/_rels/workbook.xml.rels', '../../../../etc/passwd', /外を指して/],
    ['_rels/.rels', '../x.xml', /外を指して/],
    ['xl/worksheets/_rels/sheet1.xml.rels', '..%2F..%2F..%2Fetc%2Fx', /外を指して/],
    ['xl/worksheets/_rels/sheet1.xml.rels', '..\\..\\..\\etc\\x', /外を指して/],
    ['xl/_rels/workbook.xml.rels', 'http://attacker.example/x', /TargetMode/],
    ['xl/_rels/workbook.xml.rels', 'file:///etc/passwd', /TargetMode/],
    ['xl/_rels/workbook.xml.rels', '//server/share/x.xml', /TargetMode/],
    ['xl/_rels/workbook.xml.rels', '', /ありません/],
  ])('leaving the package: %s → %s', (rels, target, why) => {
    expect(relTargetProblem(rels, target, false)).toMatch(why);
  });

  test('an external link (TargetMode="External") is the user\'s and kept, whatever it points to', () => {
    expect(relTargetProblem('xl/worksheets/_rels/sheet1.xml.rels', 'https://www.city.example.jp/', true)).toBeNull();
    expect(relTargetProblem('xl/worksheets/_rels/sheet1.xml.rels', 'file:///C:/共有/資料.xlsx', true)).toBeNull();
  });

  test('two relationships with one id are a problem (which part is meant cannot be told)', () => {
    const xml =
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="t" Target="a.xml"/><Relationship Id="rId1" Type="t" Target="b.xml"/></Relationships>';
    expect(relsProblems('xl/_rels/workbook.xml.rels', xml)).toEqual(['rId1: 同じ Id の参照が二つあります']);
  });
});

describe('checkParts', () => {
  const RELS = (body: string) => `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;
  const run = (parts: Record<string, string>) => checkParts(Object.keys(parts), async (p) => parts[p] ?? null);

  test('an internal relationship to a part the package does not have is refused, naming the part; part names compare without case; hyperlinks are not parts', async () => {
    const rels = RELS(
      '<Relationship Id="rId1" Type="http://x/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://x/drawing" Target="../drawings/drawing9.xml"/>',
    );
    await expect(run({ 'xl/_rels/workbook.xml.rels': rels, 'xl/worksheets/sheet1.xml': '<worksheet/>' })).rejects.toThrow(
      /drawings\/drawing9\.xml.*ありません|ありません/,
    );
    await expect(
      run({
        'xl/_rels/workbook.xml.rels': RELS('<Relationship Id="rId1" Type="http://x/worksheet" Target="worksheets/Sheet1.xml"/>'),
        'xl/worksheets/sheet1.xml': '<worksheet/>',
      }),
    ).resolves.toBeUndefined();
    await expect(
      run({
        'xl/worksheets/_rels/sheet1.xml.rels': RELS('<Relationship Id="rId1" Type="http://x/hyperlink" Target="#Sheet2!A1"/>'),
        'xl/worksheets/sheet1.xml': '<worksheet/>',
      }),
    ).resolves.toBeUndefined();
  });
});

test('a part without a content type (neither by its extension nor by name) is refused, naming it', async () => {
  const types =
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="a"/><Default Extension="XML" ContentType="b"/><Override PartName="/xl/media/Image1.PNG" ContentType="c"/></Types>';
  const parts: Record<string, string | null> = {
    '[Content_Types].xml': types,
    '_rels/.rels': '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>',
    'xl/workbook.xml': '<workbook/>',
    'xl/media/image1.png': null,
  };
  await expect(checkParts(Object.keys(parts), async (p) => parts[p])).resolves.toBeUndefined();
  parts['xl/media/image2.emf'] = null;
  await expect(checkParts(Object.keys(parts), async (p) => parts[p])).rejects.toThrow(/xl\/media\/image2\.emf.*種類/);
});
