/**
 * Message keys, typed from the English file (the default locale): a key that is not there does
 * not compile. Other locales are held to the same keys by test/unit/i18n/locales.test.ts.
 */
import type english from '../../public/_locales/en/messages.json';

export type MessageKey = Extract<keyof typeof english, string>;

/** `mentions` for the pair `mentions_one` / `mentions_other`: chosen by count with Intl.PluralRules. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;
