/**
 * All schemes, in the order of the results page: income support first (bijstand, then the national
 * schemes for pensioners, older unemployed and the self-employed, then the national toeslagen), then
 * the municipal schemes, then the help offers, from the first step (schuldhulpverlening) to the last resort (Wsnp).
 *
 * Nazorg after debt help has no module: the household has no fact that tells it apart from
 * schuldhulpverlening, and no Heemskerk offer was found, so the schuldhulpverlening texts mention it.
 * There is no energietoeslag: none is in force in 2026 (art. 35 lid 4 PW only allowed 2022 and 2023).
 */
import type { Scheme } from '../engine/types';
import { aio } from './aio';
import { algemeneBijstand } from './algemeneBijstand';
import { bbz } from './bbz';
import { beslagvrijeVoet } from './beslagvrijeVoet';
import { bijzondereBijstand } from './bijzondereBijstand';
import { budgetbeheer } from './budgetbeheer';
import { budgetcoaching } from './budgetcoaching';
import { collectieveZorgverzekering } from './collectieveZorgverzekering';
import { huurtoeslag } from './huurtoeslag';
import { individueleInkomenstoeslag } from './individueleInkomenstoeslag';
import { ioaw } from './ioaw';
import { ioaz } from './ioaz';
import { jeugdfonds } from './jeugdfonds';
import { kindgebondenBudget } from './kindgebondenBudget';
import { kinderopvangtoeslag } from './kinderopvangtoeslag';
import { kindpakket } from './kindpakket';
import { kwijtschelding } from './kwijtschelding';
import { minimaregelingen } from './minimaregelingen';
import { schuldhulpverlening } from './schuldhulpverlening';
import { studietoeslag } from './studietoeslag';
import { vroegsignalering } from './vroegsignalering';
import { wsnp } from './wsnp';
import { zorgtoeslag } from './zorgtoeslag';

export const schemes: readonly Scheme[] = [
  algemeneBijstand,
  aio,
  ioaw,
  ioaz,
  bbz,
  zorgtoeslag,
  huurtoeslag,
  kindgebondenBudget,
  kinderopvangtoeslag,
  individueleInkomenstoeslag,
  minimaregelingen,
  kindpakket,
  jeugdfonds,
  studietoeslag,
  kwijtschelding,
  collectieveZorgverzekering,
  bijzondereBijstand,
  schuldhulpverlening,
  vroegsignalering,
  budgetcoaching,
  budgetbeheer,
  beslagvrijeVoet,
  wsnp,
];
