/** The frame of every page: language, title, the one style sheet, skip link, site header, breadcrumbs, footer with the scale. */
import type { Site } from '../model';
import { html, raw, type Html } from './escape';

export interface Crumb {
  label: string;
  href: string | null;
}

function scaleLegend(site: Site): Html {
  if (!site.scale.length) return html``;
  return html`<p>評価の基準：${site.scale.map((b, k) => html`${k ? '、' : ''}${b.grade} ${b.label}`)}</p>`;
}

/** A whole HTML document. `pageTitle`: this page's own title (the site's title follows it in <title>). */
export function documentOf(site: Site, pageTitle: string | null, crumbs: Crumb[], body: Html): string {
  const [head, tail] = documentFrame(site, pageTitle, crumbs);
  return head + body.value + tail;
}

const BODY = '\u0000body\u0000';

/** The document before its body and after it (the printable page writes its body in parts between them). */
export function documentFrame(site: Site, pageTitle: string | null, crumbs: Crumb[]): [string, string] {
  const title = pageTitle ? `${pageTitle}｜${site.title}` : site.title;
  const nav = crumbs.length
    ? html`<nav class="crumbs" aria-label="現在位置">
        <ol>
          ${crumbs.map((c) => (c.href ? html`<li><a href="${c.href}">${c.label}</a></li>` : html`<li aria-current="page">${c.label}</li>`))}
        </ol>
      </nav>`
    : html``;
  return html`<!DOCTYPE html>
    <html lang="ja">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="generator" content="EvalSheet publish" />
        <title>${title}</title>
        <link rel="stylesheet" href="style.css" />
      </head>
      <body>
        <a class="skip" href="#main">本文へ移動</a>
        <header class="site">
          <p><a href="index.html">${site.title}</a></p>
        </header>
        ${nav}
        <main id="main" tabindex="-1">${raw(BODY)}</main>
        <footer class="site">
          ${scaleLegend(site)}
          <p>このサイトは、各担当課が作成した評価シート（Excel）から EvalSheet で作成しました。数値や記述は評価シートの記載のとおりです。</p>
        </footer>
      </body>
    </html> `.value.split(BODY) as [string, string];
}
