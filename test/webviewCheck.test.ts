/**
 * The pane's first script (src/taskpane/webviewCheck.js) runs in any webview: it parses as ES5, and
 * over taskpane.html in jsdom it shows the Japanese and English message for Internet Explorer 11 and the
 * old Edge without loading the bundle, and loads the bundle, showing nothing, in Chromium (WebView2).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as acorn from 'acorn';
import { JSDOM } from 'jsdom';

const ROOT = path.resolve(__dirname, '..');
const SCRIPT = readFileSync(path.join(ROOT, 'src/taskpane/webviewCheck.js'), 'utf8');
const TEMPLATE = readFileSync(path.join(ROOT, 'src/taskpane/taskpane.html'), 'utf8');
const BUNDLE = ['taskpane.0123456789abcdef.js', '42.fedcba9876543210.js'];

const USER_AGENTS = {
  trident: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko',
  edgeHtml: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045',
  webView2: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  mac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)',
};

/** taskpane.html as webpack writes it (its template values filled in), with the script run as the webview would. */
function paneIn(userAgent: string): Document {
  const html = TEMPLATE.replace(/<%= htmlWebpackPlugin\.options\.csp %>/, "default-src 'self'")
    .replace(/<%= htmlWebpackPlugin\.options\.officeJs %>/, 'office.js')
    .replace(/<%= htmlWebpackPlugin\.files\.js\.join\(' '\) %>/, BUNDLE.join(' '));
  expect(html).not.toContain('<%');
  const dom = new JSDOM(html, { runScripts: 'outside-only' });
  Object.defineProperty(dom.window.navigator, 'userAgent', { value: userAgent });
  dom.window.eval(SCRIPT);
  return dom.window.document;
}

const shown = (doc: Document) => (doc.getElementById('legacy-webview') as HTMLElement).style.display !== 'none';
const loaded = (doc: Document) => [...doc.querySelectorAll('script:not([id])')].map((s) => s.getAttribute('src')).filter((s) => s !== 'office.js');

test('the script is ES5: no let/const, arrow functions, template strings or classes', () => {
  expect(() => acorn.parse(SCRIPT, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
  // The parser can fail: the same with one arrow function does not parse as ES5.
  expect(() => acorn.parse(`${SCRIPT}\nvar f = () => 1;`, { ecmaVersion: 5, sourceType: 'script' })).toThrow();
});

test.each([
  ['Internet Explorer 11 (Trident)', USER_AGENTS.trident],
  ['the old Edge (EdgeHTML)', USER_AGENTS.edgeHtml],
])('in %s: the message in Japanese with English below, naming the Office versions needed; the bundle is not loaded', (_, ua) => {
  const doc = paneIn(ua);
  expect(shown(doc)).toBe(true);
  expect(loaded(doc)).toEqual([]);
  const [ja, en] = [...doc.querySelectorAll('#legacy-webview > div')];
  expect(ja.getAttribute('lang')).toBe('ja');
  expect(en.getAttribute('lang')).toBe('en');
  for (const words of ['Office 2021', 'Office LTSC 2024', 'Microsoft 365', 'Excel on the web', 'WebView2', 'Office 2019'])
    expect([ja.textContent, en.textContent].every((t) => t!.includes(words))).toBe(true);
  expect(ja.textContent).toContain('この Excel では EvalSheet を使えません');
  expect(en.textContent).toContain('EvalSheet cannot run in this Excel');
});

test.each([
  ['WebView2 (Chromium)', USER_AGENTS.webView2],
  ['Safari on a Mac (WKWebView)', USER_AGENTS.mac],
])('in %s: no message; the bundle is loaded, in order', (_, ua) => {
  const doc = paneIn(ua);
  expect(shown(doc)).toBe(false);
  expect(loaded(doc)).toEqual(BUNDLE);
  expect([...doc.querySelectorAll('script:not([id])')].every((s) => !(s as HTMLScriptElement).async || s.getAttribute('src') === 'office.js')).toBe(true);
});
