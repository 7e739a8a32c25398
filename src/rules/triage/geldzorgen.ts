/**
 * Geldzorgen: the answers about money trouble that the triage reads. Kept apart from the
 * Household because the short "Money worries?" path asks only these, nothing about income.
 *
 * null is "I'd rather not say" (or not asked): never an error, and never a reason to offer nothing.
 */
import * as z from 'zod/mini';
import { ACHTERSTANDEN } from './achterstanden';

const answer = z.nullable(z.enum(['ja', 'nee'], { error: 'errors.choose' }));

export const geldzorgenSchema = z.object({
  betalingsachterstanden: answer,
  achterstandOp: z.array(z.enum(ACHTERSTANDEN, { error: 'errors.choose' })).check(z.maxLength(ACHTERSTANDEN.length, 'errors.tooMany')),
  schulden: answer,
  /** Debts payable within the term (36 months, NVVK definition the policy uses) are not problematic. */
  afbetaalbaarBinnenTermijn: answer,
  deurwaarder: answer,
  dreigtOntruimingOfAfsluiting: answer,
  geldVoorEten: answer,
  inkomenLagerDanVasteLasten: answer,
  wilHulpBijGeldzaken: answer,
});

export type Geldzorgen = z.infer<typeof geldzorgenSchema>;
