/**
 * The careful, optional question "who decides about money at home?" on the money-worries page.
 * Its answer stays in this component's memory only (never in the answers, storage, QR code or
 * print-out); when it points to financial control, Veilig Thuis and the municipality's help are
 * shown, without judgement, next to a quick exit.
 */
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMode } from '../modes/ModeContext';
import { hulpBijGeldbeslissingen, WIE_BESLIST, type WieBeslist } from '../rules';
import { ContactList } from '../ui/ContactList';
import { QuickExit } from '../ui/QuickExit';
import { RadioGroup } from '../ui/RadioGroup';

export function WieBeslistOverGeld({ onQuickExit }: { onQuickExit: () => void }) {
  const { t } = useTranslation();
  const { phoneLinks } = useMode();
  const { register, watch } = useForm<{ wieBeslist: WieBeslist | null }>({ defaultValues: { wieBeslist: null } });
  const hulp = hulpBijGeldbeslissingen(watch('wieBeslist'));
  return (
    <section className="geld-thuis" aria-labelledby="geld-thuis-title" data-geld-thuis>
      <QuickExit onExit={onQuickExit} />
      <h2 className="utrecht-heading-2" id="geld-thuis-title">
        {t('geldThuis.title')}
      </h2>
      <form onSubmit={(event) => event.preventDefault()} autoComplete="off">
        <RadioGroup
          id="wieBeslist"
          legend={t('geldThuis.question')}
          description={t('geldThuis.hint')}
          options={WIE_BESLIST.map((value) => ({ value, label: t(`geldThuis.options.${value}`) }))}
          registration={register('wieBeslist')}
        />
      </form>
      <div aria-live="polite">
        {hulp.length > 0 && (
          <div className="callout" data-geld-thuis-hulp>
            <p className="utrecht-paragraph">{t('geldThuis.support.intro')}</p>
            <p className="utrecht-paragraph">{t('geldThuis.support.youDecide')}</p>
            <ContactList channelIds={hulp} phoneLinks={phoneLinks} />
          </div>
        )}
      </div>
    </section>
  );
}
