import type { WidgetDefinition } from '../widget.js';
import { choiceWidgets } from './choice.js';
import { inputWidgets } from './input.js';
import { location } from './location.js';
import { orgUnit } from './org-unit.js';
import { textarea } from './textarea.js';

/** The widgets every form has, by name. */
export const builtinWidgets: Readonly<Record<string, WidgetDefinition>> = {
  ...inputWidgets,
  ...choiceWidgets,
  textarea,
  'org-unit': orgUnit,
  location,
};
