// The case type the engine bench runs, and the equivalent raw xstate machine.
import { setup } from 'xstate';

export const ticket = {
  id: 'ticket',
  version: 1,
  title: { en: 'Ticket', 'zh-CN': '工单' },
  data: {
    type: 'object',
    required: ['title'],
    properties: {
      title: { type: 'string', maxLength: 100 },
      note: { type: 'string', maxLength: 500 },
    },
  },
  open: { roles: ['grid-worker'] },
  initial: 'open',
  states: {
    open: { title: { en: 'Open' } },
    working: { title: { en: 'Working' } },
    done: { title: { en: 'Done' }, final: true },
  },
  actions: {
    start: {
      title: { en: 'Start' },
      from: 'open',
      to: 'working',
      roles: ['grid-worker'],
      input: {
        type: 'object',
        required: ['note'],
        properties: { note: { type: 'string', minLength: 1, maxLength: 500 } },
      },
      when: { properties: { actor: { properties: { level: { const: 'village' } } } } },
    },
    pause: { title: { en: 'Pause' }, from: 'working', to: 'open', roles: ['grid-worker'] },
    finish: { title: { en: 'Finish' }, from: 'working', to: 'done', roles: ['grid-worker'] },
  },
};

export const org = {
  units: [
    { id: 'county', level: 'county', parent: null },
    { id: 'town', level: 'town', parent: 'county' },
    { id: 'village', level: 'village', parent: 'town' },
    { id: 'grid', level: 'grid', parent: 'village' },
  ],
};
export const worker = { id: 'w', unit: 'village', roles: ['grid-worker'] };

// The equivalent raw machine: the same states and events, a guard on the input.
export const rawMachine = setup({
  guards: { hasNote: ({ event }) => typeof event.note === 'string' && event.note.length > 0 },
}).createMachine({
  id: 'ticket',
  initial: 'open',
  states: {
    open: { on: { start: { target: 'working', guard: 'hasNote' } } },
    working: { on: { pause: { target: 'open' }, finish: { target: 'done' } } },
    done: { type: 'final' },
  },
});
