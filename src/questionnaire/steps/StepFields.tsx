/**
 * The questions of each step. Follow-up questions appear only when the answer before them makes
 * them relevant (partner's age, children's ages, rent), so nobody reads a question that does not apply.
 */
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ACHTERSTANDEN, getNorm, SOORTEN_UITKERING, VERBLIJFSSTATUSSEN } from '../../rules';
import { Checkbox } from '../../ui/Checkbox';
import { FieldError } from '../../ui/FieldError';
import { INKOMSTENBRONNEN, type Answers } from '../answers';
import { AmountQuestion, ChoiceQuestion, NumberQuestion } from '../fields';
import { Questions } from '../paging';
import { questionLabel } from '../questionLabel';
import { parseWholeNumber } from '../parseAmount';
import { ontvangtAlOpties } from '../answersToHousehold';
import {
  asksLaagInkomenSinds,
  asksMedischUrenbeperkt,
  asksOndernemerBijInkomen,
  asksOndernemerVooraf,
  asksSoortUitkering,
  asksStoptMetBedrijf,
  asksStudiefinanciering,
  asksWerkEnStudie,
  asksWerkloosNa50,
  type StepId,
} from '../steps';
import { useFieldError } from '../useFieldError';

const YES_NO = ['ja', 'nee'] as const;
const YES_NO_PRIVATE = ['ja', 'nee', 'zegIkLiever'] as const;

function Huishouden() {
  const { watch } = useFormContext();
  return (
    <Questions
      items={[
        <ChoiceQuestion key="leefvorm" name="leefvorm" options={['alleen', 'samen']} />,
        <NumberQuestion key="leeftijd" name="leeftijd" />,
        watch('leefvorm') === 'samen' && <NumberQuestion key="partnerLeeftijd" name="partnerLeeftijd" />,
      ]}
    />
  );
}

const VERBLIJF_OPTIONS = [...VERBLIJFSSTATUSSEN, 'zegIkLiever'] as const;

/** Residence status: asked gently, with "I'd rather not say" as a full answer. */
function Verblijf({ answers }: { answers: Answers }) {
  return (
    <Questions
      items={[
        <ChoiceQuestion key="verblijfsstatus" name="verblijfsstatus" options={VERBLIJF_OPTIONS} optionPrefix="verblijf.options" />,
        answers.leefvorm === 'samen' && (
          <ChoiceQuestion key="partnerVerblijfsstatus" name="partnerVerblijfsstatus" options={VERBLIJF_OPTIONS} optionPrefix="verblijf.options" />
        ),
      ]}
    />
  );
}

