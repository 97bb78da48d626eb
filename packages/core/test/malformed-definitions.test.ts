// Every way county IT can get a case type wrong is reported as one `invalid-definition`
// error that lists each problem with the JSON pointer of the offending place — never a
// stack trace, never only the first problem.
import { readFileSync } from 'node:fs';
import {
  type CaseGridIssue,
  type CaseType,
  createEngine,
  defineCaseType,
  type EngineOptions,
  isCaseGridError,
  type Locale,
} from '@casegrid/core';
import { describe, expect, it } from 'vitest';
import {
  cn2026,
  disputeDefinition,
  engineOptions,
  hazardDefinition,
  hazardTaskDefinition,
  people,
} from './county.js';

type Loose = Record<string, unknown>;

/** A deep copy of a valid definition, loosely typed so a test can break it. */
interface Draft {
  [key: string]: unknown;
  title: Loose;
  data: Loose & { properties: Record<string, Loose> };
  open: Loose;
  states: Record<string, Loose>;
  actions: Record<string, Loose>;
}

const dispute = (): Draft => structuredClone(disputeDefinition) as unknown as Draft;

/** The dispute definition with one mistake made by `change`. */
function broken(change: (definition: Draft) => void): Draft {
  const definition = dispute();
  change(definition);
  return definition;
}

/** What a malformed definition must be reported with. */
interface Expected {
  readonly path: string;
  readonly keyword?: string;
  /** Text the (English) message must contain: usually the offending name. */
  readonly says?: string;
}

interface DefinitionCase extends Expected {
  readonly name: string;
  readonly definition: () => unknown;
}

/** Whatever `run` throws, or a failed expectation when it does not throw. */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return expect.fail('expected an invalid-definition error, but nothing was thrown');
}

function issuesOf(error: unknown): readonly CaseGridIssue[] {
  expect(isCaseGridError(error, 'invalid-definition'), String(error)).toBe(true);
  return (error as { issues: readonly CaseGridIssue[] }).issues;
}

function definitionIssues(definition: unknown, locale: Locale = 'en'): readonly CaseGridIssue[] {
  return issuesOf(thrown(() => defineCaseType(definition, { locale })));
}

function expectIssue(issues: readonly CaseGridIssue[], expected: Expected): void {
  const match = issues.find(
    (issue) =>
      issue.path === expected.path &&
      (expected.keyword === undefined || issue.keyword === expected.keyword),
  );
  expect(
    match,
    `no issue at ${expected.path} among ${JSON.stringify(issues, null, 2)}`,
  ).toBeDefined();
  if (expected.says !== undefined) expect(match?.message).toContain(expected.says);
}

const reasonInput = {
  type: 'object',
  required: ['reason'],
  properties: { reason: { type: 'string', minLength: 2, maxLength: 500 } },
};

