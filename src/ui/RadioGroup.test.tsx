import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RadioGroup } from './RadioGroup';

const registration = { name: 'partner', onChange: async () => {}, onBlur: async () => {}, ref: () => {} };
const options = [
  { value: 'ja', label: 'Ja' },
  { value: 'nee', label: 'Nee' },
];

describe('RadioGroup', () => {
  it('is a group named by the question, each answer named by its label', () => {
    render(<RadioGroup id="partner" legend="Heeft u een partner?" options={options} registration={registration} />);
    expect(screen.getByRole('group', { name: 'Heeft u een partner?' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Ja' })).toHaveProperty('value', 'ja');
    expect(screen.getByRole('radio', { name: 'Nee' })).toHaveProperty('value', 'nee');
  });

  it('an error marks the group invalid and describes it with the translated message', () => {
    render(<RadioGroup id="partner" legend="Heeft u een partner?" options={options} error="errors.choose" registration={registration} />);
    const group = screen.getByRole('group', { name: 'Heeft u een partner?' });
    expect(group.getAttribute('aria-invalid')).toBe('true');
    expect(group.getAttribute('aria-describedby')).toBe('partner-error');
    expect(document.getElementById('partner-error')?.textContent).toMatch(/\w/);
    expect(document.getElementById('partner-error')?.textContent).not.toContain('errors.');
  });
});
