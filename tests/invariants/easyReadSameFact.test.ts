/**
 * Easy-read may be shorter, never different (issue 12, defect 8): each easy-read question must ask
 * for the same fact as the ordinary one. The list below was reviewed question by question: the
 * conditions that decide the answer (a partner's income, who counts as a kostendeler, kale huur,
 * who is a partner, which accounts) and the words that carry them in each language. Both texts on
 * the screen (the step's intro, the label and the hint) must carry every one of them, so a
 * shortened text that drops a condition fails here. A new easy-read question must be added to the
 * list, or to NO_CONDITION after review.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES = join(import.meta.dirname, '../../locales');
const LANGUAGES = ['nl', 'en', 'tr', 'ar', 'pl', 'uk'] as const;
type Language = (typeof LANGUAGES)[number];

/** Per question: the step it is asked on, and per language the conditions as patterns (case-insensitive). */
type Fact = { step: string; terms: Record<Language, readonly string[]> };

const FACTS: Record<string, Fact> = {
  // The toeslagen test the income of the applicant and the toeslagpartner together, per year.
  toetsingsinkomen: {
    step: 'inkomen',
    terms: {
      nl: ['partner', 'per jaar', 'bruto|voor de belasting'],
      en: ['partner', 'per year', 'gross|before tax'],
      tr: ['partner', 'yıl', 'brüt|vergiden önce'],
      ar: ['شريك', 'السنة', 'قبل الضرائب'],
      pl: ['partner', 'roczn', 'brutto|przed podatkiem'],
      uk: ['партнер', 'рік', 'до сплати податків|до податків'],
    },
  },
  // Art. 19a PW: the partner, a lodger with a contract and a student with studiefinanciering are no kostendelers.
  kostendelers: {
    step: 'medebewoners',
    terms: {
      nl: ['partner', 'kamer', 'contract', 'student', '\\{\\{leeftijd\\}\\}'],
      en: ['partner', 'room', 'contract', 'student', '\\{\\{leeftijd\\}\\}'],
      tr: ['partner', 'oda', 'sözleşme', 'öğren', '\\{\\{leeftijd\\}\\}'],
      ar: ['شريك', 'غرفة', 'بعقد', 'الطلاب', '\\{\\{leeftijd\\}\\}'],
      pl: ['partner', 'pokój', 'umow', 'student', '\\{\\{leeftijd\\}\\}'],
      uk: ['партнер', 'кімнат', 'договор', 'студент', '\\{\\{leeftijd\\}\\}'],
    },
  },
  // Huurtoeslag counts the kale huur: without service costs.
  huur: {
    step: 'wonen',
    terms: {
      nl: ['kale huur', 'servicekosten', 'per maand'],
      en: ['basic rent', 'service charges', 'month'],
      tr: ['kale huur', 'servicekosten', 'ayda'],
      ar: ['الإيجار الأساسي', 'تكاليف الخدمات', 'الشهر'],
      pl: ['kale huur', 'servicekosten', 'miesiąc'],
      uk: ['kale huur', 'послуг', 'місяц'],
    },
  },
  // A partner is a spouse or someone with whom one shares a household (art. 3 PW), not any housemate.
  leefvorm: {
    step: 'huishouden',
    terms: {
      nl: ['man of vrouw', 'huishouden'],
      en: ['husband or wife', 'household'],
      tr: ['eşiniz', 'hane'],
      ar: ['زوجك أو زوجتك', 'البيت'],
      pl: ['mąż lub żona', 'wspólny dom'],
      uk: ['чоловік або дружина', 'господарство'],
    },
  },
  // Vermogen is the money in the bank account and the savings account, not the bills.
  vermogen: {
    step: 'vermogen',
    terms: {
      nl: ['bankrekening', 'spaarrekening'],
      en: ['bank account', 'savings'],
      tr: ['banka hesab', 'tasarruf'],
      ar: ['حساب', 'التوفير'],
      pl: ['konto bankowe|konta bankowego', 'oszczędnoś'],
      uk: ['банків', 'ощадн'],
    },
  },
  // Only children under the age of majority count (Wet KGB, art. 19a PW): the figure comes from the norms.
  aantalKinderen: { step: 'kinderen', terms: { nl: ['\\{\\{meerderjarig\\}\\}'], en: ['\\{\\{meerderjarig\\}\\}'], tr: ['\\{\\{meerderjarig\\}\\}'], ar: ['\\{\\{meerderjarig\\}\\}'], pl: ['\\{\\{meerderjarig\\}\\}'], uk: ['\\{\\{meerderjarig\\}\\}'] } },
  // The IIT looks at a low income for at least the reference period (iit.referteperiode).
  laagInkomenSinds: { step: 'inkomen', terms: { nl: ['\\{\\{iitJaren\\}\\} jaar'], en: ['\\{\\{iitJaren\\}\\} years'], tr: ['\\{\\{iitJaren\\}\\} yıl'], ar: ['\\{\\{iitJaren\\}\\} سنوات'], pl: ['\\{\\{iitJaren\\}\\} lat'], uk: ['\\{\\{iitJaren\\}\\} роки'] } },
  // The question is about bijstand, not any benefit.
  ontvangtBijstand: { step: 'inkomen', terms: { nl: ['bijstand'], en: ['bijstand'], tr: ['bijstand'], ar: ['bijstand'], pl: ['bijstand'], uk: ['bijstand'] } },
  // Amounts per month.
  'inkomen.werk': { step: 'inkomen', terms: { nl: ['maand'], en: ['month'], tr: ['ay'], ar: ['الشهر|شهر'], pl: ['miesiąc'], uk: ['місяц'] } },
  'inkomen.uitkering': { step: 'inkomen', terms: { nl: ['maand'], en: ['month'], tr: ['ay'], ar: ['الشهر|شهر'], pl: ['miesiąc'], uk: ['місяц'] } },
  'inkomen.pensioen': { step: 'inkomen', terms: { nl: ['AOW', 'maand'], en: ['AOW', 'month'], tr: ['AOW', 'ay'], ar: ['AOW', 'الشهر|شهر'], pl: ['AOW', 'miesiąc'], uk: ['AOW', 'місяц'] } },
  'inkomen.overig': { step: 'inkomen', terms: { nl: ['maand', 'alimentatie'], en: ['month', 'alimony'], tr: ['ay', 'nafaka'], ar: ['الشهر|شهر', 'نفقة|النفقة'], pl: ['miesiąc', 'aliment'], uk: ['місяц', 'аліменти'] } },
  // Issue 20: the help applies when the illness or disability is the partner's too.
  arbeidsbeperking: {
    step: 'werkEnStudie',
    terms: { nl: ['partner'], en: ['partner'], tr: ['partner'], ar: ['شريك'], pl: ['partner'], uk: ['партнер'] },
  },
  // Art. 6b PW: the status counts when UWV or the college has established it, not as one's own view.
  ondernemerWerk: {
    step: 'inkomen',
    terms: { nl: ['eigen bedrijf', 'partner'], en: ['own business', 'partner'], tr: ['kendi iş', 'partner'], ar: ['شركتك', 'شريك'], pl: ['własn[aeyj]* firm', 'partner'], uk: ['фірм', 'партнер'] },
  },
  medischUrenbeperkt: {
    step: 'inkomen',
    terms: { nl: ['UWV', 'gemeente'], en: ['UWV', 'municipality'], tr: ['UWV', 'belediye'], ar: ['UWV', 'البلدية'], pl: ['UWV', 'gmin'], uk: ['UWV', 'громад'] },
  },
};

