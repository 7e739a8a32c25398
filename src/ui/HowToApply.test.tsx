import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { schemes } from '../rules';
import { HowToApply } from './HowToApply';

describe('HowToApply', () => {
  it.each(schemes.map((scheme) => [scheme.id, scheme] as const))('%s: folded away, with every document to bring in words', (_id, scheme) => {
    const { container } = render(<HowToApply scheme={scheme} phoneLinks />);
    expect(container.querySelector('details:not([open]) > summary')).toBeTruthy();
    expect(screen.getAllByRole('listitem').length).toBeGreaterThanOrEqual(scheme.toBring.length);
    expect(container.textContent).not.toMatch(/\b(schemes|documents|channels)\.\w/);
  });
});
