/**
 * Offline manifest check (the online validator cannot be reached from closed networks):
 * schema order of the top-level elements, ids and versions, every resid defined and short,
 * https URLs, icon files present, lengths of names and descriptions.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SaxesParser } from 'saxes';
import { MIN_EXCEL_API } from '../src/adapters/officejs/host';

interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
  parent: El | null;
}

function parse(xml: string): El {
  const p = new SaxesParser({ xmlns: false });
  const root: El = { name: '#root', attrs: {}, children: [], text: '', parent: null };
  let cur = root;
  p.on('opentag', (t) => {
    const el: El = { name: t.name, attrs: t.attributes as Record<string, string>, children: [], text: '', parent: cur };
    cur.children.push(el);
    cur = el;
  });
  p.on('text', (t) => (cur.text += t));
  p.on('closetag', () => (cur = cur.parent!));
  p.write(xml).close();
  return root.children[0];
}

function all(el: El, out: El[] = []): El[] {
  out.push(el);
  el.children.forEach((c) => all(c, out));
  return out;
}

const ROOT = path.resolve(__dirname, '..');
const manifest = parse(readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'));
const els = all(manifest);

test('top-level elements in the order of the schema', () => {
  const order = [
    'Id',
    'AlternateId',
    'Version',
    'ProviderName',
    'DefaultLocale',
    'DisplayName',
    'Description',
    'IconUrl',
    'HighResolutionIconUrl',
    'SupportUrl',
    'AppDomains',
    'Hosts',
    'Requirements',
    'DefaultSettings',
    'Permissions',
    'VersionOverrides',
  ];
  const names = manifest.children.map((c) => c.name);
  expect(names.filter((n) => !order.includes(n))).toEqual([]);
  const idx = names.map((n) => order.indexOf(n));
  expect([...idx].sort((a, b) => a - b)).toEqual(idx);
  expect(manifest.attrs['xsi:type']).toBe('TaskPaneApp');
});

test('id, version, locale, permissions, requirements, host', () => {
  const text = (n: string) => manifest.children.find((c) => c.name === n)?.text.trim();
  expect(text('Id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  expect(text('Version')).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  expect(text('DefaultLocale')).toBe('ja-JP');
  expect(text('Permissions')).toBe('ReadWriteDocument');
  const set = els.find((e) => e.name === 'Set')!;
  // ExcelApi 1.13 (Office 2021 and later, Microsoft 365, Excel on the web): the minimum the pane refuses to start below.
  expect(set.attrs).toMatchObject({ Name: 'ExcelApi', MinVersion: MIN_EXCEL_API });
  expect(MIN_EXCEL_API).toBe('1.13');
  expect(els.filter((e) => e.name === 'Host' && e.attrs.Name).map((e) => e.attrs.Name)).toEqual(['Workbook']);
});

test('names and descriptions within their lengths, with en-US overrides', () => {
  const dn = manifest.children.find((c) => c.name === 'DisplayName')!;
  const desc = manifest.children.find((c) => c.name === 'Description')!;
  expect(dn.attrs.DefaultValue.length).toBeLessThanOrEqual(125);
  expect(desc.attrs.DefaultValue.length).toBeLessThanOrEqual(250);
  for (const e of [dn, desc]) expect(e.children.find((c) => c.name === 'Override')?.attrs.Locale).toBe('en-US');
  for (const s of els.filter((e) => e.name === 'bt:String' && e.parent?.name === 'bt:ShortStrings'))
    expect(s.attrs.DefaultValue.length).toBeLessThanOrEqual(125);
  for (const s of els.filter((e) => e.name === 'bt:String' && e.parent?.name === 'bt:LongStrings'))
    expect(s.attrs.DefaultValue.length).toBeLessThanOrEqual(250);
});

test('every resid is defined, unique and at most 32 characters', () => {
  const defined = els.filter((e) => ['bt:Image', 'bt:Url', 'bt:String'].includes(e.name) && e.attrs.id).map((e) => e.attrs.id);
  expect(new Set(defined).size).toBe(defined.length);
  const used = els.filter((e) => e.attrs.resid).map((e) => e.attrs.resid);
  expect(used.length).toBeGreaterThan(5);
  for (const r of [...used, ...defined]) expect(r.length).toBeLessThanOrEqual(32);
  expect(used.filter((r) => !defined.includes(r))).toEqual([]);
});

test('a ribbon button on the Home tab that opens the task pane', () => {
  const tab = els.find((e) => e.name === 'OfficeTab')!;
  expect(tab.attrs.id).toBe('TabHome');
  const action = els.find((e) => e.name === 'Action')!;
  expect(action.attrs['xsi:type']).toBe('ShowTaskpane');
});

test('https URLs only, and every icon file exists in assets/', () => {
  const urls = els.flatMap((e) =>
    Object.entries(e.attrs)
      .filter(([k, v]) => k === 'DefaultValue' && /^\w+:\/\//.test(v))
      .map(([, v]) => v),
  );
  urls.push(...els.filter((e) => e.name === 'AppDomain').map((e) => e.text.trim()));
  expect(urls.length).toBeGreaterThan(5);
  for (const u of urls) expect(u).toMatch(/^https:\/\//);
  const icons = urls.filter((u) => /\/assets\/[^/]+\.png$/.test(u)).map((u) => u.slice(u.indexOf('/assets/') + 1));
  for (const size of [16, 32, 64, 80]) expect(icons).toContain(`assets/icon-${size}.png`);
  for (const i of icons) expect(existsSync(path.join(ROOT, i))).toBe(true);
  expect(existsSync(path.join(ROOT, 'assets/icon-128.png'))).toBe(true);
});
