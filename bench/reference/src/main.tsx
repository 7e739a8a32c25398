/**
 * The bench's reference app (scripts/bench.mjs): the least an app on this stack can be. React
 * rendered on the client, i18next, one react-hook-form form checked with zod/mini, and a service
 * worker from vite-plugin-pwa; no prerendering. The Rondkomen-check's load is compared with it.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import i18n from 'i18next';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useForm } from 'react-hook-form';
import { initReactI18next, useTranslation } from 'react-i18next';
import { registerSW } from 'virtual:pwa-register';
import * as z from 'zod/mini';
import './style.css';

const nl = {
  title: 'Hoe oud bent u?',
  intro: 'Vul uw leeftijd in. Uw antwoord blijft op dit apparaat.',
  age: 'Leeftijd',
  next: 'Volgende',
  wrong: 'Vul een leeftijd in van 0 tot 120.',
  thanks: 'Dank u.',
};

const schema = z.object({ age: z.coerce.number().check(z.int(), z.minimum(0, 'wrong'), z.maximum(120, 'wrong')) });

function App() {
  const { t } = useTranslation();
  const { register, handleSubmit, formState } = useForm({ resolver: zodResolver(schema), defaultValues: { age: '' as unknown as number } });
  const error = formState.errors.age?.message;
  return (
    <main>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <form noValidate onSubmit={handleSubmit(() => alert(t('thanks')))}>
        <label htmlFor="age">{t('age')}</label>
        <input id="age" inputMode="numeric" aria-invalid={error ? true : undefined} {...register('age')} />
        {error && <p role="alert">{t('wrong')}</p>}
        <button type="submit">{t('next')}</button>
      </form>
    </main>
  );
}

void i18n
  .use(initReactI18next)
  .init({ lng: 'nl', resources: { nl: { translation: nl } }, interpolation: { escapeValue: false } })
  .then(() => {
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
    registerSW({ immediate: true });
  });