const definitionCases: DefinitionCase[] = [
  // Required keys.
  ...(['id', 'version', 'title', 'data', 'open', 'initial', 'states', 'actions'] as const).map(
    (key): DefinitionCase => ({
      name: `a missing top-level “${key}”`,
      definition: () => broken((d) => delete d[key]),
      path: `/${key}`,
      keyword: 'required',
      says: key,
    }),
  ),
  {
    name: 'a state without a title',
    definition: () => broken((d) => delete d.states.mediating!.title),
    path: '/states/mediating/title',
    keyword: 'required',
  },
  {
    name: 'an action without roles',
    definition: () => broken((d) => delete d.actions.accept!.roles),
    path: '/actions/accept/roles',
    keyword: 'required',
  },
  {
    name: '“open” without roles',
    definition: () => broken((d) => delete d.open.roles),
    path: '/open/roles',
    keyword: 'required',
  },

  // Wrong types and values.
  {
    name: 'a version written as text',
    definition: () => broken((d) => (d.version = '1')),
    path: '/version',
    keyword: 'type',
  },
  {
    name: 'version 0',
    definition: () => broken((d) => (d.version = 0)),
    path: '/version',
    keyword: 'minimum',
  },
  {
    name: 'a fractional version',
    definition: () => broken((d) => (d.version = 1.5)),
    path: '/version',
    keyword: 'type',
  },
  {
    name: 'states written as a list',
    definition: () => broken((d) => (d.states = [] as unknown as Record<string, Loose>)),
    path: '/states',
    keyword: 'type',
  },
  {
    name: 'roles written as one string',
    definition: () => broken((d) => (d.actions.accept!.roles = 'mediator')),
    path: '/actions/accept/roles',
    keyword: 'type',
  },
  {
    name: '“final” written as text',
    definition: () => broken((d) => (d.states.closed!.final = 'yes')),
    path: '/states/closed/final',
    keyword: 'type',
  },
  {
    name: 'an id with capitals and a space',
    definition: () => broken((d) => (d.id = 'Dispute Case')),
    path: '/id',
    keyword: 'pattern',
  },
  {
    name: 'a state name with capitals',
    definition: () =>
      broken((d) => {
        d.states.Mediating = d.states.mediating!;
      }),
    path: '/states',
    keyword: 'propertyNames',
    says: 'Mediating',
  },
  {
    name: 'an empty title',
    definition: () => broken((d) => (d.title = {})),
    path: '/title',
    keyword: 'minProperties',
  },
  {
    name: 'an empty English title',
    definition: () => broken((d) => (d.title = { 'zh-CN': '矛盾纠纷', en: '' })),
    path: '/title/en',
    keyword: 'minLength',
  },
  {
    name: 'a title in an unsupported language',
    definition: () => broken((d) => (d.title = { 'zh-CN': '矛盾纠纷', fr: 'Litige' })),
    path: '/title/fr',
    keyword: 'additionalProperties',
    says: 'fr',
  },
  {
    name: 'an empty “open.roles”',
    definition: () => broken((d) => (d.open.roles = [])),
    path: '/open/roles',
    keyword: 'minItems',
  },
  {
    name: 'the same role twice in “roles”',
    definition: () => broken((d) => (d.actions.accept!.roles = ['mediator', 'mediator'])),
    path: '/actions/accept/roles',
    keyword: 'uniqueItems',
  },
  {
    name: 'a data schema that is not of type object',
    definition: () =>
      broken((d) => {
        d.data.type = 'array';
        d.data.items = { type: 'string' };
      }),
    path: '/data/type',
    keyword: 'const',
  },
  {
    name: 'an input schema without a type',
    definition: () =>
      broken((d) => {
        d.actions.escalate!.input = { properties: { reason: { type: 'string', maxLength: 500 } } };
      }),
    path: '/actions/escalate/input/type',
    keyword: 'required',
  },

  // Unknown keys (typos).
  {
    name: 'an unknown top-level key',
    definition: () => broken((d) => (d.deadlines = { reported: 'P1D' })),
    path: '/deadlines',
    keyword: 'additionalProperties',
    says: 'deadlines',
  },
  {
    name: '“form” instead of “from” in an action',
    definition: () =>
      broken((d) => {
        d.actions.accept!.form = d.actions.accept!.from;
        delete d.actions.accept!.from;
      }),
    path: '/actions/accept/form',
    keyword: 'additionalProperties',
    says: 'form',
  },
  {
    name: '“role” instead of “roles” in an action',
    definition: () =>
      broken((d) => {
        d.actions.accept!.role = d.actions.accept!.roles;
        delete d.actions.accept!.roles;
      }),
    path: '/actions/accept/role',
    keyword: 'additionalProperties',
    says: 'role',
  },
  {
    name: '“finale” instead of “final” in a state',
    definition: () =>
      broken((d) => {
        d.states.closed = { title: { en: 'Closed' }, finale: true };
      }),
    path: '/states/closed/finale',
    keyword: 'additionalProperties',
    says: 'finale',
  },
  {
    name: '“deadLine” in a state',
    definition: () =>
      broken((d) => {
        d.states.reported!.deadLine = d.states.reported!.deadline;
        delete d.states.reported!.deadline;
      }),
    path: '/states/reported/deadLine',
    keyword: 'additionalProperties',
    says: 'deadLine',
  },

  // States and actions that do not fit together.
  {
    name: 'an initial state that is not defined',
    definition: () => broken((d) => (d.initial = 'submitted')),
    path: '/initial',
    keyword: 'state',
    says: 'submitted',
  },
  {
    name: 'an initial state that is final',
    definition: () => broken((d) => (d.initial = 'closed')),
    path: '/initial',
    keyword: 'final',
  },
  {
    name: 'an action from an unknown state',
    definition: () => broken((d) => (d.actions.accept!.from = 'reportd')),
    path: '/actions/accept/from',
    keyword: 'state',
    says: 'reportd',
  },
  {
    name: 'an action from a list with an unknown state',
    definition: () => broken((d) => (d.actions.escalate!.from = ['reported', 'mediatin'])),
    path: '/actions/escalate/from/1',
    keyword: 'state',
    says: 'mediatin',
  },
  {
    name: 'an action to an unknown state',
    definition: () => broken((d) => (d.actions.accept!.to = 'mediatin')),
    path: '/actions/accept/to',
    keyword: 'state',
    says: 'mediatin',
  },
  {
    name: 'an action from a final state',
    definition: () =>
      broken((d) => {
        d.actions.reopen = {
          title: { en: 'Reopen' },
          from: 'closed',
          to: 'reported',
          roles: ['centre-director'],
        };
      }),
    path: '/actions/reopen/from',
    keyword: 'final',
    says: 'closed',
  },
  {
    name: 'an escalating action into a final state',
    definition: () => broken((d) => (d.actions.escalate!.to = 'closed')),
    path: '/actions/escalate/to',
    keyword: 'escalate',
  },
  {
    name: 'a state no action or wait leads to',
    definition: () =>
      broken((d) => {
        d.states.archived = { title: { en: 'Archived' }, final: true };
      }),
    path: '/states/archived',
    keyword: 'reachable',
    says: 'archived',
  },
  {
    name: 'no final state',
    definition: () => broken((d) => delete d.states.closed!.final),
    path: '/states',
    keyword: 'final',
  },
  {
    name: 'an action nobody can take',
    definition: () => broken((d) => (d.actions.accept!.roles = [])),
    path: '/actions/accept/roles',
    keyword: 'roles',
    says: 'accept',
  },

  // Deadlines.
  {
    name: 'a deadline with both “within” and “workingDays”',
    definition: () =>
      broken(
        (d) => (d.states.reported!.deadline = { within: 'P1D', workingDays: 1, then: 'escalate' }),
      ),
    path: '/states/reported/deadline',
    keyword: 'oneOf',
  },
  {
    name: 'a deadline with neither “within” nor “workingDays”',
    definition: () => broken((d) => (d.states.reported!.deadline = { then: 'escalate' })),
    // The problem is the deadline as a whole, not a missing `within` in particular.
    path: '/states/reported/deadline',
  },
  {
    name: 'a duration that is not ISO 8601',
    definition: () =>
      broken((d) => (d.states.reported!.deadline = { within: '7 days', then: 'escalate' })),
    path: '/states/reported/deadline/within',
    keyword: 'duration',
    says: 'ISO 8601',
  },
  {
    name: 'a duration with nothing after T',
    definition: () =>
      broken((d) => (d.states.reported!.deadline = { within: 'P1DT', then: 'escalate' })),
    path: '/states/reported/deadline/within',
    keyword: 'duration',
    says: 'ISO 8601',
  },
  {
    name: 'a duration too large to compute',
    definition: () =>
      broken(
        (d) =>
          (d.states.reported!.deadline = { within: 'P99999999999999999999D', then: 'escalate' }),
      ),
    path: '/states/reported/deadline/within',
  },
  {
    name: 'zero working days',
    definition: () =>
      broken((d) => (d.states.reported!.deadline = { workingDays: 0, then: 'escalate' })),
    path: '/states/reported/deadline/workingDays',
    keyword: 'minimum',
  },
  {
    name: 'a by-value deadline with a bad duration among its values',
    definition: () =>
      broken((d) => {
        d.states.mediating!.deadline = {
          within: {
            from: '/data/category',
            values: { land: 'P14D', family: 'two weeks' },
            default: 'P7D',
          },
          then: 'escalate',
        };
      }),
    path: '/states/mediating/deadline/within/values/family',
    keyword: 'duration',
    says: 'ISO 8601',
  },
  {
    name: 'a by-value deadline reading the input',
    definition: () =>
      broken((d) => {
        d.states.mediating!.deadline = {
          within: { from: '/input/category', values: { land: 'P14D' }, default: 'P7D' },
          then: 'escalate',
        };
      }),
    path: '/states/mediating/deadline/within/from',
    keyword: 'pointer',
  },
  {
    name: 'an unknown deadline outcome',
    definition: () =>
      broken((d) => (d.states.reported!.deadline = { within: 'P1D', then: 'remind' })),
    path: '/states/reported/deadline/then',
    keyword: 'enum',
  },
  {
    name: 'a deadline on a final state',
    definition: () =>
      broken((d) => (d.states.closed!.deadline = { within: 'P30D', then: 'overdue' })),
    path: '/states/closed/deadline',
    keyword: 'final',
  },
  {
    name: 'a deadline that performs an unknown action',
    definition: () =>
      broken(
        (d) => (d.states.visited!.deadline = { within: 'P7D', then: { perform: 'close-unrate' } }),
      ),
    path: '/states/visited/deadline/then/perform',
    keyword: 'action',
    says: 'close-unrate',
  },
  {
    name: 'a deadline that performs an action named like a built-in (“constructor”)',
    definition: () =>
      broken(
        (d) => (d.states.visited!.deadline = { within: 'P7D', then: { perform: 'constructor' } }),
      ),
    path: '/states/visited/deadline/then/perform',
    keyword: 'action',
    says: 'constructor',
  },
  {
    name: 'a deadline that performs an action not available in its state',
    definition: () =>
      broken((d) => {
        d.states.resolved!.deadline = { within: 'P15D', then: { perform: 'close-unrated' } };
      }),
    path: '/states/resolved/deadline/then/perform',
    keyword: 'action',
    says: 'close-unrated',
  },

  // Waiting for children.
  {
    name: 'a wait that moves to an unknown state',
    definition: () =>
      broken((d) => {
        d.actions.refer = {
          title: { en: 'Refer' },
          from: 'mediating',
          to: 'referred',
          roles: ['centre-director'],
          input: { type: 'object', properties: { unit: { type: 'string', maxLength: 64 } } },
          children: [{ type: 'dispute', unit: '/input/unit' }],
        };
        d.states.referred = {
          title: { en: 'Referred' },
          waitFor: [{ children: 'all', to: 'resolvd' }],
        };
      }),
    path: '/states/referred/waitFor/0/to',
    keyword: 'state',
    says: 'resolvd',
  },
  {
    name: 'a wait in a state no action opens children into',
    definition: () =>
      broken((d) => (d.states.mediating!.waitFor = [{ children: 'all', to: 'resolved' }])),
    path: '/states/mediating/waitFor',
    keyword: 'waitFor',
    says: 'mediating',
  },
  {
    name: 'a wait on a final state',
    definition: () =>
      broken((d) => (d.states.closed!.waitFor = [{ children: 'any', to: 'reported' }])),
    path: '/states/closed/waitFor',
    keyword: 'final',
  },
  {
    name: 'children with both “unit” and “units”',
    definition: () =>
      broken((d) => {
        d.actions.escalate!.children = [
          { type: 'dispute', unit: '/actor/unit', units: '/input/units' },
        ];
      }),
    path: '/actions/escalate/children/0',
    keyword: 'oneOf',
  },

  // JSON pointers.
  {
    name: 'an update pointer with a bad root',
    definition: () => broken((d) => (d.actions.resolve!.update = { agreement: '/foo/x' })),
    path: '/actions/resolve/update/agreement',
    says: '/foo/x',
  },
  {
    name: 'an assign pointer with a bad root',
    definition: () => broken((d) => (d.actions.accept!.assign = '/person/id')),
    path: '/actions/accept/assign',
    says: '/person/id',
  },
  {
    name: 'an update pointer into the input of an action without input',
    definition: () => broken((d) => (d.actions.accept!.update = { followUp: '/input/notes' })),
    path: '/actions/accept/update/followUp',
    keyword: 'pointer',
    says: '/input/notes',
  },
  {
    name: 'an assign pointer into the input of an action without input',
    definition: () => broken((d) => (d.actions.accept!.assign = '/input/assignee')),
    path: '/actions/accept/assign',
    keyword: 'pointer',
    says: '/input/assignee',
  },
  {
    name: 'an update of a field the closed data schema does not have',
    definition: () => broken((d) => (d.actions.resolve!.update = { agreemnt: '/input/agreement' })),
    path: '/actions/resolve/update/agreemnt',
    keyword: 'update',
    says: 'agreemnt',
  },

  // Schemas from outside: the limits of @casegrid/schema.
  {
    name: 'an input pattern without maxLength',
    definition: () =>
      broken((d) => {
        d.actions.escalate!.input = {
          ...reasonInput,
          properties: {
            ...reasonInput.properties,
            code: { type: 'string', pattern: '^[0-9]{6}$' },
          },
        };
      }),
    path: '/actions/escalate/input/properties/code/pattern',
    keyword: 'unboundedString',
  },
  {
    name: 'a catastrophic-backtracking pattern in a condition',
    definition: () =>
      broken((d) => {
        d.actions.accept!.when = {
          properties: {
            data: {
              properties: { summary: { type: 'string', maxLength: 500, pattern: '(a+)+$' } },
            },
          },
        };
      }),
    path: '/actions/accept/when/properties/data/properties/summary/pattern',
    keyword: 'unsafePattern',
  },
  {
    name: 'a pattern that is not a regular expression',
    definition: () =>
      broken((d) => {
        d.data.properties.summary = { type: 'string', maxLength: 500, pattern: '([a-z]' };
      }),
    path: '/data/properties/summary/pattern',
    keyword: 'invalidPattern',
  },
  {
    name: '$data in a schema',
    definition: () =>
      broken((d) => {
        d.data.properties.satisfaction = {
          type: 'integer',
          minimum: 1,
          maximum: { $data: '1/max' },
        };
      }),
    path: '/data/properties/satisfaction/maximum/$data',
    keyword: '$data',
  },
  {
    name: 'a remote $ref',
    definition: () =>
      broken((d) => {
        d.data.properties.summary = { $ref: 'https://example.com/summary.json' };
      }),
    path: '/data/properties/summary/$ref',
    keyword: 'remoteRef',
    says: 'https://example.com/summary.json',
  },
  {
    name: 'the typo “requried” in the data schema',
    definition: () =>
      broken((d) => {
        d.data.requried = d.data.required;
        delete d.data.required;
      }),
    path: '/data/requried',
    keyword: 'unknownKeyword',
    says: 'required',
  },
  {
    name: 'an unknown format in the data schema',
    definition: () =>
      broken((d) => {
        d.data.properties.phone = { type: 'string', maxLength: 20, format: 'phone' };
      }),
    path: '/data/properties/phone/format',
    keyword: 'unknownFormat',
    says: 'phone',
  },
  {
    name: 'a condition that is not a schema',
    definition: () => broken((d) => (d.actions.accept!.when = 'data.summary != ""')),
    path: '/actions/accept/when',
    keyword: 'type',
  },
];

