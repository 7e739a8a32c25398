import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { actionPlan, channel, channels, evaluate, schemes, type ChannelId } from '../rules';
import { zzperMetSchulden } from '../../tests/fixtures/households';
import { TODAY } from '../../tests/fixtures/today';
import { PrintSummary } from './PrintSummary';

describe('PrintSummary', () => {
  it('prints every phone number left to right and every address isolated, so a right-to-left column cannot reorder them', () => {
    const outcomes = evaluate(zzperMetSchulden, TODAY);
    const plan = actionPlan(outcomes, schemes, TODAY);
    const { container } = render(<PrintSummary outcomes={outcomes} alOntvangen={[]} plan={plan} peildatum={TODAY} />);
    const all = (Object.keys(channels) as ChannelId[]).map(channel);
    const phones = all.flatMap((c) => (c.phone ? [c.phone] : []));
    const addresses = all.flatMap((c) => (c.address ? [c.address] : []));
    const printed = [...container.querySelectorAll('.print-summary__steps strong, .print-summary__column ul:last-of-type li')];
    expect(printed.length).toBeGreaterThan(0);
    for (const line of printed) {
      for (const phone of phones.filter((p) => line.textContent!.includes(p))) {
        expect([...line.querySelectorAll('.ltr')].map((e) => e.textContent)).toContain(phone);
      }
      for (const address of addresses.filter((a) => line.textContent!.includes(a))) {
        expect([...line.querySelectorAll('bdi')].map((e) => e.textContent)).toContain(address);
      }
    }
    expect(printed.some((line) => phones.some((p) => line.textContent!.includes(p)))).toBe(true);
  });
});
