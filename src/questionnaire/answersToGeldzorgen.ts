/**
 * Turns the answers of the money-worries step into the Geldzorgen the triage reads. "Zeg ik
 * liever niet" and "weet ik niet" become null. Returns null while the step is unanswered.
 */
import { geldzorgenSchema, type Geldzorgen } from '../rules';
import type { Answers } from './answers';

const orNull = <T extends string>(answer: T | undefined): Exclude<T, 'zegIkLiever' | 'weetNiet'> | null | undefined =>
  answer === undefined ? undefined : answer === 'zegIkLiever' || answer === 'weetNiet' ? null : (answer as Exclude<T, 'zegIkLiever' | 'weetNiet'>);

export function answersToGeldzorgen(answers: Answers): Geldzorgen | null {
  const result = geldzorgenSchema.safeParse({
    betalingsachterstanden: orNull(answers.betalingsachterstanden),
    achterstandOp: answers.betalingsachterstanden === 'ja' && Array.isArray(answers.achterstandOp) ? answers.achterstandOp : [],
    schulden: orNull(answers.schulden),
    afbetaalbaarBinnenTermijn: answers.schulden === 'ja' ? orNull(answers.afbetaalbaarBinnenTermijn) : null,
    deurwaarder: orNull(answers.deurwaarder),
    dreigtOntruimingOfAfsluiting: orNull(answers.dreigtOntruimingOfAfsluiting),
    geldVoorEten: orNull(answers.geldVoorEten),
    inkomenLagerDanVasteLasten: orNull(answers.inkomenLagerDanVasteLasten),
    wilHulpBijGeldzaken: orNull(answers.wilHulpBijGeldzaken),
  });
  return result.success ? result.data : null;
}
