/** The words of 公開用ページを作成 (PublishView), in the pane's two languages. The site itself is Japanese. */
import type { Locale } from '../i18n';

const ja = {
  tab: '公開用ページ',
  intro:
    'このブックから住民向けの公開用サイト（トップページ、施策ごとのページ、印刷用ページ）を作り、ZIP ファイルとしてダウンロードできます。ブックは変更しません。見出しの自治体名・計画名・年度は、評価設定の「自治体名」「計画名」「公表年度」の行から取ります（下に入力するとそちらを使います）。',
  city: '自治体名（省略可）',
  plan: '計画名（省略可）',
  year: '年度（省略可）',
  start: '公開用ページを作成',
  working: '作成しています…',
  done: (pages: number, indicators: number) => `公開用サイトを作りました：施策・シートのページ ${pages}件、指標 ${indicators}件。`,
  title: (t: string) => `見出し：${t}`,
  download: 'ダウンロード（公開用サイト.zip）',
  unzip: 'ZIP を展開したフォルダーの index.html がトップページです。フォルダーごと市のウェブサイトに置けます。',
  none: 'このブックには指標が見つからなかったため、公開用ページを作れませんでした。',
  errors: (n: number) => `このブックにはエラーの指摘が ${n}件あります。掲載した数値や評価に誤りがあるかもしれません。「確認」で確かめてください。`,
};

export type PublishTexts = typeof ja;

const en: PublishTexts = {
  tab: 'Publish',
  intro:
    'Makes a site for residents from this workbook (an index, a page per policy measure, a printable page) and offers it as a ZIP download. The workbook is not changed. The city, plan and year in the headings come from the city, plan and year rows of the settings sheet, or from the fields below. The site itself is in Japanese.',
  city: 'City (optional)',
  plan: 'Plan (optional)',
  year: 'Year (optional)',
  start: 'Make the site',
  working: 'Making the site…',
  done: (pages: number, indicators: number) => `The site was made: ${pages} pages of measures or sheets, ${indicators} indicators.`,
  title: (t: string) => `Heading: ${t}`,
  download: 'Download (site.zip)',
  unzip: "The index.html of the unzipped folder is the site's first page; the whole folder can go on the city's website.",
  none: 'No indicator was found in this workbook, so no site was made.',
  errors: (n: number) => `This workbook has ${n} error-severity findings: figures or grades on the site may be wrong. Check them with Check.`,
};

export function publishTexts(locale: Locale): PublishTexts {
  return locale === 'en' ? en : ja;
}