describe('malformed case-type definitions', () => {
  it.each(definitionCases)('reports $name at $path', (testCase) => {
    expectIssue(definitionIssues(testCase.definition()), testCase);
  });

  // One mistake, one message: a `oneOf` in the meta-schema must not add a second, vaguer
  // issue (or one per branch) for the same place.
  it.each([
    {
      name: 'a bad duration',
      definition: () =>
        broken((d) => (d.states.reported!.deadline = { within: '7 days', then: 'escalate' })),
      path: '/states/reported/deadline/within',
    },
    {
      name: 'a state name with capitals in “from”',
      definition: () => broken((d) => (d.actions.accept!.from = 'Reported')),
      path: '/actions/accept/from',
    },
    {
      name: 'a state name with capitals in a “from” list',
      definition: () => broken((d) => (d.actions.escalate!.from = ['reported', 'Mediating'])),
      path: '/actions/escalate/from',
    },
    {
      name: 'an assign that is neither “actor”, null nor a pointer',
      definition: () => broken((d) => (d.actions.accept!.assign = 'reporter')),
      path: '/actions/accept/assign',
    },
  ])('reports $name as one problem under $path', ({ definition, path }) => {
    const issues = definitionIssues(definition());
    const here = issues.filter((i) => i.path === path || i.path.startsWith(`${path}/`));
    expect(here, JSON.stringify(here, null, 2)).toHaveLength(1);
  });

  it('accepts the base definition every case above breaks', () => {
    expect(() => defineCaseType(dispute(), { locale: 'en' })).not.toThrow();
  });

  it('reports every semantic problem of a definition at once', () => {
    const issues = definitionIssues(
      broken((d) => {
        d.actions.accept!.to = 'mediatin';
        d.actions.rate!.roles = [];
        d.states.closed!.deadline = { within: 'P30D', then: 'overdue' };
        d.states.visited!.deadline = { within: 'P7D', then: { perform: 'close' } };
      }),
    );
    const expected = [
      '/actions/accept/to',
      '/actions/rate/roles',
      '/states/closed/deadline',
      '/states/visited/deadline/then/perform',
    ];
    for (const path of expected) expectIssue(issues, { path });
    expect(new Set(issues.map((issue) => issue.path)).size).toBeGreaterThanOrEqual(4);
  });

  it('reports every meta-schema problem of a definition at once', () => {
    const issues = definitionIssues(
      broken((d) => {
        delete d.id;
        d.version = 0;
        d.deadlines = {};
        d.states.reported!.deadline = { within: 1, then: 'escalate' };
        d.actions.accept!.role = ['mediator'];
      }),
    );
    for (const path of [
      '/id',
      '/version',
      '/deadlines',
      '/states/reported/deadline/within',
      '/actions/accept/role',
    ]) {
      expectIssue(issues, { path });
    }
  });

  it('reports problems in schemas together with problems in states and actions', () => {
    const issues = definitionIssues(
      broken((d) => {
        d.data.requried = ['summary'];
        d.actions.accept!.to = 'mediatin';
      }),
    );
    expectIssue(issues, { path: '/data/requried', keyword: 'unknownKeyword' });
    expectIssue(issues, { path: '/actions/accept/to', keyword: 'state' });
  });

  it('writes the messages in Chinese by default and when asked for zh-CN', () => {
    const chinese = /\p{Script=Han}/u;
    const unknownTo = broken((d) => (d.actions.accept!.to = 'mediatin'));
    for (const issues of [
      definitionIssues(unknownTo, 'zh-CN'),
      issuesOf(thrown(() => defineCaseType(unknownTo))),
    ]) {
      const issue = issues.find((i) => i.path === '/actions/accept/to');
      expect(issue?.message).toBe('状态“mediatin”未定义。');
    }
    const missingId = definitionIssues(
      broken((d) => delete d.id),
      'zh-CN',
    );
    expect(missingId.find((i) => i.path === '/id')?.message).toMatch(chinese);
    const typo = definitionIssues(
      broken((d) => (d.data.requried = [])),
      'zh-CN',
    );
    expect(typo.find((i) => i.path === '/data/requried')?.message).toMatch(chinese);
  });
});

