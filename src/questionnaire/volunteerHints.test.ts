import { describe, expect, it } from 'vitest';
import { volunteerHintKey } from './volunteerHints';

describe('volunteer hints fit the answers given', () => {
  it('gives a self-employed person no payslip or jaaropgaaf hint', () => {
    expect(volunteerHintKey('inkomen.werk', { ondernemer: 'ja' })).toBe('formDetails.volunteer.werkOndernemer');
    expect(volunteerHintKey('toetsingsinkomen', { ondernemer: 'ja' })).toBe('formDetails.volunteer.toetsingsinkomenOndernemer');
  });

  it('gives an employee, or someone not yet asked, the payslip hint', () => {
    expect(volunteerHintKey('inkomen.werk', { ondernemer: 'nee' })).toBe('volunteer.inkomen.werk');
    expect(volunteerHintKey('inkomen.werk', {})).toBe('volunteer.inkomen.werk');
  });

  it('does not ask someone living alone to add up a partner’s accounts', () => {
    expect(volunteerHintKey('vermogen', { leefvorm: 'alleen' })).toBe('formDetails.volunteer.vermogenAlleen');
    expect(volunteerHintKey('vermogen', { leefvorm: 'samen' })).toBe('volunteer.vermogen');
  });

  it('leaves every other question its own hint', () => {
    expect(volunteerHintKey('leeftijd', { ondernemer: 'ja', leefvorm: 'alleen' })).toBe('volunteer.leeftijd');
  });
});
