/**
 * A 施策's page (or a sheet's): its facts, the table of its indicators, each indicator's chart with its
 * figures as a table, and the narrative texts of the sheet. As an article whose headings start at `level`
 * (1 on its own page, 2 inside the printable whole).
 */
import type { Narrative, PublishedIndicator, SitePage } from '../model';
import { chartSvg } from './chart';
import { html, lines, raw, type Html } from './escape';
import { DIRECTION_WORDS, gradeText, percent, trendText, withUnit } from './figures';

type Level = 1 | 2;
const h = (level: number, id: string | null, content: Html | string) => raw(`<h${level}${id ? ` id="${id}"` : ''}>${html`${content}`.value}</h${level}>`);

/** A table inside its own scrolling box, which is a named region a keyboard can reach and scroll. */
export function tableBox(captionId: string, table: Html): Html {
  return html`<div class="table-wrap" role="region" aria-labelledby="${captionId}" tabindex="0">${table}</div>`;
}

function indicatorTable(page: SitePage, stem: string): Html {
  const rows = page.indicators.map((i, k) => {
    const t = trendText(i);
    return html`<tr>
      <th scope="row"><a href="#${stem}-i${k + 1}">${i.name}</a></th>
      <td class="num">${withUnit(i.baseline, i.unit)}</td>
      <td class="num">${withUnit(i.target, i.unit)}</td>
      <td class="num">${withUnit(i.actual, i.unit)}</td>
      <td class="num">${percent(i.attainment)}</td>
      <td class="grade">${gradeText(i.grade)}</td>
      <td>${t.mark ? html`<span aria-hidden="true">${t.mark} </span>` : ''}${t.words}</td>
    </tr>`;
  });
  const caption = `${stem}-list`;
  return tableBox(
    caption,
    html`<table class="wide">
      <caption id="${caption}">
        指標の達成状況（${page.title}）
      </caption>
      <thead>
        <tr>
          <th scope="col">指標</th>
          <th scope="col">基準値</th>
          <th scope="col">目標値</th>
          <th scope="col">実績値</th>
          <th scope="col">達成度</th>
          <th scope="col">評価</th>
          <th scope="col">前年度からの動き</th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>`,
  );
}

function seriesTable(i: PublishedIndicator, id: string): Html {
  const rows = i.series.map(
    (s) =>
      html`<tr>
        <th scope="row">${s.label}</th>
        <td class="num">${withUnit(s.target, i.unit)}</td>
        <td class="num">${withUnit(s.actual, i.unit)}</td>
      </tr>`,
  );
  return tableBox(
    `${id}-c`,
    html`<table>
      <caption id="${id}-c">
        ${i.name}の推移（年度ごとの目標値と実績値）
      </caption>
      <thead>
        <tr>
          <th scope="col">年度</th>
          <th scope="col">目標値</th>
          <th scope="col">実績値</th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>`,
  );
}

function indicatorSection(i: PublishedIndicator, id: string, level: Level): Html {
  const chart = chartSvg(i, `${id}-g`);
  const graded = i.grade
    ? html`<span class="grade">${gradeText(i.grade)}</span>${i.grade.source === 'computed' ? '（ブックに評価の記入がないため、実績から計算した評価）' : ''}`
    : html`評価なし（${i.ungradedReason}）`;
  const facts = html`<dl class="facts">
    <dt>評価</dt>
    <dd>${graded}</dd>
    <dt>達成度</dt>
    <dd>
      ${percent(i.attainment)}${i.actualPeriod ? `（${i.actualPeriod}の実績値 ${withUnit(i.actual, i.unit)}、目標値 ${withUnit(i.target, i.unit)}）` : ''}
    </dd>
    <dt>指標の向き</dt>
    <dd>${DIRECTION_WORDS[i.direction]}</dd>
    ${
      i.futureDirection
        ? html`<dt>今後の方向性</dt>
            <dd>${i.futureDirection}</dd>`
        : ''
    }
  </dl>`;
  const figure = chart
    ? html`<figure>
          ${chart}
          <figcaption>グラフの数値は次の表のとおりです。</figcaption>
        </figure>
        ${seriesTable(i, id)}`
    : html`<p class="note">年度ごとの目標値・実績値がシートにないため、グラフはありません。</p>`;
  return html`<section class="indicator" aria-labelledby="${id}">${h(level + 2, id, i.name)}${facts}${figure}</section>`;
}

function narrativesPart(narratives: Narrative[], level: Level): Html {
  if (!narratives.length)
    return html`<p class="note">
      元のシートには、評価の理由や今後の方向性などの記述が見つかりませんでした。このページには、指標の数値と評価を掲載しています。
    </p>`;
  return raw(
    narratives
      .map(
        (n) =>
          html`<div class="narrative">
            ${h(level + 2, null, n.indicator ? `${n.heading}（${n.indicator}）` : n.heading)}
            <p>${raw(lines(n.text))}</p>
          </div>`.value,
      )
      .join(''),
  );
}

/** The article of a page; `stem` makes its ids unique (its file name without .html). */
export function measureArticle(page: SitePage, level: Level): Html {
  const stem = page.href.replace(/\.html$/, '');
  const grade =
    page.kind === 'measure'
      ? html`<dt>施策の評価</dt>
          <dd>
            <span class="grade">${gradeText(page.grade)}</span>${page.grade?.source === 'computed' ? '（ブックに記入がないため、指標の評価から計算）' : ''}
          </dd>`
      : '';
  const facts = html`<dl class="facts">
    ${
      page.policy
        ? html`<dt>基本方針</dt>
            <dd>${page.policy}</dd>`
        : ''
    }${
      page.department
        ? html`<dt>担当</dt>
            <dd>${page.department}</dd>`
        : ''
    }${grade}${
      page.period
        ? html`<dt>評価対象期間</dt>
            <dd>${page.period}</dd>`
        : ''
    }
    <dt>指標の数</dt>
    <dd>${page.indicators.length}</dd>
  </dl>`;
  const list = page.indicators.map((i, k) => indicatorSection(i, `${stem}-i${k + 1}`, level));
  return html`<article class="measure" aria-labelledby="${stem}-h">
    ${h(level, `${stem}-h`, page.title)}${facts}${h(level + 1, null, '指標の達成状況')}${indicatorTable(page, stem)}
    <p class="note">達成度は、目標値に対してどこまで達成したかの割合です（100%で目標どおり）。評価は、達成度を評価の基準（下の凡例）に当てはめたものです。</p>
    ${h(level + 1, null, '指標ごとの推移')}${list}${h(level + 1, null, '評価の理由・今後の方向性など')}${narrativesPart(page.narratives, level)}
    <p class="note">このページは評価シート「${page.sheet}」から作成しました。</p>
  </article>`;
}
