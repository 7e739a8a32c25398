/**
 * The toegankelijkheidsverklaring, in the order of the Dutch model statement (Digitoegankelijk):
 * which standard, the compliance status, how the app was tested and what those tests cannot see,
 * known problems, how to report one, and the date. It says only what the test suite checks.
 */
import { channel } from '../rules';
import { formatDate } from '../i18n/format';
import { LegalPage, Section } from './LegalPage';
import { STATEMENTS_DRAWN_UP_ON, useLegalTexts, type KeyIn } from './legalTexts';
import { version } from '../../package.json';

const TESTS = ['testedAxe', 'testedKeyboard', 'testedPages', 'testedLanguages'] as const;
const KNOWN = ['knownAudit', 'knownReadAloud', 'knownQr'] as const;

type Props = { easyRead: boolean; onBack: () => void };

export default function AccessibilityStatement({ easyRead, onBack }: Props) {
  const texts = useLegalTexts(easyRead);
  const { t } = texts;
  const loket = channel('gemeenteHeemskerkLoket');
  const p = (key: KeyIn<'accessibilityStatement'>, params?: Record<string, string>) => <p className="utrecht-paragraph">{t(`accessibilityStatement.${key}`, params)}</p>;
  return (
    <LegalPage texts={texts} titleKey="accessibilityStatement.title" onBack={onBack}>
      {() => (
        <>
          {p('intro', { version })}
          <Section title={t('accessibilityStatement.standardTitle')}>{p('standard')}</Section>
          <Section title={t('accessibilityStatement.statusTitle')}>{p('status')}</Section>
          <Section title={t('accessibilityStatement.testedTitle')}>
            {p('testedIntro')}
            <ul>
              {TESTS.map((key) => (
                <li key={key}>{t(`accessibilityStatement.${key}`)}</li>
              ))}
            </ul>
          </Section>
          <Section title={t('accessibilityStatement.limitsTitle')}>{p('limits')}</Section>
          <Section title={t('accessibilityStatement.knownTitle')}>
            <ul>
              {KNOWN.map((key) => (
                <li key={key}>{t(`accessibilityStatement.${key}`)}</li>
              ))}
            </ul>
          </Section>
          <Section title={t('accessibilityStatement.reportTitle')}>
            {p('report', { phone: loket.phone ?? '', address: loket.address ?? '' })}
            {p('complaint')}
          </Section>
          {p('date', { date: formatDate(STATEMENTS_DRAWN_UP_ON, texts.language) })}
        </>
      )}
    </LegalPage>
  );
}
