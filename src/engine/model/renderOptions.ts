/** How a message is rendered: in which language, for which surface. */
import type { Lang } from './figures';

export type { Lang } from './figures';

/** Where a message is shown: the command line, or Excel (the task pane and the sheets written into the workbook). */
export type Surface = 'cli' | 'excel';

export interface RenderOptions {
  lang: Lang;
  surface: Surface;
}

/** Japanese for Excel: the text kept in `Finding.message` (the JSON report, the review's sheets). */
export const JA_EXCEL: RenderOptions = { lang: 'ja', surface: 'excel' };
/** Japanese for the command line. */
export const JA_CLI: RenderOptions = { lang: 'ja', surface: 'cli' };

/** One message's text, from its params. */
export type Text<P> = (p: P, o: RenderOptions) => string;
/** One message in every language. */
export type Texts<P> = { ja: Text<P>; en: Text<P> };

/** True when rendered for the command line (a message may then name the command's flags). */
export const forCli = (o: RenderOptions): boolean => o.surface === 'cli';
