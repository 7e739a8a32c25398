import { describe, expect, it } from 'vitest';
import { channel } from '../contacts/contacts';
import { hulpBijGeldbeslissingen, WIE_BESLIST } from './geldbeslissingen';

describe('who decides about money at home (Wmo 2015 art. 4.1.1: Veilig Thuis, advice on domestic abuse, financial control included)', () => {
  it('no say about money points to Veilig Thuis first, then the municipality’s social work and desk, and 112 in direct danger', () => {
    expect(hulpBijGeldbeslissingen('anderZonderInspraak')).toEqual(['veiligThuis', 'metHeemskerk', 'gemeenteHeemskerkLoket', 'alarmnummer']);
  });

  it.each(['zelfOfSamen', 'anderInOverleg', 'zegIkLiever', null] as const)('%s offers nothing extra: no guess from a non-answer', (antwoord) => {
    expect(hulpBijGeldbeslissingen(antwoord)).toEqual([]);
  });

  it('every answer is covered', () => {
    expect(WIE_BESLIST.filter((a) => hulpBijGeldbeslissingen(a).length > 0)).toEqual(['anderZonderInspraak']);
  });

  it('Veilig Thuis is the national free number 0800 2000, kept as data in the contacts', () => {
    expect(channel('veiligThuis').phone).toBe('0800 2000');
  });
});
