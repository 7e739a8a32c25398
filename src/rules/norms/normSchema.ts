/**
 * The shape of the norms file, as a zod schema so an invariant test (and anyone editing the
 * figures) gets a clear message when an entry is malformed.
 */
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'norms.isoDate');

export const legalSourceSchema = z.object({
  title: z.string().min(3),
  url: z.url().optional(),
  bwbId: z.string().regex(/^BWBR\d{7}$/).optional(),
  article: z.string().optional(),
  /** D: a draft or forecast (a budget figure, a bill): always `verified: false`, replaced when definitive. */
  confidence: z.enum(['P', 'P*', 'S', 'D', 'NF']),
});

export const normValueSchema = z.object({
  validFrom: isoDate,
  validTo: isoDate.optional(),
  value: z.number().finite(),
  sourceId: z.string(),
  verified: z.boolean(),
  /** The previous period's figure, kept because its successor is not published yet: provisional. */
  carriedForward: z.literal(true).optional(),
  note: z.string().optional(),
});

export const UNITS = ['eurocent/maand', 'eurocent/jaar', 'eurocent', 'procent', 'jaar', 'maanden', 'aantal'] as const;

export const normSchema = z.object({
  description: z.string().min(10),
  unit: z.enum(UNITS),
  lastCheckedOn: isoDate,
  /** The last day of the rule that reads this figure (the law drops it): not a figure that runs out. */
  vervaltNa: isoDate.optional(),
  values: z.array(normValueSchema).min(1),
});

export type LegalSource = z.infer<typeof legalSourceSchema>;
export type NormValue = z.infer<typeof normValueSchema>;
export type Norm = z.infer<typeof normSchema>;
