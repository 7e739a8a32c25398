/**
 * A phone number as a call button a thumb can hit (44 px), not a blue link inside a sentence; at the
 * kiosk, where nothing may lead out of the app, plain text. The number stays left to right in a
 * right-to-left language.
 */
import { useTranslation } from 'react-i18next';

export function PhoneNumber({ phone, link }: { phone: string; link: boolean }) {
  const { t } = useTranslation();
  return link ? (
    <a className="call-button" href={`tel:${phone.replace(/\s/g, '')}`}>
      {t('formDetails.call')} <span className="ltr phone-number">{phone}</span>
    </a>
  ) : (
    <>
      {t('contact.phone')}: <span className="ltr phone-number">{phone}</span>
    </>
  );
}
