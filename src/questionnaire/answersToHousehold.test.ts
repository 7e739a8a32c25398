import { describe, expect, it } from 'vitest';
import { alleenstaandeInBijstand, gezinMetTweeKinderen } from '../../tests/fixtures/households';
import type { Answers } from './answers';
import { answersToHousehold } from './answersToHousehold';
import { applicableSteps } from './steps';

const PEILDATUM = '2026-07-01';

/** Everything a single person of 45 on bijstand for years types in: the fixture alleenstaandeInBijstand. */
const bijstandAntwoorden: Answers = {
  woonplaats: 'heemskerk',
  leefvorm: 'alleen',
  leeftijd: '45',
  aantalKinderen: '0',
  kinderLeeftijden: [],
  kostendelers: '0',
  ondernemer: 'nee',
  studiefinanciering: 'nee',
  arbeidsbeperking: 'nee',
  inkomstenbronnen: ['uitkering'],
  inkomen: { uitkering: '1.419,46' },
  inkomenOnbekend: {},
  ontvangtBijstand: 'ja',
  toetsingsinkomen: '0',
  toetsingsinkomenOnbekend: false,
  laagInkomenSinds: 'lang',
  vermogen: '1.200',
  vermogenOnbekend: false,
  woonsituatie: 'huur',
  huur: '650',
  huurOnbekend: false,
  betalingsachterstanden: 'nee',
  schulden: 'nee',
  wilHulpBijGeldzaken: 'nee',
  deurwaarder: 'nee',
  dreigtOntruimingOfAfsluiting: 'nee',
  geldVoorEten: 'ja',
  inkomenLagerDanVasteLasten: 'nee',
  verblijfsstatus: 'nederlands',
  ontvangtAl: ['geen'],
};

const met = (changes: Answers): Answers => ({ ...bijstandAntwoorden, ...changes });
const household = (answers: Answers) => answersToHousehold(answers, PEILDATUM);

