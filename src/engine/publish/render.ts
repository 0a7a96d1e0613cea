/** The site as files: index.html, one page per 施策 (or sheet), print.html (every page, for A4 printing), style.css. */
import { SITE_CSS } from './html/css';
import { html } from './html/escape';
import { indexBody } from './html/indexPage';
import { documentFrame, documentOf } from './html/layout';
import { measureArticle } from './html/measurePage';
import type { Site, SiteFile } from './model';

const HOME = { label: 'トップ', href: 'index.html' };

/** The printable page in parts, each 施策's article rendered when it is reached. */
function* printable(site: Site): Generator<string> {
  const [head, tail] = documentFrame(site, '印刷用', [HOME, { label: '印刷用', href: null }]);
  yield head;
  yield html`<h1>${site.title}（印刷用）</h1>
    <p class="lead">すべての施策を順に掲載しています。印刷すると、施策ごとに新しいページから始まります。</p>`.value;
  for (const p of site.pages) yield measureArticle(p, 2).value;
  yield tail;
}

/**
 * The site's files, each rendered when it is reached (a writer holds a few at a time, never the whole site);
 * print.html's content comes in parts.
 */
export function* siteFileStream(site: Site): Generator<SiteFile> {
  yield { path: 'index.html', content: documentOf(site, null, [], indexBody(site)) };
  for (const [k, section] of site.sections.entries()) {
    const up = { label: section.policy ?? '基本方針の記載がない評価シート', href: `index.html#sec${k + 1}` };
    for (const page of section.pages)
      yield { path: page.href, content: documentOf(site, page.title, [HOME, up, { label: page.title, href: null }], measureArticle(page, 1)) };
  }
  yield { path: 'print.html', content: printable(site) };
  yield { path: 'style.css', content: SITE_CSS };
}

/** The site's files with their whole text (for a ZIP, a test). */
export function renderSite(site: Site): { path: string; content: string }[] {
  return [...siteFileStream(site)].map((f) => ({ path: f.path, content: typeof f.content === 'string' ? f.content : [...f.content].join('') }));
}