/** Which of the toeslagen that can apply to this household it already receives. */
function OntvangtAl({ answers, peildatum }: { answers: Answers; peildatum: string }) {
  const { t } = useTranslation();
  const { register } = useFormContext();
  const error = useFieldError('ontvangtAl');
  const opties = ontvangtAlOpties(answers, peildatum) ?? [];
  return (
    <Questions
      items={[
        <fieldset
          key="ontvangtAl"
          id="q-ontvangtAl"
          className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${error ? ' utrecht-form-fieldset--invalid' : ''}`}
          aria-describedby="q-ontvangtAl-hint"
        >
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('questions.ontvangtAl.label')}</legend>
          <div id="q-ontvangtAl-hint" className="utrecht-form-field-description">
            {t('questions.ontvangtAl.hint')}
          </div>
          <FieldError id="q-ontvangtAl-error" messageKey={error} />
          {opties.map((id) => (
            <Checkbox key={id} id={`q-ontvangtAl-${id}`} value={id} label={t(`schemes.${id}.name`)} lang="nl" registration={register('ontvangtAl')} />
          ))}
          <Checkbox id="q-ontvangtAl-geen" value="geen" label={t('alOntvangen.geen')} registration={register('ontvangtAl')} />
        </fieldset>,
      ]}
    />
  );
}

function Kinderen() {
  const { watch } = useFormContext();
  const aantal = parseWholeNumber(watch('aantalKinderen') ?? '');
  const shown = aantal.ok ? Math.min(aantal.value, 10) : 0;
  return (
    <Questions
      items={[
        <NumberQuestion key="aantalKinderen" name="aantalKinderen" />,
        ...Array.from({ length: shown }, (_, i) => (
          <NumberQuestion key={`kinderLeeftijden.${i}`} name={`kinderLeeftijden.${i}`} question="kindLeeftijd" params={{ nummer: i + 1 }} />
        )),
        shown > 0 && <ChoiceQuestion key="kinderopvang" name="kinderopvang" options={YES_NO} />,
      ]}
    />
  );
}

function WerkEnStudie({ answers, peildatum }: { answers: Answers; peildatum: string }) {
  const { watch } = useFormContext();
  const current: Answers = { ...answers, ondernemer: watch('ondernemer'), studiefinanciering: watch('studiefinanciering') };
  return (
    <Questions
      items={[
        asksOndernemerVooraf(current, peildatum) && <ChoiceQuestion key="ondernemer" name="ondernemer" options={YES_NO} />,
        asksStoptMetBedrijf(current, peildatum) && <ChoiceQuestion key="stoptMetBedrijf" name="stoptMetBedrijf" options={YES_NO} />,
        asksWerkloosNa50(current, peildatum) && <ChoiceQuestion key="werkloosNa50" name="werkloosNa50" options={YES_NO} />,
        asksStudiefinanciering(current, peildatum) && <ChoiceQuestion key="studiefinanciering" name="studiefinanciering" options={YES_NO} />,
        asksStudiefinanciering(current, peildatum) && current.studiefinanciering === 'ja' && <ChoiceQuestion key="studieBeperking" name="studieBeperking" options={YES_NO} />,
        <ChoiceQuestion key="arbeidsbeperking" name="arbeidsbeperking" options={YES_NO_PRIVATE} />,
      ]}
    />
  );
}

function Inkomen({ answers, peildatum }: { answers: Answers; peildatum: string }) {
  const { t } = useTranslation();
  const { register, watch } = useFormContext();
  const chosen: unknown = watch('inkomstenbronnen');
  // react-hook-form reports a checkbox group with nothing ticked as false rather than [].
  const bronnen: string[] = Array.isArray(chosen) ? chosen : [];
  const error = useFieldError('inkomstenbronnen');
  const current: Answers = { ...answers, inkomstenbronnen: bronnen as Answers['inkomstenbronnen'], ontvangtBijstand: watch('ontvangtBijstand'), ondernemer: watch('ondernemer') };
  return (
    <Questions
      items={[
        <fieldset
          key="inkomstenbronnen"
          id="q-inkomstenbronnen"
          className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${error ? ' utrecht-form-fieldset--invalid' : ''}`}
          aria-describedby="q-inkomstenbronnen-hint"
        >
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('questions.inkomstenbronnen.label')}</legend>
          <div id="q-inkomstenbronnen-hint" className="utrecht-form-field-description">
            {t(answers.leefvorm === 'samen' ? 'questions.inkomstenbronnen.hintSamen' : 'questions.inkomstenbronnen.hint')}
          </div>
          <FieldError id="q-inkomstenbronnen-error" messageKey={error} />
          {[...INKOMSTENBRONNEN, 'geen' as const].map((bron) => (
            <Checkbox key={bron} id={`q-bron-${bron}`} value={bron} label={t(`options.bron.${bron}`)} registration={register('inkomstenbronnen')} />
          ))}
        </fieldset>,
        ...INKOMSTENBRONNEN.filter((bron) => bronnen.includes(bron)).map((bron) => (
          <AmountQuestion key={`inkomen.${bron}`} name={`inkomen.${bron}`} unknownName={`inkomenOnbekend.${bron}`} question={`inkomen.${bron}`} />
        )),
        // From AOW age: is the work income profit? Asked before the gross income, whose volunteer hint it changes.
        asksOndernemerBijInkomen(current, peildatum) && <ChoiceQuestion key="ondernemer" name="ondernemer" question="ondernemerWerk" options={YES_NO} />,
        bronnen.some((bron) => bron !== 'geen') && (
          <AmountQuestion key="toetsingsinkomen" name="toetsingsinkomen" unknownName="toetsingsinkomenOnbekend" labelKey={questionLabel('toetsingsinkomen', answers, peildatum).key} />
        ),
        bronnen.includes('uitkering') && <ChoiceQuestion key="ontvangtBijstand" name="ontvangtBijstand" options={YES_NO} />,
        asksSoortUitkering(current) && <ChoiceQuestion key="soortUitkering" name="soortUitkering" options={[...SOORTEN_UITKERING, 'weetNiet']} optionPrefix="options.soortUitkering" />,
        !asksWerkEnStudie(answers, peildatum) && <ChoiceQuestion key="arbeidsbeperking" name="arbeidsbeperking" options={YES_NO_PRIVATE} />,
        asksMedischUrenbeperkt(current, peildatum) && <ChoiceQuestion key="medischUrenbeperkt" name="medischUrenbeperkt" options={['ja', 'nee', 'weetNiet']} />,
        asksLaagInkomenSinds(answers, peildatum) && <ChoiceQuestion key="laagInkomenSinds" name="laagInkomenSinds" options={['lang', 'kort', 'weetNiet']} />,
      ]}
    />
  );
}

