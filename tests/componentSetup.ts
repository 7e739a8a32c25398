/** Component tests (the `*.test.tsx` beside each component) render in jsdom with the Dutch texts, on the fixed clock. */
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { initI18n } from '../src/i18n/i18n';
import { contactFigures } from '../src/i18n/textFigures';
import './fixedClock';

await initI18n('nl', contactFigures());
afterEach(cleanup);
