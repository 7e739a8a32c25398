/**
 * The printable A4 summary: the schemes to apply for, what to collect (as a checklist), where to
 * go and whom to call. In the inhabitant's language beside Dutch, for the counter. Made on the
 * device by the print stylesheet; hidden on screen.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { channel, schemes, type ChannelId, type Outcome } from '../rules';
import { formatDate } from '../i18n/format';
import { directionOf } from '../i18n/languages';
import { version } from '../../package.json';
import { runtimeKey } from '../i18n/keys';

const GENERAL_CONTACTS: readonly ChannelId[] = ['gemeenteHeemskerkLoket', 'metHeemskerk'];

type ColumnProps = { t: TFunction; language: string; outcomes: readonly Outcome[]; peildatum: string; urgentContacts: readonly ChannelId[] };

const contactLine = (t: TFunction, id: ChannelId) => [t(`channels.${id}.label`), channel(id).phone, channel(id).address].filter(Boolean).join(' · ');

function Column({ t, language, outcomes, peildatum, urgentContacts }: ColumnProps) {
  const toApply = outcomes.filter((o) => o.verdict !== 'unlikely');
  return (
    // Each column runs in its own direction: the Dutch beside Persian or Arabic stays left to right.
    <section className="print-summary__column" lang={language} dir={directionOf(language)}>
      <h2>{t('print.title')}</h2>
      <p>{t('print.date', { datum: formatDate(peildatum, language) })}</p>
      {urgentContacts.length > 0 && (
        <div className="print-summary__urgent">
          <h3>{t('triage.levels.urgent.title')}</h3>
          <p>{t('triage.levels.urgent.intro')}</p>
          <ul>
            {urgentContacts.map((id) => (
              <li key={id}>{contactLine(t, id)}</li>
            ))}
          </ul>
        </div>
      )}
      <p>{t('results.indication', { datum: formatDate(peildatum, language) })}</p>
      {toApply.map((outcome) => {
        const scheme = schemes.find((s) => s.id === outcome.schemeId)!;
        return (
          <div className="print-summary__scheme" key={scheme.id}>
            <h3>
              <span lang="nl">{t(runtimeKey(`schemes.${scheme.id}.name`))}</span> — {t(runtimeKey(`verdicts.${outcome.kind}.${outcome.verdict}`))}
            </h3>
            <p>{t(runtimeKey(`schemes.${scheme.id}.apply`))}</p>
            <ul className="print-summary__checklist">
              {scheme.toBring.map((document) => (
                <li key={document}>☐ {t(`documents.${document}`)}</li>
              ))}
            </ul>
            <p>
              {scheme.applyAt
                .map((id) => [t(`channels.${id}.label`), channel(id).phone].filter(Boolean).join(': '))
                .join(' · ')}
            </p>
          </div>
        );
      })}
      <h3>{t('print.contacts')}</h3>
      <ul>
        {GENERAL_CONTACTS.map((id) => (
          <li key={id}>{contactLine(t, id)}</li>
        ))}
      </ul>
      <p className="print-summary__version">{t('legalPages.printVersion', { version })}</p>
    </section>
  );
}

type Props = { outcomes: readonly Outcome[]; peildatum: string; urgentContacts: readonly ChannelId[] };

export function PrintSummary({ outcomes, peildatum, urgentContacts }: Props) {
  const { i18n } = useTranslation();
  const languages = i18n.language === 'nl' ? ['nl'] : [i18n.language, 'nl'];
  return (
    <div className="print-summary" aria-hidden="true">
      {languages.map((language) => (
        <Column key={language} t={i18n.getFixedT(language)} language={language} outcomes={outcomes} peildatum={peildatum} urgentContacts={urgentContacts} />
      ))}
    </div>
  );
}
