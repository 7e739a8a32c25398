import { describe, expect, it } from 'vitest';
import { TODAY } from '../../tests/fixtures/today';
import { getNorm } from '../rules';
import { changeLanguage, initI18n, setTextPeildatum, withNormFigures } from './i18n';
import { contactFigures } from './textFigures';

describe('placeholders every text may use', () => {
  it('keep the phone number and the norms’ figures after a language switch, beside the example amount', async () => {
    const i18n = await initI18n('nl', contactFigures());
    setTextPeildatum(TODAY);
    await withNormFigures(async () => null)();
    await changeLanguage('en');
    await changeLanguage('nl');
    const meerderjarig = String(getNorm('leeftijd.meerderjarig', TODAY).value);
    expect(i18n.t('questions.aantalKinderen.label')).toContain(`jonger dan ${meerderjarig} `);
    expect(i18n.t('app.error')).toContain(contactFigures().telefoonGemeente);
    expect(i18n.t('errors.number')).toContain('1.250,00');
    expect(i18n.t('app.error')).not.toMatch(/\{\{/);
  });
});