/** Reviewed: the easy-read text asks the same plain question; no condition to carry. */
const NO_CONDITION = ['leeftijd', 'ondernemer', 'studiefinanciering', 'soortUitkering', 'inkomstenbronnen', 'betalingsachterstanden', 'schulden', 'wilHulpBijGeldzaken'];

type Tree = { [key: string]: string | Tree };

function read(language: Language, namespace: string): Tree {
  return JSON.parse(readFileSync(join(LOCALES, language, `${namespace}.json`), 'utf8')) as Tree;
}

function lookup(tree: Tree, path: string): Tree | string | undefined {
  return path.split('.').reduce<Tree | string | undefined>((node, key) => (typeof node === 'object' ? node[key] : undefined), tree);
}

const text = (node: Tree | string | undefined) => (typeof node === 'string' ? node : '');

/** What one screen shows for a question: the step's intro, the label and the hint(s); easy-read falls back per key. */
function screen(texts: readonly Tree[], step: string, question: string): string {
  const first = (path: string) => texts.map((tree) => text(lookup(tree, path))).find((t) => t !== '') ?? '';
  return [first(`steps.${step}.intro`), first(`questions.${question}.label`), first(`questions.${question}.hint`), first(`questions.${question}.hintSamen`)].join(' ');
}

/** The names of the questions easy.json rewords (`questions.<name>.label|hint`). */
function easyQuestions(language: Language): string[] {
  const questions = lookup(read(language, 'easy'), 'questions');
  const names: string[] = [];
  const walk = (node: Tree | string | undefined, prefix: string) => {
    if (typeof node !== 'object') return;
    if (['label', 'hint', 'hintSamen'].some((key) => typeof node[key] === 'string')) names.push(prefix);
    for (const [key, inner] of Object.entries(node)) if (typeof inner === 'object') walk(inner, prefix ? `${prefix}.${key}` : key);
  };
  walk(questions, '');
  return names;
}

describe('an easy-read question asks for the same fact as the ordinary one', () => {
  const namespaces = readdirSync(join(LOCALES, 'nl')).map((file) => file.replace(/\.json$/, '')).filter((n) => n !== 'easy');

  for (const language of LANGUAGES) {
    const ordinary = namespaces.map((n) => read(language, n));
    const easy = [read(language, 'easy'), ...ordinary];

    it(`${language}: every easy-read question has been reviewed`, () => {
      expect(easyQuestions(language).filter((q) => !(q in FACTS) && !NO_CONDITION.includes(q))).toEqual([]);
    });

    for (const [question, fact] of Object.entries(FACTS)) {
      it(`${language}: ${question} carries the same conditions in both texts`, () => {
        for (const [mode, texts] of [['ordinary', ordinary], ['easy', easy]] as const) {
          const shown = screen(texts, fact.step, question);
          const missing = fact.terms[language].filter((term) => !new RegExp(term, 'iu').test(shown));
          expect(missing, `${mode}: ${shown}`).toEqual([]);
        }
      });
    }
  }
});
