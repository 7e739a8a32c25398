/**
 * Which volunteer hint fits the answers given so far: someone with a business of their own has no
 * payslip and no jaaropgaaf, and someone living alone has no partner's accounts to add up.
 */
import type { Answers } from './answers';

export function volunteerHintKey(question: string, answers: Answers): string {
  const ondernemer = answers.ondernemer === 'ja';
  if (question === 'inkomen.werk' && ondernemer) return 'formDetails.volunteer.werkOndernemer';
  if (question === 'toetsingsinkomen' && ondernemer) return 'formDetails.volunteer.toetsingsinkomenOndernemer';
  if (question === 'vermogen' && answers.leefvorm === 'alleen') return 'formDetails.volunteer.vermogenAlleen';
  return `volunteer.${question}`;
}
