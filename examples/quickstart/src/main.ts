// The engine in one file: a county defines a case type as data, opens a case, acts on it,
// and lets a deadline escalate it. Run it with `npm run check:example` in this folder.
import {
  type Actor,
  type CaseTypeDefinition,
  createEngine,
  type DefinitionData,
  defineCaseType,
  isCaseGridError,
  memoryStore,
} from '@casegrid/core';

const noise = {
  id: 'noise',
  version: 1,
  title: { 'zh-CN': '噪音投诉', en: 'Noise complaint' },
  data: {
    type: 'object',
    required: ['place', 'summary'],
    properties: {
      place: { title: '地点', type: 'string', minLength: 2, maxLength: 100 },
      summary: { title: '情况', type: 'string', minLength: 2, maxLength: 500 },
      outcome: { title: '处理结果', type: 'string', maxLength: 500 },
    },
  },
  open: { roles: ['grid-worker'], handlingLevel: 'village' },
  initial: 'reported',
  states: {
    reported: {
      title: { 'zh-CN': '已上报', en: 'Reported' },
      deadline: { within: 'PT4H', then: 'escalate' },
    },
    handling: {
      title: { 'zh-CN': '处理中', en: 'Handling' },
      deadline: { within: 'P2D', then: 'overdue' },
    },
    closed: { title: { 'zh-CN': '已办结', en: 'Closed' }, final: true },
  },
  actions: {
    accept: {
      title: { 'zh-CN': '受理', en: 'Accept' },
      from: 'reported',
      to: 'handling',
      roles: ['grid-worker', 'centre-director'],
      assign: 'actor',
    },
    close: {
      title: { 'zh-CN': '办结', en: 'Close' },
      from: 'handling',
      to: 'closed',
      roles: ['grid-worker', 'centre-director'],
      input: {
        type: 'object',
        required: ['outcome'],
        properties: { outcome: { type: 'string', minLength: 2, maxLength: 500 } },
      },
      update: { outcome: '/input/outcome' },
    },
  },
} as const satisfies CaseTypeDefinition;

// The case data is typed from the schema.
type NoiseData = DefinitionData<typeof noise>;
const data: NoiseData = { place: '东一村广场', summary: '夜间广场舞音响过大' };

const org = {
  units: [
    { id: 'county', level: 'county', parent: null },
    { id: 'town', level: 'town', parent: 'county' },
    { id: 'village', level: 'village', parent: 'town' },
    { id: 'grid', level: 'grid', parent: 'village' },
  ],
};
const gridWorker: Actor = { id: 'zhang-san', unit: 'village', roles: ['grid-worker'] };
const townDirector: Actor = { id: 'li-si', unit: 'town', roles: ['centre-director'] };

let now = Date.parse('2026-03-02T12:00:00.000Z');
const engine = createEngine({
  caseTypes: [defineCaseType(noise)],
  org,
  store: memoryStore(),
  clock: () => now,
  locale: 'en',
});
engine.changes$.subscribe((event) =>
  console.log(
    `  ${event.seq}. ${event.type}${event.action ? ` (${event.action})` : ''} → ${event.to ?? ''} @ ${event.handlingUnit ?? ''}`,
  ),
);

console.log('A noise complaint:');
const view = await engine.open('noise', { data, unit: 'grid', actor: gridWorker });
now += 5 * 3_600_000; // nobody accepted it within four hours
await engine.runDue();
try {
  await engine.perform(view.id, 'accept', { actor: gridWorker });
} catch (error) {
  if (!isCaseGridError(error, 'forbidden')) throw error;
  console.log(`  the village may no longer act: ${error.issues[0]?.message}`);
}
await engine.perform(view.id, 'accept', { actor: townDirector });
const closed = await engine.perform(view.id, 'close', {
  actor: townDirector,
  input: { outcome: '已协调降低音量' },
});
if (closed.state !== 'closed' || closed.handlingUnit !== 'town')
  throw new Error('unexpected end state');
console.log(`Closed at ${closed.handlingUnit}: ${String(closed.data.outcome)}`);
