/**
 * Geldzorgen: the answers about money trouble that the triage reads. Kept apart from the
 * Household because the short "Money worries?" path asks only these, nothing about income.
 *
 * null is "I'd rather not say" (or not asked): never an error, and never a reason to offer nothing.
 */
import { z } from 'zod';
import { ACHTERSTANDEN } from './achterstanden';

const answer = z.enum(['ja', 'nee']).nullable();

export const geldzorgenSchema = z.object({
  betalingsachterstanden: answer,
  achterstandOp: z.array(z.enum(ACHTERSTANDEN)).max(ACHTERSTANDEN.length),
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
