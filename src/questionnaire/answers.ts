/**
 * De antwoorden: what the inhabitant typed and chose, kept as typed so a reload or a step back
 * shows exactly their input. Only `answersToHousehold` turns them into numbers for the rules.
 *
 * Written with zod/mini because it is read on the first screen: the full zod API only loads with
 * the questionnaire, which keeps the initial download small on slow phones.
 */
import * as z from 'zod/mini';
import { ACHTERSTANDEN, LIMITS, SOORTEN_UITKERING, TOESLAGEN, VERBLIJFSSTATUSSEN } from '../rules';

export const INKOMSTENBRONNEN = ['werk', 'uitkering', 'pensioen', 'overig'] as const;
export type Inkomstenbron = (typeof INKOMSTENBRONNEN)[number];

const yesNo = z.enum(['ja', 'nee']);
/** "I'd rather not say" is a real answer for questions about money trouble, never an error. */
const yesNoPrivate = z.enum(['ja', 'nee', 'zegIkLiever']);
/** The longest answer a text field takes; the input itself refuses more (TextField). */
const text = z.string().check(z.maxLength(LIMITS.tekens));
const perBron = <T extends z.ZodMiniType>(schema: T) =>
  z.partial(z.object({ werk: schema, uitkering: schema, pensioen: schema, overig: schema }));

export const answerFields = {
  woonplaats: z.enum(['heemskerk', 'elders']),
  leefvorm: z.enum(['alleen', 'samen']),
  leeftijd: text,
  partnerLeeftijd: text,
  aantalKinderen: text,
  kinderLeeftijden: z.array(text).check(z.maxLength(LIMITS.kinderen)),
  kostendelers: text,
  ondernemer: yesNo,
  stoptMetBedrijf: yesNo,
  werkloosNa50: yesNo,
  studiefinanciering: yesNo,
  studieBeperking: yesNo,
  kinderopvang: yesNo,
  arbeidsbeperking: yesNoPrivate,
  medischUrenbeperkt: z.enum(['ja', 'nee', 'weetNiet']),
  soortUitkering: z.enum([...SOORTEN_UITKERING, 'weetNiet']),
  inkomstenbronnen: z.array(z.enum([...INKOMSTENBRONNEN, 'geen'])).check(z.maxLength(5)),
  inkomen: perBron(text),
  inkomenOnbekend: perBron(z.boolean()),
  ontvangtBijstand: yesNo,
  toetsingsinkomen: text,
  toetsingsinkomenOnbekend: z.boolean(),
  laagInkomenSinds: z.enum(['lang', 'kort', 'weetNiet']),
  vermogen: text,
  vermogenOnbekend: z.boolean(),
  woonsituatie: z.enum(['huur', 'koop', 'inwonend', 'anders']),
  huur: text,
  huurOnbekend: z.boolean(),
  betalingsachterstanden: yesNoPrivate,
  schulden: yesNoPrivate,
  wilHulpBijGeldzaken: yesNoPrivate,
  achterstandOp: z.array(z.enum(ACHTERSTANDEN)).check(z.maxLength(ACHTERSTANDEN.length)),
  afbetaalbaarBinnenTermijn: z.enum(['ja', 'nee', 'weetNiet']),
  deurwaarder: yesNoPrivate,
  dreigtOntruimingOfAfsluiting: yesNoPrivate,
  geldVoorEten: yesNoPrivate,
  inkomenLagerDanVasteLasten: z.enum(['ja', 'nee', 'weetNiet']),
  verblijfsstatus: z.enum([...VERBLIJFSSTATUSSEN, 'zegIkLiever']),
  partnerVerblijfsstatus: z.enum([...VERBLIJFSSTATUSSEN, 'zegIkLiever']),
  ontvangtAl: z.array(z.enum([...TOESLAGEN, 'geen'])).check(z.maxLength(TOESLAGEN.length + 1)),
};

export const answersSchema = z.partial(z.object(answerFields));

export type Answers = z.infer<typeof answersSchema>;
