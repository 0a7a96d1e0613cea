/** The pane's words: Japanese by default, English when Office's display language is English. */
import { en } from './en';
import { ja, type Messages } from './ja';

export type { Messages } from './ja';
export type Locale = 'ja' | 'en';

export function messages(locale: Locale): Messages {
  return locale === 'en' ? en : ja;
}

/** Office's display language ("en-US", "ja-JP") to a locale. */
export function localeFor(displayLanguage: string | undefined): Locale {
  return /^en\b/i.test(displayLanguage ?? '') ? 'en' : 'ja';
}
