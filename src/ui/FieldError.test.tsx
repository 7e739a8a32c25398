import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FieldError } from './FieldError';

describe('FieldError', () => {
  it('renders nothing without a message', () => {
    const { container } = render(<FieldError id="x-error" />);
    expect(container.innerHTML).toBe('');
  });

  it('renders the translated message under the id the field points at', () => {
    const { container } = render(<FieldError id="x-error" messageKey="errors.number" />);
    const message = container.querySelector('#x-error');
    expect(message?.textContent).toMatch(/\w/);
    expect(message?.textContent).not.toBe('errors.number');
  });
});
