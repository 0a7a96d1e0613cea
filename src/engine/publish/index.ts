/** The site for residents: a model built from checked workbooks, rendered to HTML strings. Pure. */
export type * from './model';
export { publishedWorkbook, publishedGrade } from './workbook';
export { buildSite, siteTitle } from './site';
export { renderSite, siteFileStream } from './render';
export { readSiteHeadings } from './siteSettings';
