import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../rules';
import { TextField } from './TextField';

const registration = { name: 'leeftijd', onChange: async () => {}, onBlur: async () => {}, ref: () => {} };

describe('TextField', () => {
  it('is named by its label and described by its hint', () => {
    render(<TextField id="leeftijd" label="Hoe oud bent u?" description="In jaren" registration={registration} />);
    const input = screen.getByRole('textbox', { name: 'Hoe oud bent u?' });
    expect(input).toHaveProperty('inputMode', 'numeric');
    expect(input.getAttribute('aria-describedby')).toBe('leeftijd-description');
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('shows the translated error, tied to the field, and marks it invalid', () => {
    render(<TextField id="leeftijd" label="Hoe oud bent u?" error="errors.age" registration={registration} />);
    const input = screen.getByRole('textbox', { name: 'Hoe oud bent u?' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('leeftijd-error');
    expect(document.getElementById('leeftijd-error')?.textContent).not.toContain('errors.');
  });

  it('takes no more characters than an answer may hold', () => {
    render(<TextField id="bedrag" label="Bedrag" registration={registration} />);
    expect(screen.getByRole('textbox').getAttribute('maxlength')).toBe(String(LIMITS.tekens));
  });
});