interface EngineCase extends Expected {
  readonly name: string;
  readonly options: () => EngineOptions;
}

const disputeWith = (change: (definition: Draft) => void): CaseType =>
  defineCaseType(broken(change), { locale: 'en' });

const engineCases: EngineCase[] = [
  {
    name: 'a guard the engine does not register',
    options: () =>
      engineOptions({
        caseTypes: [disputeWith((d) => (d.actions.accept!.guards = ['has-household-head']))],
      }),
    path: 'dispute@1#/actions/accept/guards/0',
    keyword: 'guard',
    says: 'has-household-head',
  },
  {
    name: 'an effect the engine does not register',
    options: () =>
      engineOptions({
        caseTypes: [disputeWith((d) => (d.actions.resolve!.effects = ['notify-town']))],
      }),
    path: 'dispute@1#/actions/resolve/effects/0',
    keyword: 'effect',
    says: 'notify-town',
  },
  {
    name: 'an action level the org does not have',
    options: () =>
      engineOptions({
        caseTypes: [disputeWith((d) => (d.actions.escalate!.levels = ['village', 'township']))],
      }),
    path: 'dispute@1#/actions/escalate/levels/1',
    keyword: 'level',
    says: 'township',
  },
  {
    name: 'a handling level the org does not have',
    options: () =>
      engineOptions({ caseTypes: [disputeWith((d) => (d.open.handlingLevel = 'cun'))] }),
    path: 'dispute@1#/open/handlingLevel',
    keyword: 'level',
    says: 'cun',
  },
  {
    name: 'a child case type the engine does not register',
    options: () =>
      engineOptions({
        caseTypes: [defineCaseType(hazardDefinition), defineCaseType(disputeDefinition)],
      }),
    path: 'hazard@1#/actions/dispatch/children/0/type',
    keyword: 'type',
    says: 'hazard-task',
  },
  {
    name: 'a deadline in working days without a calendar',
    options: () =>
      engineOptions({
        caseTypes: [defineCaseType(hazardDefinition), defineCaseType(hazardTaskDefinition)],
        calendar: undefined,
      }),
    path: 'hazard@1#/states/reported/deadline/workingDays',
    keyword: 'calendar',
  },
  {
    name: 'the same type id and version registered twice',
    options: () =>
      engineOptions({
        caseTypes: [defineCaseType(disputeDefinition), defineCaseType(disputeDefinition)],
      }),
    path: '/caseTypes/1',
    keyword: 'unique',
    says: 'dispute',
  },
  {
    name: 'a working calendar with an impossible date',
    options: () =>
      engineOptions({ calendar: { ...cn2026, holidays: [...cn2026.holidays, '2026-02-30'] } }),
    path: `/calendar/holidays/${cn2026.holidays.length}`,
    keyword: 'calendar',
  },
];

