/**
 * Jeugdfonds Sport & Cultuur (Heemskerk)
 *
 * Het fonds betaalt de contributie of het lesgeld van een sportclub of een cultuurles direct aan de
 * club, voor kinderen uit gezinnen met een inkomen tot 120% van de bijstandsnorm. Sinds juni 2023
 * loopt sport en cultuur uit het Kindpakket via het fonds. Ouders vragen het niet zelf aan: dat doet
 * een intermediair (school, MET Heemskerk, schuldhulp, jeugdhulp). Het bedrag per kind is niet gevonden.
 */
import { heeftKinderen, inkomenTotPercentage, woontInHeemskerk } from '../../engine/conditions';
import type { Scheme } from '../../engine/types';

export const jeugdfonds: Scheme = {
  id: 'jeugdfonds',
  kind: 'regeling',
  // Run by a foundation, but in Heemskerk it is the sport-and-culture part of the Kindpakket.
  level: 'gemeente',
  sourceIds: ['heemskerk.jeugdfonds'],
  conditions: [
    woontInHeemskerk('heemskerk.jeugdfonds'),
    heeftKinderen('heemskerk.jeugdfonds', 'jeugdfonds'),
    inkomenTotPercentage('heemskerk.jeugdfonds', 'jeugdfonds.inkomensgrens'),
  ],
  toBring: ['gegevensVereniging', 'inkomensspecificatie'],
  applyAt: ['jeugdfondsIntermediair', 'metHeemskerk'],
};
