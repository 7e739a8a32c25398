/**
 * A phone number as a call button of at least 44 px (a plain number at the kiosk, where nothing
 * may lead out of the app), kept left-to-right in a right-to-left language.
 */
import { useTranslation } from 'react-i18next';

export function PhoneNumber({ phone, link }: { phone: string; link: boolean }) {
  const { t } = useTranslation();
  return link ? (
    <a className="call-button ltr" href={`tel:${phone.replace(/\s/g, '')}`}>
      {t('contact.phone')}: {phone}
    </a>
  ) : (
    <p className="utrecht-paragraph">
      {t('contact.phone')}: <span className="ltr">{phone}</span>
    </p>
  );
}
