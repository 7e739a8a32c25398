/**
 * Where the label of an answer option lives, per question, as the questionnaire shows it: most under
 * `options.<field>.<option>` or `options.<option>`, a few lists under a group of their own, and the
 * received toeslagen under their Dutch scheme names. "Check your answers" words the options the same way.
 */
const GROUP: Record<string, string> = {
  inkomstenbronnen: 'options.bron',
  achterstandOp: 'options.achterstand',
  verblijfsstatus: 'verblijf.options',
  partnerVerblijfsstatus: 'verblijf.options',
};

export function optionLabelKeys(field: string, option: string): string[] {
  if (field === 'ontvangtAl') return [option === 'geen' ? 'alOntvangen.geen' : `schemes.${option}.name`];
  const group = GROUP[field];
  return [...(group ? [`${group}.${option}`] : []), `options.${field}.${option}`, `options.${option}`];
}

/** Scheme names are Dutch in every language. */
export const optionLang = (field: string, option: string): 'nl' | undefined => (field === 'ontvangtAl' && option !== 'geen' ? 'nl' : undefined);
