/** The index: the city-wide summary, the 施策 of each 基本方針 with their grade counts and links, what could not be published. */
import type { GradeCount, PolicySection, Site } from '../model';
import { html, type Html } from './escape';
import { gradeText } from './figures';
import { tableBox } from './measurePage';

const gradeHead = (counts: GradeCount[]) => counts.map((c) => html`<th scope="col">${c.label ? `${c.grade} ${c.label}` : c.grade}</th>`);

function summaryTable(site: Site): Html {
  const measures = site.pages.some((p) => p.kind === 'measure');
  const rows = site.counts.map((c, k) => {
    const m = site.measureCounts.find((x) => x.grade === c.grade)?.count ?? 0;
    return html`<tr>
        <th scope="row">${c.label ? `${c.grade} ${c.label}` : c.grade}</th>
        <td class="num">${c.count}</td>
        ${measures ? html`<td class="num">${m}</td>` : ''}
      </tr>
      ${
        k === site.counts.length - 1
          ? html`<tr>
              <th scope="row">評価なし</th>
              <td class="num">${site.ungraded}</td>
              ${measures ? html`<td class="num">${site.measureUngraded}</td>` : ''}
            </tr>`
          : ''
      }`;
  });
  const total = site.pages.reduce((n, p) => n + p.indicators.length, 0);
  return tableBox(
    'summary-c',
    html`<table>
      <caption id="summary-c">
        評価ごとの数（指標 ${total}件${measures ? `、施策 ${site.pages.filter((p) => p.kind === 'measure').length}件` : ''}）
      </caption>
      <thead>
        <tr>
          <th scope="col">評価</th>
          <th scope="col">指標の数</th>
          ${measures ? html`<th scope="col">施策の数</th>` : ''}
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>`,
  );
}

function sectionTable(section: PolicySection, k: number): Html {
  const id = `sec${k + 1}-c`;
  const rows = section.pages.map(
    (p) =>
      html`<tr>
        <th scope="row"><a href="${p.href}">${p.title}</a></th>
        <td>${p.department ?? '－'}</td>
        <td class="grade">${p.kind === 'measure' ? gradeText(p.grade) : '－'}</td>
        <td class="num">${p.indicators.length}</td>
        ${section.counts.map((c) => html`<td class="num">${p.counts.find((x) => x.grade === c.grade)?.count ?? 0}</td>`)}
        <td class="num">${p.ungraded}</td>
      </tr>`,
  );
  const name = section.policy ?? '基本方針の記載がない評価シート';
  return html`<h2 id="sec${k + 1}">${name}</h2>
    <p>
      施策・シート
      ${section.pages.length}件、指標の評価：${section.counts.map((c) => `${c.grade} ${c.count}件`).join('、')}${section.ungraded ? `、評価なし ${section.ungraded}件` : ''}
    </p>
    ${tableBox(
      id,
      html`<table class="wide">
        <caption id="${id}">
          ${name}の施策と指標の評価
        </caption>
        <thead>
          <tr>
            <th scope="col">施策</th>
            <th scope="col">担当</th>
            <th scope="col">施策の評価</th>
            <th scope="col">指標の数</th>
            ${gradeHead(section.counts)}
            <th scope="col">評価なし</th>
          </tr>
        </thead>
        <tbody>
          ${rows}
        </tbody>
      </table>`,
    )}`;
}

function unreadablePart(site: Site): Html {
  if (!site.unreadable.length) return html``;
  return html`<section class="unreadable" aria-labelledby="unreadable-h">
    <h2 id="unreadable-h">掲載できなかった評価シート</h2>
    <p>次のファイルは読み取れなかったため、このサイトに含まれていません。</p>
    <ul>
      ${site.unreadable.map((u) => html`<li>${u.file}：${u.reason}</li>`)}
    </ul>
  </section>`;
}

/** index.html's body. */
export function indexBody(site: Site): Html {
  const who = [site.headings.city, site.headings.plan].filter(Boolean).join(' ');
  const notes = site.notes.length
    ? html`<h2>このサイトについての注記</h2>
        <ul>
          ${site.notes.map((n) => html`<li>${n}</li>`)}
        </ul>`
    : '';
  return html`<h1>${site.title}</h1>
    <p class="lead">
      ${who ? `${who}の` : ''}${site.headings.year ? `${site.headings.year}の` : ''}施策評価の結果を、基本方針と施策ごとにまとめています。施策名を選ぶと、指標ごとの目標値・実績値・達成度・評価と推移を見られます。
    </p>
    <p><a href="print.html">すべての施策を1ページにまとめた印刷用のページ</a>（ブラウザーの印刷でA4のPDFを作れます）</p>
    <h2>全体のまとめ</h2>
    ${summaryTable(site)}${notes}${site.sections.map((s, k) => sectionTable(s, k))}${unreadablePart(site)}`;
}
