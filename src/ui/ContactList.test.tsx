import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { channel } from '../rules';
import { ContactList } from './ContactList';

const LOKET = 'gemeenteHeemskerkLoket';

describe('ContactList', () => {
  it('on a phone the number is a call button without spaces in its address', () => {
    render(<ContactList channelIds={[LOKET]} phoneLinks />);
    const phone = channel(LOKET).phone!;
    const link = screen.getByRole('link', { name: new RegExp(phone) });
    expect(link.className).toBe('call-button');
    expect(link.getAttribute('href')).toBe(`tel:${phone.replace(/\s/g, '')}`);
  });

  it('at the kiosk nothing leads out of the app: the number is text', () => {
    const { container } = render(<ContactList channelIds={[LOKET]} phoneLinks={false} />);
    expect(within(container).queryByRole('link')).toBeNull();
    expect(container.textContent).toContain(channel(LOKET).phone!);
  });

  it('every channel shows its translated name, never a key', () => {
    const { container } = render(<ContactList channelIds={[LOKET, 'dienstToeslagen']} phoneLinks />);
    expect(container.querySelectorAll('.contact')).toHaveLength(2);
    expect(container.textContent).not.toMatch(/channels\.|contact\./);
  });
});
