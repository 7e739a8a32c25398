import { useTranslation } from 'react-i18next';
import { runtimeKey } from '../i18n/keys';

/** A translated validation message tied to its field with aria-describedby; the key comes from zod. */
export function FieldError({ id, messageKey }: { id: string; messageKey?: string | undefined }) {
  const { t } = useTranslation();
  if (!messageKey) return null;
  return (
    <p id={id} className="utrecht-form-field-error-message">
      {t(runtimeKey(messageKey))}
    </p>
  );
}