describe('case types an engine cannot run', () => {
  it.each(engineCases)('reports $name at $path', (testCase) => {
    expectIssue(issuesOf(thrown(() => createEngine(testCase.options()))), testCase);
  });

  it('reports every unmet reference at once', () => {
    const disputeType = disputeWith((d) => {
      d.actions.accept!.guards = ['has-household-head'];
      d.actions.resolve!.effects = ['notify-town'];
      d.actions.escalate!.levels = ['township'];
    });
    const issues = issuesOf(
      thrown(() =>
        createEngine(
          engineOptions({
            caseTypes: [disputeType, defineCaseType(hazardDefinition)],
            calendar: undefined,
          }),
        ),
      ),
    );
    for (const path of [
      'dispute@1#/actions/accept/guards/0',
      'dispute@1#/actions/resolve/effects/0',
      'dispute@1#/actions/escalate/levels/0',
      'hazard@1#/actions/dispatch/children/0/type',
      'hazard@1#/states/reported/deadline/workingDays',
    ]) {
      expectIssue(issues, { path });
    }
  });

  it('writes reference problems in Chinese when the engine speaks zh-CN', () => {
    const options = engineOptions({
      caseTypes: [disputeWith((d) => (d.actions.accept!.guards = ['has-household-head']))],
      locale: 'zh-CN',
    });
    const issues = issuesOf(thrown(() => createEngine(options)));
    expect(issues[0]?.message).toBe('守卫“has-household-head”未注册。');
  });
});

