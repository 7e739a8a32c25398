/** Which screen of the app each prerendered page opens, and back (addresses: `src/routing/pages.ts`). */
import type { Flow } from '../questionnaire/steps';
import type { Screen } from '../questionnaire/saveAnswers';
import type { Page } from '../routing/pages';

type Navigation = { screen: Screen; stepId?: string | undefined; flow?: Flow | undefined };

/** Where each page starts in the app ('shared' shows the take-home link's results instead). */
export const PAGE_NAVIGATION: Record<Exclude<Page, 'shared'>, Navigation> = {
  start: { screen: 'start' },
  catalogue: { screen: 'catalogue' },
  help: { screen: 'questions', stepId: 'geldzaken', flow: 'geldzorgen' },
};

/** The prerendered page that shows this screen as it is before any answer, if there is one. */
export function pageOf(navigation: Navigation): Exclude<Page, 'shared'> | null {
  if (navigation.screen === 'start' || navigation.screen === 'catalogue') return navigation.screen;
  const help = PAGE_NAVIGATION.help;
  return navigation.screen === help.screen && navigation.stepId === help.stepId && navigation.flow === help.flow ? 'help' : null;
}
