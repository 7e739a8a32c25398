/**
 * Turns the typed answers into the validated Household the rules read.
 *
 * Money and ages go through the same parsers as the form. Questions that were skipped because no
 * rule needs them for this household get their neutral value; "ik weet het niet" and "zeg ik
 * liever niet" become null, which the rules answer with "we can't tell".
 */
import { householdSchema, mogelijkAlOntvangen, type Household, type Toeslag } from '../rules';
import { INKOMSTENBRONNEN, type Answers } from './answers';
import { parseAmount, parseWholeNumber } from './parseAmount';
import { asksKostendelers, asksMedischUrenbeperkt, asksOndernemer, asksSoortUitkering, asksStoptMetBedrijf, asksStudiefinanciering, asksToetsingsinkomen, asksWerkloosNa50 } from './steps';

function whole(text: string | undefined): number | undefined {
  const result = parseWholeNumber(text ?? '');
  return result.ok ? result.value : undefined;
}

function cents(text: string | undefined): number | undefined {
  const result = parseAmount(text ?? '');
  return result.ok ? result.cents : undefined;
}

/**
 * Established medisch urenbeperkt: asked with work income and a limiting illness; "rather not say"
 * about the illness leaves it unknown for work income. Otherwise, the illness question left open
 * included, it is not applied, as before the question existed.
 */
function medischUrenbeperkt(answers: Answers, peildatum: string): boolean | null {
  if (asksMedischUrenbeperkt(answers, peildatum)) return answers.medischUrenbeperkt === 'weetNiet' ? null : answers.medischUrenbeperkt === 'ja';
  const werk = (answers.inkomstenbronnen ?? []).includes('werk');
  return answers.arbeidsbeperking === 'zegIkLiever' && werk ? null : false;
}

const orNull = (answer: 'ja' | 'nee' | 'zegIkLiever' | undefined) => (answer === 'zegIkLiever' ? null : answer);

/** Everything but what the household already receives, which is asked last and depends on the rest. */
function withoutOntvangtAl(answers: Answers, peildatum: string): Household | null {
  const bronnen = answers.inkomstenbronnen ?? [];
  const inkomen = Object.fromEntries(
    INKOMSTENBRONNEN.map((bron) => [bron, !bronnen.includes(bron) ? 0 : answers.inkomenOnbekend?.[bron] ? null : cents(answers.inkomen?.[bron])]),
  );
  const aantalKinderen = whole(answers.aantalKinderen) ?? 0;
  const huurder = answers.woonsituatie === 'huur';
  const candidate = {
    woontInHeemskerk: answers.woonplaats === undefined ? undefined : answers.woonplaats === 'heemskerk',
    aanvrager: { leeftijd: whole(answers.leeftijd) },
    partner: answers.leefvorm === 'samen' ? { leeftijd: whole(answers.partnerLeeftijd) } : answers.leefvorm === 'alleen' ? null : undefined,
    kinderen: Array.from({ length: aantalKinderen }, (_, i) => ({ leeftijd: whole(answers.kinderLeeftijden?.[i]) })),
    kostendelers: asksKostendelers(answers, peildatum) ? whole(answers.kostendelers) : 0,
    inkomen,
    ontvangtBijstand: bronnen.includes('uitkering') && answers.ontvangtBijstand === 'ja',
    toetsingsinkomen: !asksToetsingsinkomen(answers) ? 0 : answers.toetsingsinkomenOnbekend ? null : cents(answers.toetsingsinkomen),
    laagInkomenSinds: answers.laagInkomenSinds === 'lang' || answers.laagInkomenSinds === 'kort' ? answers.laagInkomenSinds : null,
    vermogen: answers.vermogenOnbekend ? null : cents(answers.vermogen),
    woonsituatie: answers.woonsituatie,
    huurPerMaand: !huurder ? 0 : answers.huurOnbekend ? null : cents(answers.huur),
    betalingsachterstanden: orNull(answers.betalingsachterstanden),
    schulden: orNull(answers.schulden),
    wilHulpBijGeldzaken: orNull(answers.wilHulpBijGeldzaken),
    // Not asked (AOW age, no work income): nothing reads it then, see nodigOndernemer; an answer
    // left from an earlier age or an older version of the check no longer counts.
    ondernemer: !asksOndernemer(answers, peildatum) ? false : answers.ondernemer === undefined ? undefined : answers.ondernemer === 'ja',
    stoptMetBedrijf: asksStoptMetBedrijf(answers, peildatum) ? answers.stoptMetBedrijf === 'ja' : false,
    werkloosNa50: asksWerkloosNa50(answers, peildatum) ? answers.werkloosNa50 : 'nee',
    studiefinanciering: !asksStudiefinanciering(answers, peildatum) ? false : answers.studiefinanciering === undefined ? undefined : answers.studiefinanciering === 'ja',
    studieBeperking: asksStudiefinanciering(answers, peildatum) && answers.studiefinanciering === 'ja' && answers.studieBeperking === 'ja',
    kinderopvang: aantalKinderen > 0 && answers.kinderopvang === 'ja',
    arbeidsbeperking: answers.arbeidsbeperking === 'ja' || answers.arbeidsbeperking === 'nee' ? answers.arbeidsbeperking : null,
    medischUrenbeperkt: medischUrenbeperkt(answers, peildatum),
    soortUitkering: asksSoortUitkering(answers) && answers.soortUitkering !== 'weetNiet' ? (answers.soortUitkering ?? null) : null,
    verblijfsstatus: answers.verblijfsstatus === 'zegIkLiever' ? null : answers.verblijfsstatus,
    partnerVerblijfsstatus: answers.leefvorm !== 'samen' || answers.partnerVerblijfsstatus === 'zegIkLiever' ? null : answers.partnerVerblijfsstatus,
    ontvangtAl: [],
  };
  const result = householdSchema.safeParse(candidate);
  return result.success ? result.data : null;
}

/** The toeslagen to ask "do you already get this?" about; null while the other answers are incomplete. */
export function ontvangtAlOpties(answers: Answers, peildatum: string): Toeslag[] | null {
  const household = withoutOntvangtAl(answers, peildatum);
  return household && mogelijkAlOntvangen(household, peildatum);
}

export function answersToHousehold(answers: Answers, peildatum: string): Household | null {
  const household = withoutOntvangtAl(answers, peildatum);
  if (!household) return null;
  // Only what was offered counts: a tick left over from earlier answers that no longer apply does not.
  const opties = mogelijkAlOntvangen(household, peildatum);
  return { ...household, ontvangtAl: opties.filter((id) => answers.ontvangtAl?.includes(id)) };
}
