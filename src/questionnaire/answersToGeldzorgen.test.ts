import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import { answersToGeldzorgen } from './answersToGeldzorgen';

const complete: Answers = {
  betalingsachterstanden: 'ja',
  achterstandOp: ['huur', 'energie'],
  schulden: 'ja',
  afbetaalbaarBinnenTermijn: 'nee',
  deurwaarder: 'zegIkLiever',
  dreigtOntruimingOfAfsluiting: 'nee',
  geldVoorEten: 'ja',
  inkomenLagerDanVasteLasten: 'weetNiet',
  wilHulpBijGeldzaken: 'ja',
};

describe('answersToGeldzorgen', () => {
  it('reads the money-worries answers, with "rather not say" and "don\'t know" as null', () => {
    expect(answersToGeldzorgen(complete)).toEqual({
      betalingsachterstanden: 'ja',
      achterstandOp: ['huur', 'energie'],
      schulden: 'ja',
      afbetaalbaarBinnenTermijn: 'nee',
      deurwaarder: null,
      dreigtOntruimingOfAfsluiting: 'nee',
      geldVoorEten: 'ja',
      inkomenLagerDanVasteLasten: null,
      wilHulpBijGeldzaken: 'ja',
    });
  });

  it('ignores the bills and the term when there are no arrears or debts (answers left from an earlier try)', () => {
    const result = answersToGeldzorgen({ ...complete, betalingsachterstanden: 'nee', schulden: 'nee' });
    expect(result?.achterstandOp).toEqual([]);
    expect(result?.afbetaalbaarBinnenTermijn).toBeNull();
  });

  it('treats "no bill ticked" reported by the form as false like an empty list', () => {
    expect(answersToGeldzorgen({ ...complete, achterstandOp: false as unknown as [] })?.achterstandOp).toEqual([]);
  });

  it('is null while the step is not answered', () => {
    expect(answersToGeldzorgen({})).toBeNull();
    expect(answersToGeldzorgen({ ...complete, geldVoorEten: undefined })).toBeNull();
  });
});
