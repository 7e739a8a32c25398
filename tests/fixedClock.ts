/**
 * Unit-test set-up: Date is frozen at the suite's day (tests/fixtures/today.ts), so a test that
 * reads the clock by accident gives the same answer every day of the year. It still ticks (from
 * noon on that day), because fast-check and the test timeouts measure elapsed time.
 */
import { vi } from 'vitest';
import { TODAY_AT_NOON } from './fixtures/today';

vi.useFakeTimers({ toFake: ['Date'], now: TODAY_AT_NOON, shouldAdvanceTime: true });
