/** The site model and its HTML: pages per 施策, figures and series, headings from 評価設定, escaping of every workbook text. */
import { buildWorkbook } from '../../adapters/xlsx/applyPlan';
import { workbookSnapshot } from '../../adapters/xlsx/readSnapshot';
import { checkWorkbook } from '../actions/check';
import type { SheetSpec } from '../model/plan';
import { demoWorkbookSpecs, policySheet } from '../../../test/support/samples/demoWorkbook';
import { attr, text } from './html/escape';
import { chartSvg, niceMax } from './html/chart';
import { buildSite, publishedWorkbook, renderSite, type WorkbookPublication } from '.';
import { withUnit } from './html/figures';
import { splitInline } from './narratives';

function publication(file: string, specs: SheetSpec[]): WorkbookPublication {
  const snapshot = workbookSnapshot(buildWorkbook(specs));
  return publishedWorkbook(file, checkWorkbook(snapshot, { file }), snapshot);
}

/** The demo workbook with the site's headings in its 評価設定 (rows of the main section, above 評価区分). */
function demoWithHeadings(city: string, plan: string): SheetSpec[] {
  const specs = demoWorkbookSpecs();
  const settings = specs.find((s) => s.name === '評価設定')!;
  const at = settings.rows.findIndex((r) => r[0]?.value === '今後の方向性') + 1;
  settings.rows.splice(at, 0, [{ value: '自治体名' }, { value: city }], [{ value: '計画名' }, { value: plan }]);
  return specs;
}

const HOSTILE = '<script>alert("x")</script> & \'引用\'';

function hostileSpecs(): SheetSpec[] {
  const block = (no: string, name: string) => ({
    no,
    name,
    description: `${name}の説明`,
    unit: '件',
    actual: [10, 11, 12, 13, 14, null, null],
    expected: [null, null, 12, 13, 15, 16, 17],
  });
  return [
    policySheet('施策評価', {
      fiscalLabel: '令和５年度',
      policy: `1.${HOSTILE}`,
      measure: `1-1.<img src=x onerror=alert(1)>の施策`,
      department: '<b>総務部</b>',
      previousGrade: 'B',
      blocks: [block('①', `指標<i>${'"'}&amp;`), block('②', '相談件数')],
    }),
  ];
}

