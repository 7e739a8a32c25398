import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Pictogram } from './Pictogram';

describe('Pictogram', () => {
  it('is decorative: hidden from screen readers and out of the tab order', () => {
    const { container } = render(<Pictogram topic="inkomen" />);
    const svg = container.querySelector('svg');
    expect(svg?.getAttribute('aria-hidden')).toBe('true');
    expect(svg?.getAttribute('focusable')).toBe('false');
  });

  it('draws nothing for a topic without a pictogram', () => {
    expect(render(<Pictogram topic="onbekend" />).container.innerHTML).toBe('');
  });
});