function Wonen() {
  const { watch } = useFormContext();
  return (
    <Questions
      items={[
        <ChoiceQuestion key="woonsituatie" name="woonsituatie" options={['huur', 'koop', 'inwonend', 'anders']} />,
        watch('woonsituatie') === 'huur' && <AmountQuestion key="huur" name="huur" unknownName="huurOnbekend" />,
      ]}
    />
  );
}

function Geldzaken() {
  const { t } = useTranslation();
  const { register, watch } = useFormContext();
  return (
    <Questions
      items={[
        <ChoiceQuestion key="dreigtOntruimingOfAfsluiting" name="dreigtOntruimingOfAfsluiting" options={YES_NO_PRIVATE} />,
        <ChoiceQuestion key="geldVoorEten" name="geldVoorEten" options={YES_NO_PRIVATE} />,
        <ChoiceQuestion key="betalingsachterstanden" name="betalingsachterstanden" options={YES_NO_PRIVATE} />,
        watch('betalingsachterstanden') === 'ja' && (
          <fieldset key="achterstandOp" id="q-achterstandOp" className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset" aria-describedby="q-achterstandOp-hint">
            <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('questions.achterstandOp.label')}</legend>
            <div id="q-achterstandOp-hint" className="utrecht-form-field-description">
              {t('questions.achterstandOp.hint')}
            </div>
            {ACHTERSTANDEN.map((op) => (
              <Checkbox key={op} id={`q-achterstand-${op}`} value={op} label={t(`options.achterstand.${op}`)} registration={register('achterstandOp')} />
            ))}
          </fieldset>
        ),
        <ChoiceQuestion key="schulden" name="schulden" options={YES_NO_PRIVATE} />,
        watch('schulden') === 'ja' && <ChoiceQuestion key="afbetaalbaarBinnenTermijn" name="afbetaalbaarBinnenTermijn" options={['ja', 'nee', 'weetNiet']} />,
        <ChoiceQuestion key="deurwaarder" name="deurwaarder" options={YES_NO_PRIVATE} />,
        <ChoiceQuestion key="inkomenLagerDanVasteLasten" name="inkomenLagerDanVasteLasten" options={['ja', 'nee', 'weetNiet']} />,
        <ChoiceQuestion key="wilHulpBijGeldzaken" name="wilHulpBijGeldzaken" options={YES_NO_PRIVATE} />,
      ]}
    />
  );
}

export function StepFields({ stepId, answers, peildatum }: { stepId: StepId; answers: Answers; peildatum: string }) {
  switch (stepId) {
    case 'woonplaats':
      return <Questions items={[<ChoiceQuestion key="woonplaats" name="woonplaats" options={['heemskerk', 'elders']} />]} />;
    case 'huishouden':
      return <Huishouden />;
    case 'verblijf':
      return <Verblijf answers={answers} />;
    case 'kinderen':
      return <Kinderen />;
    case 'medebewoners':
      return <Questions items={[<NumberQuestion key="kostendelers" name="kostendelers" params={{ leeftijd: getNorm('kostendelersnorm.minimumleeftijd', peildatum).value }} />]} />;
    case 'werkEnStudie':
      return <WerkEnStudie answers={answers} peildatum={peildatum} />;
    case 'inkomen':
      return <Inkomen answers={answers} peildatum={peildatum} />;
    case 'vermogen':
      return <Questions items={[<AmountQuestion key="vermogen" name="vermogen" unknownName="vermogenOnbekend" />]} />;
    case 'wonen':
      return <Wonen />;
    case 'geldzaken':
      return <Geldzaken />;
    case 'ontvangtAl':
      return <OntvangtAl answers={answers} peildatum={peildatum} />;
  }
}