describe('escaping', () => {
  test('text and attribute values escape & < > " \'', () => {
    expect(text(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;');
    expect(attr('" onclick="x')).toBe('&quot; onclick=&quot;x');
  });

  test('a workbook whose names hold markup: every text stays text on every page', () => {
    const files = renderSite(buildSite([publication('<悪意>.xlsx', hostileSpecs())], [{ file: '<x>&.xlsx', reason: '<壊れています>' }]));
    const all = files.map((f) => f.content).join('\n');
    expect(all.match(/.{0,40}(<script|<img|<b>|<i>|<[a-z][^>]*\sonerror=).{0,40}/gi)).toBeNull();
    expect(all).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;引用&#39;');
    expect(all).toContain('1-1.&lt;img src=x onerror=alert(1)&gt;の施策');
    expect(all).toContain('指標&lt;i&gt;&quot;&amp;amp;');
    expect(all).toContain('&lt;x&gt;&amp;.xlsx：&lt;壊れています&gt;');
  });
});

describe('the demo workbook as a site', () => {
  const demo = publication('デモ.xlsx', demoWithHeadings('みどり市', '第6次総合計画'));
  const site = buildSite([demo], []);
  const files = renderSite(site);
  const file = (p: string) => files.find((f) => f.path === p)!.content;

  test('one page per 施策, or per sheet that states none', () => {
    expect(site.pages.map((p) => [p.kind, p.title])).toEqual([
      ['measure', '1-1.交通安全と防犯の推進'],
      ['sheet', '令和5年度事業実績'],
      ['sheet', '地方創生総合戦略 重要業績評価指標（KPI）の達成状況'],
    ]);
    expect(files.map((f) => f.path).sort()).toEqual(['index.html', 'print.html', 's001.html', 's002.html', 's003.html', 'style.css']);
  });

  test('the headings come from 評価設定, the year from the period evaluated', () => {
    expect(site.headings).toEqual({ city: 'みどり市', plan: '第6次総合計画', year: '令和5年度' });
    expect(demo.headingCells.city).toMatch(/^B\d+$/);
    expect(file('index.html')).toContain('<h1>みどり市 第6次総合計画 令和5年度 施策評価の結果</h1>');
  });

  test('every indicator of a page with its figures, grade and label, and its series as a table beside its chart', () => {
    const page = site.pages[0];
    const html = file(page.href).replace(/>\s+/g, '>').replace(/\s+</g, '<'); // the markup's indentation aside
    expect(page.indicators.length).toBeGreaterThan(1);
    for (const i of page.indicators) {
      expect(html).toContain(text(i.name));
      expect(html).toContain(text(withUnit(i.actual, i.unit)));
      expect(html).toContain(text(withUnit(i.target, i.unit)));
      if (i.grade?.label) expect(html).toContain(`${i.grade.grade} ${i.grade.label}`);
      expect(i.series.length).toBeGreaterThan(2);
      for (const s of i.series) if (s.actual !== null) expect(html).toContain(`<th scope="row">${text(s.label)}</th>`);
    }
    expect(html.match(/<svg class="chart"[^>]*role="img"/g)?.length).toBe(page.indicators.length);
    expect(html).toMatch(/<caption id="[^"]+">指標の達成状況/);
  });

  test("the page of a project table carries each row's narrative text, named after its 事業", () => {
    const page = site.pages[1];
    expect(page.narratives.length).toBeGreaterThan(0);
    expect(page.narratives.every((n) => n.indicator)).toBe(true);
    expect(page.narratives.map((n) => n.heading)).toEqual(expect.arrayContaining(['成果・効果', '今後の方向性']));
  });

  test('the index counts grades city-wide and per 基本方針, and links every page', () => {
    const index = file('index.html');
    for (const p of site.pages) expect(index).toContain(`<a href="${p.href}">${text(p.title)}</a>`);
    const total = site.counts.reduce((n, c) => n + c.count, 0) + site.ungraded;
    expect(total).toBe(site.pages.reduce((n, p) => n + p.indicators.length, 0));
    expect(index).toContain(`指標 ${total}件`);
  });

  test('no script, no external resource, Japanese, a skip link and headings in order', () => {
    for (const f of files) {
      expect(f.content).not.toMatch(/https?:\/\/|<script|@import|url\(/i);
      if (!f.path.endsWith('.html')) continue;
      expect(f.content).toContain('<html lang="ja">');
      expect(f.content).toContain('<a class="skip" href="#main">');
      const levels = [...f.content.matchAll(/<h([1-6])/g)].map((m) => Number(m[1]));
      expect(levels[0]).toBe(1);
      levels.forEach((l, k) => k && expect(l).toBeLessThanOrEqual(levels[k - 1] + 1));
    }
  });
});

describe('headings given and headings that differ', () => {
  test('the command line wins; a workbook stating another city is a note', () => {
    const a = publication('a.xlsx', demoWithHeadings('みどり市', '計画A'));
    const b = publication('b.xlsx', demoWithHeadings('あおば市', '計画A'));
    const site = buildSite([a, b], [], { plan: '計画B' });
    expect(site.headings).toMatchObject({ city: 'みどり市', plan: '計画B' });
    expect(site.notes.join('\n')).toContain('b.xlsx：「あおば市」');
    // Two workbooks with the same sheets: the titles met twice name their origin.
    expect(new Set(site.pages.map((p) => p.title)).size).toBe(site.pages.length);
  });
});

describe('the chart', () => {
  test('a round axis maximum', () => {
    expect([niceMax(0.7), niceMax(13), niceMax(240), niceMax(1000)]).toEqual([1, 20, 250, 1000]);
  });

  test('no figure for any year: no chart', () => {
    const i = publication('x.xlsx', demoWorkbookSpecs()).pages[0].indicators[0];
    expect(chartSvg({ ...i, series: [{ label: 'R5', fiscalYear: 2023, target: null, actual: null }] }, 'c')).toBeNull();
    const svg = chartSvg(i, 'c')!.value;
    expect(svg).toContain('aria-labelledby="c-t c-d"');
    expect(svg.match(/<rect class="target"/g)!.length).toBe(i.series.filter((s) => s.target !== null).length + 1); // + the legend's
  });
});

describe('narratives and periods', () => {
  test('a cell holding its own headings is split at each', () => {
    expect(splitInline('【成果・効果】32社が取り組んだ。\n【今後の方向性】継続')).toEqual([
      { heading: '成果・効果', text: '32社が取り組んだ。' },
      { heading: '今後の方向性', text: '継続' },
    ]);
    expect(splitInline('課題：人手が足りない')).toEqual([{ heading: '課題', text: '人手が足りない' }]);
    expect(splitInline('継続')).toEqual([]);
  });

  test('two labels of one fiscal year are one period; another year is a note', () => {
    const base = publication('a.xlsx', demoWorkbookSpecs());
    const same = buildSite([base, { ...base, file: 'b.xlsx', period: 'R5年度' }], []);
    expect([same.headings.year, same.notes]).toEqual(['令和5年度', []]);
    const other = buildSite([base, { ...base, file: 'c.xlsx', period: '令和4年度', fiscalYear: 2022 }], []);
    expect(other.notes).toEqual(['評価対象期間の異なるブックがあります（令和5年度、令和4年度）。見出しには「令和5年度」を使いました。']);
  });
});
