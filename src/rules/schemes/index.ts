/**
 * All schemes, in the order of the results page: income support first, then the municipal
 * schemes, then the help offers.
 */
import type { Scheme } from '../engine/types';
import { algemeneBijstand } from './algemeneBijstand';
import { bijzondereBijstand } from './bijzondereBijstand';
import { budgetcoaching } from './budgetcoaching';
import { collectieveZorgverzekering } from './collectieveZorgverzekering';
import { individueleInkomenstoeslag } from './individueleInkomenstoeslag';
import { kindpakket } from './kindpakket';
import { kwijtschelding } from './kwijtschelding';
import { minimaregelingen } from './minimaregelingen';
import { schuldhulpverlening } from './schuldhulpverlening';

export const schemes: readonly Scheme[] = [
  algemeneBijstand,
  individueleInkomenstoeslag,
  minimaregelingen,
  kindpakket,
  kwijtschelding,
  collectieveZorgverzekering,
  bijzondereBijstand,
  schuldhulpverlening,
  budgetcoaching,
];
