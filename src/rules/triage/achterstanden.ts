/** The bills people fall behind on that the triage asks about; a plain list, usable without zod. */
export const ACHTERSTANDEN = ['huur', 'energie', 'water', 'zorgverzekering', 'gemeentebelastingen'] as const;
export type Achterstand = (typeof ACHTERSTANDEN)[number];
