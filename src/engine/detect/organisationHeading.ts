/**
 * A heading naming the organisation's units (部局, 部門, bare or with 名; not 所属 or 組織, often beside a names column) over a table's rows: each row is a
 * unit and its figures the unit's (a staff count per department: 部局 | 令和6年4月1日 over 計画 | 実績 with 総務部 …
 * 市全体 under it). Where a header has no name heading, such a heading merged down the band heads the rows' names as a bare
 * 区分 does (measureNameHeading.ts). Who answers for a row (担当部局, 所管課) is no such heading: it names the office beside
 * the row's own name, never the row.
 */
import { compact, normalizeText } from '../values/text';

const ORGANISATION = /^(部局|部門|部課|課所)(名|等)?$/;

export function isOrganisationHeading(text: string): boolean {
  return text.length <= 8 && ORGANISATION.test(compact(normalizeText(text)));
}
