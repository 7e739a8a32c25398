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
import { aio } from './aio/aio';
import { algemeneBijstand } from './algemeneBijstand/algemeneBijstand';
import { bbz } from './bbz/bbz';
import { beslagvrijeVoet } from './beslagvrijeVoet/beslagvrijeVoet';
import { bijzondereBijstand } from './bijzondereBijstand/bijzondereBijstand';
import { budgetbeheer } from './budgetbeheer/budgetbeheer';
import { budgetcoaching } from './budgetcoaching/budgetcoaching';
import { collectieveZorgverzekering } from './collectieveZorgverzekering/collectieveZorgverzekering';
import { huurtoeslag } from './huurtoeslag/huurtoeslag';
import { individueleInkomenstoeslag } from './individueleInkomenstoeslag/individueleInkomenstoeslag';
import { ioaw } from './ioaw/ioaw';
import { ioaz } from './ioaz/ioaz';
import { jeugdfonds } from './jeugdfonds/jeugdfonds';
import { kindgebondenBudget } from './kindgebondenBudget/kindgebondenBudget';
import { kinderopvangtoeslag } from './kinderopvangtoeslag/kinderopvangtoeslag';
import { kindpakket } from './kindpakket/kindpakket';
import { kwijtschelding } from './kwijtschelding/kwijtschelding';
import { minimaregelingen } from './minimaregelingen/minimaregelingen';
import { schuldhulpverlening } from './schuldhulpverlening/schuldhulpverlening';
import { studietoeslag } from './studietoeslag/studietoeslag';
import { vroegsignalering } from './vroegsignalering/vroegsignalering';
import { wsnp } from './wsnp/wsnp';
import { zorgtoeslag } from './zorgtoeslag/zorgtoeslag';

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
