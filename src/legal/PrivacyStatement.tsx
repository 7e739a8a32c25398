/**
 * The privacy statement in plain words: nothing is sent, what stays on this device in each mode
 * and for how long, what a device set up by staff remembers, what the take-home QR code holds,
 * and how to erase it. The list of what is stored comes from STORED_ITEMS, which an end-to-end
 * test compares with what the app writes.
 * In easy-read only the mode in use is described.
 */
import { useTranslation } from 'react-i18next';
import { useMode } from '../modes/ModeContext';
import { MODES, type Mode } from '../modes/modes';
import { channel } from '../rules';
import { formatDate } from '../i18n/format';
import { STORED_ITEMS, type StoredItem } from '../storage/storedItems';
import { LegalPage, Section } from './LegalPage';
import { STATEMENTS_DRAWN_UP_ON, useLegalTexts, type KeyIn, type LegalTexts } from './legalTexts';

const MODE_TEXTS: Record<Mode['id'], { title: KeyIn<'privacyStatement'>; text: KeyIn<'privacyStatement'> }> = {
  inwoner: { title: 'modeInwonerTitle', text: 'modeInwoner' },
  kiosk: { title: 'modeKioskTitle', text: 'modeKiosk' },
  vrijwilliger: { title: 'modeVrijwilligerTitle', text: 'modeVrijwilliger' },
};

function ItemList({ t, items }: { t: LegalTexts['t']; items: readonly StoredItem[] }) {
  return (
    <ul>
      {items.map((item) => (
        <li key={`${item.where}:${item.key}`} data-stored-key={item.key} data-stored-where={item.where}>
          {t(`privacyStatement.items.${item.id}`)} ({t(`privacyStatement.where.${item.where}`)}: <code className="ltr">{item.key}</code>)
        </li>
      ))}
    </ul>
  );
}

type Props = { easyRead: boolean; onBack: () => void };

export default function PrivacyStatement({ easyRead, onBack }: Props) {
  const texts = useLegalTexts(easyRead);
  const { t } = texts;
  const app = useTranslation().t;
  const current = useMode();
  const buttons = { clearButton: app('app.clear'), finishButton: app('kiosk.finish'), nextPersonButton: app('deviceMode.nextPerson') };
  const volunteerIdle = { ...buttons, minutes: String(MODES.vrijwilliger.idleResetAfterMs / 60_000) };
  const p = (key: KeyIn<'privacyStatement'>, params?: Record<string, string>) => <p className="utrecht-paragraph">{t(`privacyStatement.${key}`, params)}</p>;
  const modes = easyRead ? [current.id] : (Object.keys(MODE_TEXTS) as Mode['id'][]);
  return (
    <LegalPage texts={texts} titleKey="privacyStatement.title" onBack={onBack}>
      {() => (
        <>
          {p('intro')}
          <Section title={t('privacyStatement.sendTitle')}>{p('send')}</Section>
          <Section title={t('privacyStatement.keepTitle')}>
            {modes.map((id) => {
              const stored = STORED_ITEMS.filter((item) => item.id !== 'mode' && item.modes.includes(id));
              return (
                <section key={id} data-mode={id}>
                  <h3 className="utrecht-heading-3">{t(`privacyStatement.${MODE_TEXTS[id].title}`)}</h3>
                  {p(MODE_TEXTS[id].text, id === 'vrijwilliger' ? volunteerIdle : buttons)}
                  {stored.length > 0 && <ItemList t={t} items={stored} />}
                </section>
              );
            })}
            {p('modeSetting')}
            <ItemList t={t} items={STORED_ITEMS.filter((item) => item.id === 'mode')} />
            {p('files')}
          </Section>
          <Section title={t('privacyStatement.qrTitle')}>{p('qr')}</Section>
          <Section title={t('privacyStatement.eraseTitle')}>{p('erase', buttons)}</Section>
          <Section title={t('privacyStatement.questionsTitle')}>{p('questions', { phone: channel('gemeenteHeemskerkLoket').phone ?? '' })}</Section>
          {p('date', { date: formatDate(STATEMENTS_DRAWN_UP_ON, texts.language) })}
        </>
      )}
    </LegalPage>
  );
}
