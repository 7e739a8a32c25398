/**
 * The colophon: the app's version (from package.json at build time), when the figures were last
 * checked and until when they are valid (from the norms), the sources the rules cite, whom to ask
 * about the content, and the licence.
 */
import { channel, norms, normsValidUntil, sources, type LegalSource } from '../rules';
import { formatDate } from '../i18n/format';
import { LegalPage, Section } from './LegalPage';
import { useLegalTexts } from './legalTexts';
import { version } from '../../package.json';

/** The oldest review date of any figure: every figure was checked on or after it. */
export function normsLastCheckedOn(): string {
  return Object.values(norms).reduce((oldest, norm) => (norm.lastCheckedOn < oldest ? norm.lastCheckedOn : oldest), '9999-12-31');
}

type Props = { easyRead: boolean; onBack: () => void };

export default function Colophon({ easyRead, onBack }: Props) {
  const texts = useLegalTexts(easyRead);
  const { t, language } = texts;
  const loket = channel('gemeenteHeemskerkLoket');
  return (
    <LegalPage texts={texts} titleKey="colophon.title" onBack={onBack}>
      {() => (
        <>
          <p className="utrecht-paragraph">{t('colophon.intro')}</p>
          <dl className="colophon-facts">
            <div>
              <dt>{t('colophon.version')}</dt>
              <dd className="ltr" data-version={version}>{version}</dd>
            </div>
            <div>
              <dt>{t('colophon.checked')}</dt>
              <dd>{formatDate(normsLastCheckedOn(), language)}</dd>
            </div>
            <div>
              <dt>{t('colophon.validUntil')}</dt>
              <dd>{formatDate(normsValidUntil(), language)}</dd>
            </div>
          </dl>
          <Section title={t('colophon.sourcesTitle')}>
            <p className="utrecht-paragraph">{t('colophon.sources')}</p>
            <ul className="colophon-sources">
              {Object.entries(sources as Record<string, LegalSource>).map(([id, source]) => (
                <li key={id}>
                  <bdi lang="nl">{source.title}</bdi>
                  {source.url && (
                    <>
                      {' '}
                      <span className="ltr colophon-sources__url">{source.url.replace(/^https:\/\/(www\.)?/, '')}</span>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </Section>
          <Section title={t('colophon.contactTitle')}>
            <p className="utrecht-paragraph">{t('colophon.contact', { phone: loket.phone ?? '', address: loket.address ?? '' })}</p>
          </Section>
          <Section title={t('colophon.licenceTitle')}>
            <p className="utrecht-paragraph">{t('colophon.licence')}</p>
          </Section>
        </>
      )}
    </LegalPage>
  );
}
