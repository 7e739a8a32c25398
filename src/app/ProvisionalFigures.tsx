/**
 * The footer's list of figures that are not final on the peildatum: budget figures, and figures
 * kept from the previous period because the new ones are not published yet. From a plain
 * constant (validUntil.ts), so the first screen does not load all the figures for it.
 */
import { useTranslation } from 'react-i18next';
import { PROVISIONAL_FIGURES } from '../rules';
import { runtimeKey } from '../i18n/keys';

const KINDS = ['draft', 'carriedForward'] as const;

export function ProvisionalFigures({ peildatum }: { peildatum: string }) {
  const { t, i18n } = useTranslation();
  const inForce = PROVISIONAL_FIGURES.filter((p) => p.validFrom <= peildatum && (p.validTo === undefined || peildatum <= p.validTo));
  const list = (groups: string[]) => new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(groups.map((group) => t(runtimeKey(`provisional.groups.${group}`))));
  return KINDS.map((kind) => {
    const groups = [...new Set(inForce.filter((p) => p.provisional === kind).map((p) => p.group))];
    return groups.length === 0 ? null : (
      <p key={kind} className="utrecht-paragraph" data-provisional={kind}>
        {t(`provisional.footer.${kind}`, { lijst: list(groups) })}
      </p>
    );
  });
}
