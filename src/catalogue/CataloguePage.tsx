/**
 * "Alle regelingen": every scheme in the check, who it is for and how to apply, generated from the
 * scheme modules themselves, so the list can never drift from the rules. Usable without the check.
 */
import { useTranslation } from 'react-i18next';
import { getNorm, schemes, type Scheme } from '../rules';
import { formatParams } from '../i18n/format';
import { useMode } from '../modes/ModeContext';
import { HowToApply } from '../ui/HowToApply';
import { runtimeKey } from '../i18n/keys';
import { SchemeName } from '../ui/SchemeName';

const GROUPS = [
  { id: 'gemeente', matches: (s: Scheme) => s.kind === 'regeling' && s.level === 'gemeente' },
  { id: 'rijk', matches: (s: Scheme) => s.kind === 'regeling' && s.level !== 'gemeente' },
  { id: 'hulp', matches: (s: Scheme) => s.kind === 'hulp' },
] as const;

function CatalogueEntry({ scheme, peildatum }: { scheme: Scheme; peildatum: string }) {
  const { t, i18n } = useTranslation();
  const { phoneLinks } = useMode();
  const context = { peildatum, norm: (id: Parameters<typeof getNorm>[0]) => getNorm(id, peildatum) };
  const who = scheme.conditions.flatMap((condition) => (condition.describe ? [condition.describe(context)] : []));
  return (
    <li className="scheme-card" aria-labelledby={`catalogue-${scheme.id}`}>
      <h3 className="utrecht-heading-3" id={`catalogue-${scheme.id}`}>
        <SchemeName id={scheme.id} />
      </h3>
      <p className="utrecht-paragraph">{t(runtimeKey(`schemes.${scheme.id}.summary`))}</p>
      {who.length > 0 && (
        <>
          <p className="utrecht-paragraph">
            <strong>{t('catalogue.who')}</strong>
          </p>
          <ul>
            {who.map((line) => (
              <li key={line.key}>{t(runtimeKey(line.key), formatParams(line.params ?? {}, i18n.language, (key, values) => t(runtimeKey(key), values)))}</li>
            ))}
          </ul>
        </>
      )}
      <HowToApply scheme={scheme} phoneLinks={phoneLinks} />
    </li>
  );
}

export default function CataloguePage({ peildatum, onStart }: { peildatum: string; onStart: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <h1 className="utrecht-heading-1" tabIndex={-1}>
        {t('catalogue.title')}
      </h1>
      <p className="utrecht-paragraph">{t('catalogue.intro')}</p>
      {GROUPS.map((group) => (
        <section key={group.id} aria-labelledby={`group-${group.id}`}>
          <h2 className="utrecht-heading-2" id={`group-${group.id}`}>
            {t(`catalogue.groups.${group.id}`)}
          </h2>
          <ul className="scheme-list">
            {schemes.filter(group.matches).map((scheme) => (
              <CatalogueEntry key={scheme.id} scheme={scheme} peildatum={peildatum} />
            ))}
          </ul>
        </section>
      ))}
      <div className="actions">
        <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={onStart}>
          {t('catalogue.start')}
        </button>
      </div>
    </>
  );
}
