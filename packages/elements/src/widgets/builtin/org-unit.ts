import type { Locale } from '@casegrid/schema/form';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { isMessageKey, message } from '../../internal/messages.js';
import type { OrgUnitOption, WidgetContext, WidgetDefinition } from '../widget.js';

function unitTitle(unit: OrgUnitOption, locale: Locale): string {
  const { title } = unit;
  if (typeof title === 'string') return title;
  return title?.[locale] ?? title?.['zh-CN'] ?? title?.en ?? unit.id;
}

function levelName(level: string, locale: Locale): string {
  return isMessageKey(level) ? message(locale, level) : level;
}

/** The units from `top` (exclusive of its parent) down to `id`, or `[]` when `id` is unknown. */
function chainTo(id: unknown, byId: ReadonlyMap<string, OrgUnitOption>, top: string | null) {
  const chain: OrgUnitOption[] = [];
  let current = typeof id === 'string' ? byId.get(id) : undefined;
  while (current !== undefined) {
    chain.unshift(current);
    if (current.id === top) break;
    current = current.parent === null ? undefined : byId.get(current.parent);
  }
  return chain;
}

/**
 * An org-unit picker: one select per level (county → town → village → grid), each listing the
 * units under the choice above it. The value is the id of the lowest unit chosen. `options.root`
 * limits the tree to one unit and those below it; `options.departments: true` lists departments.
 */
export const orgUnit: WidgetDefinition = {
  group: true,
  render: (context: WidgetContext) => {
    const options = context.field.ui.options ?? {};
    const root = typeof options.root === 'string' ? options.root : null;
    const departments = options.departments === true;
    const units = context.orgUnits.filter(
      (unit) => departments || (unit.kind ?? 'area') === 'area',
    );
    const byId = new Map(units.map((unit) => [unit.id, unit]));
    const childrenOf = (parent: string | null) =>
      units.filter((unit) =>
        parent === null
          ? root === null
            ? unit.parent === null
            : unit.id === root
          : unit.parent === parent,
      );
    const chain = chainTo(context.value, byId, root);
    const levels: { parent: string | null; chosen: OrgUnitOption | undefined }[] = [];
    for (let depth = 0; ; depth++) {
      const parent = depth === 0 ? null : (chain[depth - 1]?.id ?? null);
      if (depth > 0 && parent === null) break;
      if (childrenOf(parent).length === 0) break;
      levels.push({ parent, chosen: chain[depth] });
    }
    return html`<div part="org-unit" class="cascade">
      ${levels.map(({ parent, chosen }, depth) => {
        const choices = childrenOf(parent);
        const level = choices[0]?.level ?? '';
        const id = depth === 0 ? context.id : `${context.id}-${depth}`;
        return html`<label class="cascade-level" part="choice">
          <span class="sub-label">${levelName(level, context.locale)}</span>
          <select
            part="control select"
            id=${id}
            aria-invalid=${context.invalid ? 'true' : 'false'}
            aria-describedby=${ifDefined(depth === 0 ? context.describedBy : undefined)}
            ?disabled=${context.disabled || context.readOnly}
            @change=${(event: Event) => {
              const picked = (event.target as HTMLSelectElement).value;
              context.set(picked === '' ? (parent ?? undefined) : picked);
            }}
            @blur=${() => context.touch()}
          >
            <option value="" ?selected=${chosen === undefined}>${context.text('choose')}</option>
            ${choices.map(
              (unit) =>
                html`<option value=${unit.id} ?selected=${unit.id === chosen?.id}>
                  ${unitTitle(unit, context.locale)}
                </option>`,
            )}
          </select>
        </label>`;
      })}
    </div>`;
  },
};
