/** The site as files: index.html, one page per 施策 (or sheet), print.html (every page, for A4 printing), style.css. */
import { SITE_CSS } from './html/css';
import { html } from './html/escape';
import { indexBody } from './html/indexPage';
import { documentOf } from './html/layout';
import { measureArticle } from './html/measurePage';
import type { Site, SiteFile } from './model';

export function renderSite(site: Site): SiteFile[] {
  const home = { label: 'トップ', href: 'index.html' };
  const files: SiteFile[] = [{ path: 'index.html', content: documentOf(site, null, [], indexBody(site)) }];
  site.sections.forEach((section, k) => {
    const up = { label: section.policy ?? '基本方針の記載がない評価シート', href: `index.html#sec${k + 1}` };
    for (const page of section.pages)
      files.push({ path: page.href, content: documentOf(site, page.title, [home, up, { label: page.title, href: null }], measureArticle(page, site, 1)) });
  });
  const all = html`<h1>${site.title}（印刷用）</h1>
    <p class="lead">すべての施策を順に掲載しています。印刷すると、施策ごとに新しいページから始まります。</p>
    ${site.pages.map((p) => measureArticle(p, site, 2))}`;
  files.push({ path: 'print.html', content: documentOf(site, '印刷用', [home, { label: '印刷用', href: null }], all) });
  files.push({ path: 'style.css', content: SITE_CSS });
  return files;
}
