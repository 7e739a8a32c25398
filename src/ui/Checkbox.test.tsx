import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Checkbox } from './Checkbox';

describe('Checkbox', () => {
  it('is named by its label, which may be in another language than the page (a Dutch scheme name)', () => {
    render(<Checkbox id="al-zorgtoeslag" label="Zorgtoeslag" value="zorgtoeslag" lang="nl" registration={{ name: 'ontvangtAl' }} />);
    const box = screen.getByRole('checkbox', { name: 'Zorgtoeslag' });
    expect(box).toHaveProperty('value', 'zorgtoeslag');
    expect(screen.getByText('Zorgtoeslag').getAttribute('lang')).toBe('nl');
  });
});
