// What JSX may write on the three casegrid elements this page uses: their properties and their
// events, taken from the element classes so the typings follow the package.
//
// React 19 passes a prop to a custom element as a property when the element has a property of
// that name (engine, actor, forms, selectedId...): objects arrive as they are, never as
// "[object Object]". Other props become attributes (case-id, class). A prop that starts with
// "on" and holds a function becomes a listener for the rest of its name, as written:
// `oncg-select` listens for "cg-select" (`onCgSelect` would listen for "CgSelect", never fired).
//
// The prop types are named Cg*: inside `declare module 'react'` a name like ProviderProps would
// mean React's own.
import type {
  CgActionErrorEvent,
  CgCaseDetail,
  CgCaseList,
  CgFilterChangeEvent,
  CgPerformedEvent,
  CgProvider,
  CgSelectEvent,
  CgSelectionChangeEvent,
  WorkbenchElement,
} from '@casegrid/elements';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';

/** The standard HTML props (children, className, hidden, aria-*) of an element `E`. */
type HtmlProps<E extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<E>, E>;

/** What every workbench element takes from `<cg-provider>`, or from its own props. */
type WorkbenchProps = Partial<
  Pick<WorkbenchElement, 'engine' | 'store' | 'actor' | 'locale' | 'forms' | 'sync' | 'clock'>
>;

/** `<cg-provider>`: the engine, store, person and language for every element inside it. */
export type CgProviderProps = HtmlProps<CgProvider> &
  Partial<Pick<CgProvider, 'engine' | 'store' | 'actor' | 'locale' | 'forms' | 'sync' | 'clock'>>;

/** `<cg-case-list>`: its properties and events. */
export type CgCaseListProps = HtmlProps<CgCaseList> &
  WorkbenchProps &
  Partial<
    Pick<
      CgCaseList,
      | 'cases'
      | 'filter'
      | 'sort'
      | 'search'
      | 'noToolbar'
      | 'selectable'
      | 'selection'
      | 'selectedId'
      | 'dueSoonHours'
      | 'label'
    >
  > & {
    'oncg-select'?: (event: CgSelectEvent) => void;
    'oncg-filter-change'?: (event: CgFilterChangeEvent) => void;
    'oncg-selection-change'?: (event: CgSelectionChangeEvent) => void;
  };

/** `<cg-case-detail>`: the case (`case-id` attribute or `caseId` property) and its events. */
export type CgCaseDetailProps = HtmlProps<CgCaseDetail> &
  WorkbenchProps &
  Partial<Pick<CgCaseDetail, 'caseId'>> & {
    'case-id'?: string;
    'oncg-performed'?: (event: CgPerformedEvent) => void;
    'oncg-action-error'?: (event: CgActionErrorEvent) => void;
    'oncg-select'?: (event: CgSelectEvent) => void;
  };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'cg-provider': CgProviderProps;
      'cg-case-list': CgCaseListProps;
      'cg-case-detail': CgCaseDetailProps;
    }
  }
}
