import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { defineWidget } from '../../src/index.js';
import { all, axeViolations, cleanup, control, errorOf, mountForm } from '../fixture.js';
import { rating } from './rating.js';

defineWidget('rating', rating);
afterEach(cleanup);

const visit = {
  type: 'object',
  required: ['satisfaction'],
  properties: {
    satisfaction: {
      title: '满意度',
      type: 'integer',
      minimum: 1,
      maximum: 5,
      'x-widget': 'rating',
    },
  },
} as const;

describe('rating widget', () => {
  it('adds its own styles to the form it is used in', async () => {
    const form = await mountForm({ schema: visit });
    const stars = all(form, '.stars')[0] as HTMLElement;
    expect(getComputedStyle(stars).color).toBe('rgb(183, 121, 31)');
  });

  it('has no axe violations, with and without an error shown', async () => {
    const form = await mountForm({ schema: visit });
    expect(await axeViolations(form)).toEqual([]);
    form.validate();
    await form.updateComplete;
    expect(await axeViolations(form)).toEqual([]);
  });

  it('is chosen with the keyboard alone and stores an integer', async () => {
    const form = await mountForm({ schema: visit });
    control(form, '/satisfaction').focus();
    await userEvent.keyboard(' '); // checks the first star
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(form.value).toEqual({ satisfaction: 3 });
  });

  it('shows its error after blur, linked by aria-describedby', async () => {
    const form = await mountForm({ schema: visit });
    control(form, '/satisfaction').focus();
    await userEvent.tab();
    await form.updateComplete;
    expect(errorOf(form, '/satisfaction')).toBe('请填写“满意度”');
    const group = all(form, 'fieldset[part~="field"]')[0];
    expect(group?.getAttribute('aria-describedby')).toContain('-error');
  });
});
