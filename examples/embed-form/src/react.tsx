// <cg-case-form> in a React 19 component. React 19 sets a prop on a custom element as a property
// when the element has one (schema, uiSchema, validator, value...), and turns a prop that starts
// with "on" and holds a function into addEventListener for the rest of the name, as written:
// `oncg-submit` listens for "cg-submit" (`onCg-submit` would listen for "Cg-submit").
import '@casegrid/elements/define'; // before the first render, so React sees the properties
import type {
  CaseForm,
  CgInputEvent,
  CgInvalidEvent,
  CgSubmitEvent,
  OrgUnitOption,
} from '@casegrid/elements';
import type { JsonSchema, Locale, UiSchema, Validator } from '@casegrid/schema/form';
import { type DetailedHTMLProps, type HTMLAttributes, StrictMode, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { org } from './org.js';
import { reportSchema, reportUi } from './report-form.js';
import { validators } from './validators.js';

/** What JSX may set on <cg-case-form>: its properties and its events. */
interface CaseFormProps extends DetailedHTMLProps<HTMLAttributes<CaseForm>, CaseForm> {
  schema?: JsonSchema;
  uiSchema?: UiSchema;
  validator?: Validator;
  value?: unknown;
  orgUnits?: readonly OrgUnitOption[];
  locale?: Locale;
  readonly?: boolean;
  disabled?: boolean;
  noSubmit?: boolean;
  submitLabel?: string;
  name?: string;
  now?: Date;
  'oncg-input'?: (event: CgInputEvent) => void;
  'oncg-submit'?: (event: CgSubmitEvent) => void;
  'oncg-invalid'?: (event: CgInvalidEvent) => void;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'cg-case-form': CaseFormProps;
    }
  }
}

// Module-level constants: a new object on every render would rebuild the form each time.
const initial = { urgent: true };

function ServiceRequest({ locale }: { locale: Locale }) {
  const form = useRef<CaseForm>(null);
  const [sent, setSent] = useState<unknown>();
  const [problems, setProblems] = useState(0);
  return (
    <section>
      <cg-case-form
        ref={form}
        schema={reportSchema}
        uiSchema={reportUi}
        validator={validators.report}
        orgUnits={org.units}
        value={initial}
        locale={locale}
        oncg-submit={(event) => {
          setProblems(0);
          setSent(event.detail);
        }}
        oncg-invalid={(event) => setProblems(event.detail.length)}
      />
      <button type="button" onClick={() => form.current?.reset()}>
        {locale === 'en' ? 'Start again' : '重新填写'}
      </button>
      {problems > 0 && <p role="status">{problems} ✗</p>}
      {sent !== undefined && <pre>{JSON.stringify(sent, null, 2)}</pre>}
    </section>
  );
}

function App() {
  const [locale, setLocale] = useState<Locale>('zh-CN');
  return (
    <main lang={locale}>
      <button type="button" onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}>
        {locale === 'en' ? '中文' : 'English'}
      </button>
      <ServiceRequest locale={locale} />
    </main>
  );
}

const root = document.getElementById('root');
if (root === null) throw new Error('react.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