describe('errors county IT see', () => {
  const stackTrace = /\n\s+at |\bat .+:\d+:\d+|TypeError|ReferenceError|Cannot read propert/;

  const garbage: Array<[string, () => unknown]> = [
    ['null', () => null],
    ['a number', () => 42],
    ['a string', () => 'dispute'],
    ['a list', () => [disputeDefinition]],
    ['an empty object', () => ({})],
    [
      'a data schema with a cycle',
      () =>
        broken((d) => {
          d.data.properties.self = d.data;
        }),
    ],
    [
      'a data schema with a BigInt',
      () =>
        broken((d) => {
          d.data.properties.satisfaction = { type: 'integer', maximum: 5n };
        }),
    ],
  ];

  const runs: Array<[string, () => unknown]> = [
    ...definitionCases.map((c): [string, () => unknown] => [
      c.name,
      () => defineCaseType(c.definition(), { locale: 'en' }),
    ]),
    ...engineCases.map((c): [string, () => unknown] => [c.name, () => createEngine(c.options())]),
    ...garbage.map(([name, value]): [string, () => unknown] => [
      name,
      () => defineCaseType(value(), { locale: 'en' }),
    ]),
  ];

  it.each(runs)('%s is a CaseGridError with readable issues, not a plain Error', (_, run) => {
    const error = thrown(run);
    expect(isCaseGridError(error, 'invalid-definition'), String(error)).toBe(true);
    const { message, issues } = error as { message: string; issues: readonly CaseGridIssue[] };
    expect(message).not.toMatch(stackTrace);
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(typeof issue.path).toBe('string');
      expect(issue.message).not.toBe('');
      expect(issue.message).not.toMatch(stackTrace);
    }
  });
});