describe('answersToHousehold', () => {
  it('complete answers of a single person on bijstand give the household alleenstaandeInBijstand', () => {
    // Without a partner there is no partner's residence status.
    expect(household(bijstandAntwoorden)).toEqual({ ...alleenstaandeInBijstand, partnerVerblijfsstatus: null });
  });

  it('those answers pass every step they are asked in, so the form lets them through', () => {
    for (const step of applicableSteps(bijstandAntwoorden, PEILDATUM)) {
      expect(step.schema(bijstandAntwoorden, PEILDATUM).safeParse(bijstandAntwoorden).success, step.id).toBe(true);
    }
  });

  it('complete answers of a working couple with two children give the household gezinMetTweeKinderen', () => {
    const answers: Answers = {
      ...bijstandAntwoorden,
      leefvorm: 'samen',
      leeftijd: '38',
      partnerLeeftijd: '36',
      partnerVerblijfsstatus: 'nederlands',
      aantalKinderen: '2',
      kinderLeeftijden: ['7', '10'],
      kinderopvang: 'nee',
      inkomstenbronnen: ['werk'],
      inkomen: { werk: '2.331,96' },
      ontvangtBijstand: undefined,
      laagInkomenSinds: 'kort',
      vermogen: '2500',
      huur: '820,00',
    };
    expect(household(answers)).toEqual(gezinMetTweeKinderen);
  });

  describe('"weet ik niet" and "zeg ik liever niet" become null', () => {
    it('"weet ik niet" for the benefit makes that income null', () => {
      expect(household(met({ inkomen: {}, inkomenOnbekend: { uitkering: true } }))?.inkomen).toEqual({ werk: 0, uitkering: null, pensioen: 0, overig: 0 });
    });

    it('"weet ik niet" wins over an amount that was typed before it was ticked', () => {
      expect(household(met({ inkomenOnbekend: { uitkering: true } }))?.inkomen.uitkering).toBeNull();
    });

    it('"weet ik niet" for the gross yearly income makes toetsingsinkomen null', () => {
      expect(household(met({ toetsingsinkomen: '', toetsingsinkomenOnbekend: true }))?.toetsingsinkomen).toBeNull();
    });

    it('"weet ik niet" for assets makes vermogen null', () => {
      expect(household(met({ vermogen: '', vermogenOnbekend: true }))?.vermogen).toBeNull();
    });

    it('"weet ik niet" for the rent makes huurPerMaand null', () => {
      expect(household(met({ huur: '', huurOnbekend: true }))?.huurPerMaand).toBeNull();
    });

    it('"weet ik niet" for how long the income has been low makes laagInkomenSinds null', () => {
      expect(household(met({ laagInkomenSinds: 'weetNiet' }))?.laagInkomenSinds).toBeNull();
    });

    it('"zeg ik liever niet" to the money-trouble questions makes each of them null', () => {
      const result = household(met({ betalingsachterstanden: 'zegIkLiever', schulden: 'zegIkLiever', wilHulpBijGeldzaken: 'zegIkLiever' }));
      expect(result).toMatchObject({ betalingsachterstanden: null, schulden: null, wilHulpBijGeldzaken: null });
    });
  });

  describe('questions that were skipped or not chosen get their neutral value', () => {
    it.each([
      ['an 18-year-old', '18'],
      ['a 19-year-old', '19'],
      ['a 20-year-old', '20'],
    ])('%s, who is not asked about cost sharers, has 0 kostendelers', (_, leeftijd) => {
      const answers = met({ leeftijd, kostendelers: undefined });
      expect(applicableSteps(answers, PEILDATUM).map((s) => s.id)).not.toContain('medebewoners');
      expect(household(answers)?.kostendelers).toBe(0);
    });

    it('a stale cost-sharer answer from before the age was changed to 19 is ignored', () => {
      expect(household(met({ leeftijd: '19', kostendelers: '3' }))?.kostendelers).toBe(0);
    });

    it('a 21-year-old who left the cost-sharer question empty gets no household', () => {
      expect(household(met({ leeftijd: '21', kostendelers: undefined }))).toBeNull();
    });

    it('income sources that were not chosen count as 0, even with an amount left over in them', () => {
      const answers = met({ inkomen: { uitkering: '1.419,46', werk: '500', pensioen: 'abc' }, inkomenOnbekend: { overig: true } });
      expect(household(answers)?.inkomen).toEqual({ werk: 0, uitkering: 141946, pensioen: 0, overig: 0 });
    });

    it('"geen inkomen" gives 0 for every source, no bijstand and a gross yearly income of 0', () => {
      const result = household(met({ inkomstenbronnen: ['geen'], inkomen: {}, toetsingsinkomen: undefined }));
      expect(result).toMatchObject({ inkomen: { werk: 0, uitkering: 0, pensioen: 0, overig: 0 }, ontvangtBijstand: false, toetsingsinkomen: 0 });
    });

    it('a "ja" to bijstand is ignored once the benefit is no longer chosen as a source', () => {
      expect(household(met({ inkomstenbronnen: ['werk'], inkomen: { werk: '900' } }))?.ontvangtBijstand).toBe(false);
    });

    it('a 45-year-old, who is not asked about losing a job after 50, gets "nee" for it', () => {
      expect(household(met({ werkloosNa50: undefined }))?.werkloosNa50).toBe('nee');
    });

    it('an employee, who is not asked about stopping a business, gets false for it even with a stale "ja"', () => {
      expect(household(met({ leeftijd: '60', werkloosNa50: 'nee', stoptMetBedrijf: 'ja' }))?.stoptMetBedrijf).toBe(false);
    });

    it('a self-employed 60-year-old who plans to stop gets stoptMetBedrijf true', () => {
      expect(household(met({ leeftijd: '60', ondernemer: 'ja', stoptMetBedrijf: 'ja' }))).toMatchObject({ ondernemer: true, stoptMetBedrijf: true });
    });

    it('a 55-year-old employee who lost a job after 50 gets werkloosNa50 "ja"', () => {
      expect(household(met({ leeftijd: '55', werkloosNa50: 'ja' }))?.werkloosNa50).toBe('ja');
    });

    it('a stale childcare "ja" without children gives no childcare', () => {
      expect(household(met({ kinderopvang: 'ja' }))?.kinderopvang).toBe(false);
    });

    it('a stale study-limitation "ja" without student finance gives no study limitation', () => {
      expect(household(met({ studieBeperking: 'ja' }))?.studieBeperking).toBe(false);
    });

    it('a 68-year-old, not asked about student finance, gets none, even with a stale "ja"', () => {
      expect(household(met({ leeftijd: '68', studiefinanciering: undefined }))).toMatchObject({ studiefinanciering: false, studieBeperking: false });
      expect(household(met({ leeftijd: '68', studiefinanciering: 'ja', studieBeperking: 'ja' }))).toMatchObject({ studiefinanciering: false, studieBeperking: false });
    });

    it('a 68-year-old with a partner of 40 is not asked either: the question is about the applicant alone', () => {
      const stel = met({ leeftijd: '68', leefvorm: 'samen', partnerLeeftijd: '40', partnerVerblijfsstatus: 'nederlands', studiefinanciering: undefined });
      expect(household(stel)).toMatchObject({ studiefinanciering: false, partner: { leeftijd: 40 } });
      // Nothing else of "work and study" is needed either, so the step is not shown (nodigOndernemer).
      expect(applicableSteps(stel, PEILDATUM).map((s) => s.id)).not.toContain('werkEnStudie');
    });

    describe('the business question at AOW age (nodigOndernemer: Bbz 2004 art. 1 b, art. 31–32 PW)', () => {
      const pensioen = { inkomstenbronnen: ['pensioen'], inkomen: { pensioen: '1.450' }, ontvangtBijstand: undefined, laagInkomenSinds: undefined } as const satisfies Answers;
      const metWerk = { inkomstenbronnen: ['pensioen', 'werk'], inkomen: { pensioen: '1.450', werk: '300' }, ontvangtBijstand: undefined, laagInkomenSinds: undefined } as const satisfies Answers;

      it('a 68-year-old without work income, not asked, is no ondernemer: nothing reads it then', () => {
        expect(household(met({ leeftijd: '68', ...pensioen, ondernemer: undefined }))?.ondernemer).toBe(false);
      });

      it('an older save with the question answered "ja" by a pensioner without work income still loads, and no longer counts', () => {
        expect(household(met({ leeftijd: '68', ...pensioen, ondernemer: 'ja' }))?.ondernemer).toBe(false);
      });

      it('a 68-year-old with work income answers it: "ja" and "nee" count, no answer gives no household', () => {
        expect(household(met({ leeftijd: '68', ...metWerk, ondernemer: 'ja' }))?.ondernemer).toBe(true);
        expect(household(met({ leeftijd: '68', ...metWerk, ondernemer: 'nee' }))?.ondernemer).toBe(false);
        expect(household(met({ leeftijd: '68', ...metWerk, ondernemer: undefined }))).toBeNull();
      });

      it('below AOW age, without work income, the answer still counts: the Bbz turns on it', () => {
        expect(household(met({ leeftijd: '66', ...pensioen, ondernemer: 'ja' }))?.ondernemer).toBe(true);
        expect(household(met({ leeftijd: '66', ...pensioen, ondernemer: undefined }))).toBeNull();
      });
    });

    it('a 30-year-old is still asked: without an answer there is no household', () => {
      expect(household(met({ leeftijd: '30', studiefinanciering: undefined }))).toBeNull();
    });

    it('someone who does not rent pays 0 rent, whatever was typed in the rent field', () => {
      expect(household(met({ woonsituatie: 'koop', huur: 'abc' }))?.huurPerMaand).toBe(0);
    });

    it('a partner\'s age left over after switching to living alone gives no partner', () => {
      expect(household(met({ partnerLeeftijd: '50' }))?.partner).toBeNull();
    });

    it('ages of children beyond the number of children are ignored', () => {
      expect(household(met({ aantalKinderen: '1', kinderLeeftijden: ['4', '9'] }))?.kinderen).toEqual([{ leeftijd: 4 }]);
    });
  });

  describe('incomplete or invalid answers give no household', () => {
    it('no answers at all give null', () => {
      expect(household({})).toBeNull();
    });

    const missing: (keyof Answers)[] = ['woonplaats', 'leefvorm', 'leeftijd', 'ondernemer', 'studiefinanciering', 'woonsituatie', 'vermogen'];
    it.each(missing.map((key) => [key] as const))('answers without %s give null', (key) => {
      expect(household(met({ [key]: undefined }))).toBeNull();
    });

    it('a chosen income source without an amount gives null', () => {
      expect(household(met({ inkomen: {} }))).toBeNull();
    });

    it('an amount that cannot be read gives null', () => {
      expect(household(met({ inkomen: { uitkering: '1,2,3' } }))).toBeNull();
    });

    it('a couple without the partner\'s age gives null', () => {
      expect(household(met({ leefvorm: 'samen' }))).toBeNull();
    });

    it('two children with only one age gives null', () => {
      expect(household(met({ aantalKinderen: '2', kinderLeeftijden: ['4'] }))).toBeNull();
    });

    it('a 55-year-old employee without an answer about losing a job after 50 gives null', () => {
      expect(household(met({ leeftijd: '55' }))).toBeNull();
    });

    it('an income without the gross yearly income gives null', () => {
      expect(household(met({ toetsingsinkomen: undefined }))).toBeNull();
    });

    it('a tenant without the rent gives null', () => {
      expect(household(met({ huur: undefined }))).toBeNull();
    });
  });

  describe('residence status and what is already received', () => {
    it('"zeg ik liever niet" to the residence status makes it null', () => {
      expect(household(met({ verblijfsstatus: 'zegIkLiever' }))?.verblijfsstatus).toBeNull();
    });

    it('a partner\'s status is required with a partner and dropped without one', () => {
      const samen = met({ leefvorm: 'samen', partnerLeeftijd: '44' });
      expect(household(samen)).toBeNull();
      expect(household({ ...samen, partnerVerblijfsstatus: 'tijdelijkeBescherming' })?.partnerVerblijfsstatus).toBe('tijdelijkeBescherming');
      expect(household(met({ partnerVerblijfsstatus: 'asielprocedure' }))?.partnerVerblijfsstatus).toBeNull();
    });

    it('only the toeslagen that were offered count as received: a stale tick for kindgebonden budget without children is dropped', () => {
      expect(household(met({ ontvangtAl: ['zorgtoeslag', 'kindgebondenBudget'] }))?.ontvangtAl).toEqual(['zorgtoeslag']);
      expect(household(met({ ontvangtAl: ['geen'] }))?.ontvangtAl).toEqual([]);
    });
  });

  // Issue 20: an illness or disability that limits work, medisch urenbeperkt (art. 6b PW), the kind of benefit.
  describe('work disability', () => {
    const werkend = met({ inkomstenbronnen: ['werk'], inkomen: { werk: '900' }, ontvangtBijstand: undefined, arbeidsbeperking: 'ja' });

    it('the illness question left open, or "rather not say", gives arbeidsbeperking null', () => {
      expect(household(met({ arbeidsbeperking: undefined }))?.arbeidsbeperking).toBeNull();
      expect(household(met({ arbeidsbeperking: 'zegIkLiever' }))?.arbeidsbeperking).toBeNull();
    });

    it('someone who works and whose illness limits the work is asked whether the status is established', () => {
      expect(household({ ...werkend, medischUrenbeperkt: 'ja' })?.medischUrenbeperkt).toBe(true);
      expect(household({ ...werkend, medischUrenbeperkt: 'nee' })?.medischUrenbeperkt).toBe(false);
      expect(household({ ...werkend, medischUrenbeperkt: 'weetNiet' })?.medischUrenbeperkt).toBeNull();
    });

    it('"rather not say" about the illness leaves the status unknown for work income, and false without it', () => {
      expect(household({ ...werkend, arbeidsbeperking: 'zegIkLiever' })?.medischUrenbeperkt).toBeNull();
      expect(household(met({ arbeidsbeperking: 'zegIkLiever' }))?.medischUrenbeperkt).toBe(false);
    });

    it('a stale status answer without work income, or without the illness, is ignored', () => {
      expect(household(met({ arbeidsbeperking: 'ja', medischUrenbeperkt: 'ja' }))?.medischUrenbeperkt).toBe(false);
      expect(household({ ...werkend, arbeidsbeperking: 'nee', medischUrenbeperkt: 'ja' })?.medischUrenbeperkt).toBe(false);
    });

    it('the kind of benefit counts only for a benefit that is not bijstand', () => {
      const uitkering = met({ ontvangtBijstand: 'nee', soortUitkering: 'wajong' });
      expect(household(uitkering)?.soortUitkering).toBe('wajong');
      expect(household({ ...uitkering, soortUitkering: 'weetNiet' })?.soortUitkering).toBeNull();
      expect(household({ ...uitkering, soortUitkering: undefined })?.soortUitkering).toBeNull();
      expect(household(met({ soortUitkering: 'wajong' }))?.soortUitkering).toBeNull();
    });
  });
});
