/**
 * The label of a question from its field name ("kinderLeeftijden.1", "inkomen.werk"), worded as
 * StepFields asks it, so the error summary and the answers list name the question the inhabitant saw.
 */
import { getNorm } from '../rules';
import type { Answers } from './answers';
import { asksOndernemerVooraf } from './steps';

/** Questions whose label lives under another name in the locales. */
const LABEL_OF: Record<string, string> = { kinderLeeftijden: 'kindLeeftijd' };

export type QuestionLabel = { key: string; params: Record<string, number> };

export function questionLabel(name: string, answers: Answers, peildatum: string): QuestionLabel {
  const [field = '', ...rest] = name.split('.');
  // Nobody living alone should read "together with your partner".
  if (field === 'toetsingsinkomen' && answers.leefvorm !== 'samen') return { key: 'formDetails.toetsingsinkomenAlleen', params: {} };
  // From AOW age the business question is asked about the work income, in its own words.
  if (field === 'ondernemer' && !asksOndernemerVooraf(answers, peildatum)) return { key: 'questions.ondernemerWerk.label', params: {} };
  if (field === 'kostendelers') return { key: 'questions.kostendelers.label', params: { leeftijd: getNorm('kostendelersnorm.minimumleeftijd', peildatum).value } };
  const index = rest.find((part) => /^\d+$/.test(part));
  const words = rest.filter((part) => !/^\d+$/.test(part));
  return { key: ['questions', LABEL_OF[field] ?? field, ...words, 'label'].join('.'), params: index === undefined ? {} : { nummer: Number(index) + 1 } };
}