describe('the example in docs/county-it/writing-a-case-type.md', () => {
  /** The first ```json block of the page that contains `"id":`. */
  function example(): { id: string } {
    const page = readFileSync(
      new URL('../../../docs/county-it/writing-a-case-type.md', import.meta.url),
      'utf8',
    );
    const blocks = [...page.matchAll(/```json\n([\s\S]*?)\n```/g)].map((match) => match[1] ?? '');
    const source = blocks.find((block) => block.includes('"id":'));
    expect(source, 'no ```json block with "id": in the page').toBeDefined();
    return JSON.parse(source ?? '{}') as { id: string };
  }

  it('is a valid definition', () => {
    expect(checkExample(example())).toEqual([]);
  });

  it('runs end to end: reported, accepted and handled', async () => {
    const definition = example();
    const engine = createEngine(
      engineOptions({ caseTypes: [defineCaseType(definition, { locale: 'en' })] }),
    );
    let view = await engine.open(definition.id, {
      data: {
        requester: '王大妈',
        phone: '13800138000',
        category: 'water',
        details: '自来水管冻裂，家中停水两天',
      },
      unit: 'grid-a1-1',
      actor: people.gridWorker,
    });
    expect(view).toMatchObject({ state: 'submitted', handlingUnit: 'village-a1' });
    // Monday 09:00 in Beijing, one working day: the end of Tuesday, as the page says.
    expect(view.deadline).toEqual({ state: 'submitted', dueAt: '2026-03-03T16:00:00.000Z' });
    view = await engine.perform(view.id, 'accept', {
      actor: people.villageDirector,
      input: { handler: 'zhang-san' },
    });
    expect(view).toMatchObject({ state: 'in-progress', assignee: 'zhang-san' });
    view = await engine.perform(view.id, 'complete', {
      actor: people.gridWorker,
      input: { result: '已联系水利站更换水管，恢复供水' },
    });
    expect(view).toMatchObject({ state: 'completed', closed: false });
    expect(view.data.result).toBe('已联系水利站更换水管，恢复供水');
  });
});

function checkExample(definition: unknown): readonly CaseGridIssue[] {
  try {
    defineCaseType(definition, { locale: 'en' });
    return [];
  } catch (error) {
    return issuesOf(error);
  }
}
