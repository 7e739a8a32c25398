/**
 * Typed translation keys: the Dutch files are the source, so a key that is missing there or
 * misspelt in the code is a compile error. Keys built at run time (reasons from the rules, scheme
 * ids) are checked by tests/invariants instead.
 */
import 'i18next';
import type easy from '../../locales/nl/easy.json';
import type help from '../../locales/nl/help.json';
import type legal from '../../locales/nl/legal.json';
import type schemes from '../../locales/nl/schemes.json';
import type toeslagen from '../../locales/nl/toeslagen.json';
import type translation from '../../locales/nl/translation.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    fallbackNS: ['schemes', 'toeslagen', 'help'];
    resources: { translation: typeof translation; schemes: typeof schemes; toeslagen: typeof toeslagen; help: typeof help; easy: typeof easy; legal: typeof legal };
  }
}
