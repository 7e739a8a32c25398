import { describe, expect, it } from 'vitest';
import { PAGE_NAVIGATION, pageOf } from './pages';

describe('the screen each prerendered page opens', () => {
  it('each page is found back from the screen it opens, and a screen after an answer has no page', () => {
    for (const page of ['start', 'catalogue', 'help'] as const) expect(pageOf(PAGE_NAVIGATION[page])).toBe(page);
    expect(pageOf({ screen: 'questions', stepId: 'woonplaats', flow: 'check' })).toBeNull();
    expect(pageOf({ screen: 'questions', stepId: 'geldzaken', flow: 'check' })).toBeNull();
    expect(pageOf({ screen: 'results' })).toBeNull();
  });
});
