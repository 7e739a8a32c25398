/**
 * Translation keys are typed from the Dutch files (`resources.d.ts`): a key written in the code
 * that Dutch lacks, or misspelt, does not compile. Some keys are made at run time, from data: a
 * reason from the rules, a scheme's id, a question's name. The compiler cannot see those, so they
 * are marked with `runtimeKey`; the invariant tests (locales, schemes) check each of them instead.
 */
import type { ParseKeys } from 'i18next';

/** A key of the ordinary texts, looked up in all four files as `t` does (`src/i18n/i18n.ts`). */
export type TextKey = ParseKeys<'translation'> | ParseKeys<'schemes'> | ParseKeys<'toeslagen'> | ParseKeys<'help'>;

export function runtimeKey(key: string): TextKey {
  return key as TextKey;
}
