import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkExpression, type Expression, evaluate, expressionOperators } from './expression.js';

/** The argument counts the reference documents, per operator: [min, max]. */
const arities: Record<string, readonly [number, number]> = {
  '!': [1, 1],
  '!!': [1, 1],
  '!=': [2, 2],
  '%': [2, 2],
  '*': [1, Infinity],
  '+': [1, Infinity],
  '-': [1, 2],
  '/': [2, 2],
  '<': [2, 3],
  '<=': [2, 3],
  '==': [2, 2],
  '>': [2, 2],
  '>=': [2, 2],
  abs: [1, 1],
  age: [1, 2],
  all: [2, 2],
  and: [1, Infinity],
  cat: [1, Infinity],
  ceil: [1, 1],
  count: [1, 1],
  daysBetween: [2, 2],
  filter: [2, 2],
  floor: [1, 1],
  idCardAge: [1, 2],
  idCardBirthDate: [1, 1],
  idCardSex: [1, 1],
  if: [1, Infinity],
  in: [2, 2],
  length: [1, 1],
  lower: [1, 1],
  map: [2, 2],
  max: [1, Infinity],
  merge: [0, Infinity],
  min: [1, Infinity],
  none: [2, 2],
  or: [1, Infinity],
  reduce: [2, 3],
  round: [1, 2],
  some: [2, 2],
  substr: [2, 3],
  sum: [1, 1],
  today: [0, 0],
  trim: [1, 1],
  upper: [1, 1],
  var: [1, 2],
};

const femaleId = '11010519491231002X'; // born 1949-12-31
const maleLeapId = '110105200002290013'; // born 2000-02-29
const june2024 = { now: new Date('2024-06-01T04:00:00Z') };

// --- generators for the property tests ------------------------------------------------------

const literal: fc.Arbitrary<Expression> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -5, max: 100 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 5 }),
  fc.constantFrom('2000-02-29', '2024-06-01', 'x', femaleId, maleLeapId, '110105194912310021'),
);

const varPath = fc.oneof(
  fc.constantFrom('', 'a', 'a.b', 'a.0', '/a/0', '$root', '$root.a', 'current', 'accumulator'),
  fc.constantFrom('__proto__', 'constructor', 'a.length', 'toString'),
  fc.string({ maxLength: 6 }),
);

const operatorNames = Object.keys(arities).filter((name) => name !== 'var');

const { validExpression } = fc.letrec<{ validExpression: Expression; operation: Expression }>(
  (tie) => ({
    validExpression: fc.oneof(
      { maxDepth: 6, depthIdentifier: 'expression' },
      literal,
      tie('operation'),
      fc.array(tie('validExpression'), { maxLength: 3 }),
    ),
    operation: fc.oneof(
      { depthIdentifier: 'expression' },
      fc.tuple(varPath, fc.option(tie('validExpression'), { nil: undefined })).map(
        ([path, fallback]): Expression => ({
          var: fallback === undefined ? [path] : [path, fallback],
        }),
      ),
      fc.constantFrom(...operatorNames).chain((name) => {
        const [min, max] = arities[name]!;
        return fc
          .array(tie('validExpression'), { minLength: min, maxLength: Math.min(max, min + 3) })
          .map((args): Expression => ({ [name]: args }));
      }),
    ),
  }),
);

const data = fc.oneof(
  fc.jsonValue(),
  fc.dictionary(fc.constantFrom('a', 'b', 'current', 'accumulator'), fc.jsonValue()),
  fc.record({ a: fc.array(fc.jsonValue(), { maxLength: 4 }) }),
);

describe('operators', () => {
  it('are listed sorted, and are exactly the documented ones', () => {
    expect([...expressionOperators]).toEqual([...expressionOperators].sort());
    expect([...expressionOperators]).toEqual(Object.keys(arities).sort());
  });
});

describe('literals and arrays', () => {
  it('evaluates JSON literals to themselves', () => {
    for (const literal of [null, true, false, 0, -1.5, '', 'text']) {
      expect(evaluate(literal, {})).toBe(literal);
    }
  });

  it('evaluates arrays element by element', () => {
    expect(evaluate([1, { var: 'a' }, [{ '+': [1, 1] }]], { a: 'x' })).toEqual([1, 'x', [2]]);
  });

  it('treats a single argument as a one-element argument list', () => {
    expect(evaluate({ '!': true }, null)).toBe(evaluate({ '!': [true] }, null));
    expect(evaluate({ length: [[1, 2, 3]] }, null)).toBe(3);
  });
});

describe('var', () => {
  const data = { a: { b: [10, { c: 'deep' }] }, 'x/y': 1, nil: null };

  it('reads a dot path, with numeric segments indexing arrays', () => {
    expect(evaluate({ var: 'a.b.1.c' }, data)).toBe('deep');
  });

  it('reads a JSON pointer, unescaping ~1 and ~0', () => {
    expect(evaluate({ var: '/a/b/0' }, data)).toBe(10);
    expect(evaluate({ var: '/x~1y' }, data)).toBe(1);
  });

  it('returns the data itself for the empty path', () => {
    expect(evaluate({ var: '' }, data)).toBe(data);
  });

  it('gives null for a missing path, or the fallback when there is one', () => {
    expect(evaluate({ var: 'a.z' }, data)).toBeNull();
    expect(evaluate({ var: ['a.z', 'none'] }, data)).toBe('none');
    expect(evaluate({ var: ['nil', 0] }, data)).toBe(0);
    expect(evaluate({ var: 'a.b.9' }, data)).toBeNull();
  });

  it('reads own properties only: no prototype, no array length', () => {
    expect(evaluate({ var: '__proto__' }, {})).toBeNull();
    expect(evaluate({ var: 'constructor' }, {})).toBeNull();
    expect(evaluate({ var: 'a.constructor.name' }, { a: {} })).toBeNull();
    expect(evaluate({ var: 'a.length' }, { a: [1, 2] })).toBeNull();
    expect(evaluate({ var: 'a.length' }, { a: 'text' })).toBeNull();
  });

  it('reads an own "__proto__" key that came from JSON', () => {
    expect(evaluate({ var: '__proto__' }, JSON.parse('{"__proto__": 5}'))).toBe(5);
  });

  it('reads the root form value with $root from inside map', () => {
    const form = { rate: 2, rows: [{ n: 1 }, { n: 2 }] };
    const expression: Expression = {
      map: [{ var: 'rows' }, { '*': [{ var: 'n' }, { var: '$root.rate' }] }],
    };
    expect(evaluate(expression, form)).toEqual([2, 4]);
    expect(evaluate({ var: '$root/rate' }, {}, { root: form })).toBe(2);
    expect(evaluate({ var: '$root' }, { a: 1 })).toEqual({ a: 1 });
  });

  it('does not evaluate the fallback when the value is present', () => {
    let reads = 0;
    const data = {
      a: 1,
      get b() {
        reads++;
        return 2;
      },
    };
    expect(evaluate({ var: ['a', { var: 'b' }] }, data)).toBe(1);
    expect(reads).toBe(0);
  });
});

describe('comparison', () => {
  it('== and != are strict: no coercion between types', () => {
    expect(evaluate({ '==': [1, '1'] }, null)).toBe(false);
    expect(evaluate({ '==': [0, false] }, null)).toBe(false);
    expect(evaluate({ '==': [null, { var: 'missing' }] }, {})).toBe(true);
    expect(evaluate({ '!=': [1, '1'] }, null)).toBe(true);
  });

  it('== compares arrays and objects by value', () => {
    const data = { a: { x: [1, { y: 2 }] }, b: { x: [1, { y: 2 }] }, c: { x: [1, { y: 3 }] } };
    expect(evaluate({ '==': [{ var: 'a' }, { var: 'b' }] }, data)).toBe(true);
    expect(evaluate({ '==': [{ var: 'a' }, { var: 'c' }] }, data)).toBe(false);
    expect(evaluate({ '==': [{ var: 'list' }, { var: 'map' }] }, { list: [], map: {} })).toBe(
      false,
    );
  });

  it('orders two numbers or two strings, and is false for mixed types', () => {
    expect(evaluate({ '<': [1, 2] }, null)).toBe(true);
    expect(evaluate({ '>=': ['2024-06-01', '2024-05-31'] }, null)).toBe(true);
    expect(evaluate({ '<': [1, '2'] }, null)).toBe(false);
    expect(evaluate({ '>': [null, -1] }, null)).toBe(false);
  });

  it('< and <= with three arguments test between', () => {
    expect(evaluate({ '<': [1, 5, 10] }, null)).toBe(true);
    expect(evaluate({ '<': [1, 10, 10] }, null)).toBe(false);
    expect(evaluate({ '<=': [1, 10, 10] }, null)).toBe(true);
  });
});

describe('logic', () => {
  it('uses JSON Logic truthiness: empty array, 0, "", null, false are falsy', () => {
    for (const falsy of [[], 0, '', null, false])
      expect(evaluate({ '!!': [falsy] }, null)).toBe(false);
    for (const truthy of [[0], 1, '0', 'false', true])
      expect(evaluate({ '!!': [truthy] }, null)).toBe(true);
    expect(evaluate({ '!': { var: 'o' } }, { o: {} })).toBe(false);
  });

  it('and / or return the deciding value', () => {
    expect(evaluate({ and: [1, '', 2] }, null)).toBe('');
    expect(evaluate({ and: [1, 2] }, null)).toBe(2);
    expect(evaluate({ or: [0, 'b', 'c'] }, null)).toBe('b');
    expect(evaluate({ or: [0, null] }, null)).toBeNull();
  });

  it('if picks the first branch whose condition holds, else the last argument, else null', () => {
    const grade = (score: number) =>
      evaluate(
        { if: [{ '>=': [{ var: '' }, 90] }, 'A', { '>=': [{ var: '' }, 60] }, 'B', 'C'] },
        score,
      );
    expect([grade(95), grade(70), grade(10)]).toEqual(['A', 'B', 'C']);
    expect(evaluate({ if: [false, 1] }, null)).toBeNull();
    expect(evaluate({ if: ['only'] }, null)).toBe('only');
  });

  it('if, and, or do not evaluate what they do not need', () => {
    let reads = 0;
    const data = {
      get probe() {
        reads++;
        return true;
      },
    };
    evaluate({ if: [true, 1, { var: 'probe' }] }, data);
    evaluate({ and: [false, { var: 'probe' }] }, data);
    evaluate({ or: [true, { var: 'probe' }] }, data);
    expect(reads).toBe(0);
  });
});

describe('arithmetic', () => {
  it('adds, subtracts, multiplies, divides and takes remainders of numbers', () => {
    expect(evaluate({ '+': [1, 2, 3] }, null)).toBe(6);
    expect(evaluate({ '-': [10, 4] }, null)).toBe(6);
    expect(evaluate({ '-': 4 }, null)).toBe(-4);
    expect(evaluate({ '*': [2, 3, 4] }, null)).toBe(24);
    expect(evaluate({ '/': [7, 2] }, null)).toBe(3.5);
    expect(evaluate({ '%': [7, 3] }, null)).toBe(1);
  });

  it('does not coerce: any non-number argument gives null', () => {
    expect(evaluate({ '+': [1, '2'] }, null)).toBeNull();
    expect(evaluate({ '*': [{ var: 'missing' }, 2] }, {})).toBeNull();
    expect(evaluate({ '-': [true] }, null)).toBeNull();
  });

  it('gives null for division by zero and for results that are not finite', () => {
    expect(evaluate({ '/': [1, 0] }, null)).toBeNull();
    expect(evaluate({ '%': [1, 0] }, null)).toBeNull();
    expect(evaluate({ '*': [1e200, 1e200] }, null)).toBeNull();
  });

  it('round rounds half away from zero, on the decimal digits people see', () => {
    expect(evaluate({ round: 2.5 }, null)).toBe(3);
    expect(evaluate({ round: -2.5 }, null)).toBe(-3);
    expect(evaluate({ round: [1.005, 2] }, null)).toBe(1.01);
    expect(evaluate({ round: [-1.005, 2] }, null)).toBe(-1.01);
    expect(evaluate({ round: [123.456, 0] }, null)).toBe(123);
    expect(evaluate({ round: [1e-7, 10] }, null)).toBe(1e-7);
  });

  it('round needs whole digits from 0 to 10', () => {
    expect(evaluate({ round: [1.5, 11] }, null)).toBeNull();
    expect(evaluate({ round: [1.5, -1] }, null)).toBeNull();
    expect(evaluate({ round: [1.5, 0.5] }, null)).toBeNull();
  });

  it('min, max, floor, ceil, abs', () => {
    expect(evaluate({ min: [3, 1, 2] }, null)).toBe(1);
    expect(evaluate({ max: [3, 1, 2] }, null)).toBe(3);
    expect(evaluate({ max: [3, null] }, null)).toBeNull();
    expect(evaluate({ floor: -1.5 }, null)).toBe(-2);
    expect(evaluate({ ceil: 1.2 }, null)).toBe(2);
    expect(evaluate({ abs: -3 }, null)).toBe(3);
  });

  it('matches JavaScript arithmetic for finite numbers', () => {
    const js: Record<string, (a: number, b: number) => number> = {
      '+': (a, b) => a + b,
      '-': (a, b) => a - b,
      '*': (a, b) => a * b,
      '/': (a, b) => a / b,
      '%': (a, b) => a % b,
    };
    const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(js)), finite, finite, (operator, a, b) => {
        const expected = js[operator]!(a, b);
        const result = evaluate({ [operator]: [a, b] }, null);
        if (!Number.isFinite(expected)) expect(result).toBeNull();
        else expect(result).toBe(expected === 0 ? 0 : expected);
      }),
    );
  });
});

describe('strings', () => {
  it('cat joins strings and numbers, with null as empty', () => {
    expect(evaluate({ cat: ['No. ', 12, null, '!'] }, null)).toBe('No. 12!');
    expect(evaluate({ cat: ['a', true] }, null)).toBeNull();
  });

  it('substr takes a start and an optional length, negative counting from the end', () => {
    expect(evaluate({ substr: ['casegrid', 4] }, null)).toBe('grid');
    expect(evaluate({ substr: ['casegrid', -4] }, null)).toBe('grid');
    expect(evaluate({ substr: ['casegrid', 0, 4] }, null)).toBe('case');
    expect(evaluate({ substr: ['casegrid', 1, -1] }, null)).toBe('asegri');
    expect(evaluate({ substr: [12345, 1] }, null)).toBeNull();
  });

  it('length counts code points, or array items', () => {
    expect(evaluate({ length: '𠮷野家' }, null)).toBe(3);
    expect(evaluate({ length: { var: 'a' } }, { a: [1, 2] })).toBe(2);
    expect(evaluate({ length: 5 }, null)).toBeNull();
  });

  it('substr counts code points too', () => {
    expect(evaluate({ substr: ['𠮷野家', 1] }, null)).toBe('野家');
  });

  it('in finds a substring or an array item', () => {
    expect(evaluate({ in: ['grid', 'casegrid'] }, null)).toBe(true);
    expect(
      evaluate({ in: [{ var: 'v' }, { var: 'list' }] }, { v: { k: 1 }, list: ['a', { k: 1 }] }),
    ).toBe(true);
    expect(evaluate({ in: [1, ['1']] }, null)).toBe(false);
    expect(evaluate({ in: ['a', null] }, null)).toBe(false);
  });

  it('lower, upper and trim change strings, and give null otherwise', () => {
    expect(evaluate({ lower: 'AbC' }, null)).toBe('abc');
    expect(evaluate({ upper: 'x' }, null)).toBe('X');
    expect(evaluate({ trim: '  a b  ' }, null)).toBe('a b');
    expect(evaluate({ trim: 1 }, null)).toBeNull();
  });
});

describe('arrays', () => {
  const rows = { rows: [{ n: 1 }, { n: 2 }, { n: 3 }] };

  it('map, filter and reduce evaluate their body against each item', () => {
    expect(evaluate({ map: [{ var: 'rows' }, { var: 'n' }] }, rows)).toEqual([1, 2, 3]);
    expect(evaluate({ filter: [{ var: 'rows' }, { '>': [{ var: 'n' }, 1] }] }, rows)).toEqual([
      { n: 2 },
      { n: 3 },
    ]);
    const total: Expression = {
      reduce: [{ var: 'rows' }, { '+': [{ var: 'accumulator' }, { var: 'current.n' }] }, 0],
    };
    expect(evaluate(total, rows)).toBe(6);
  });

  it('some, all and none test items; all of nothing is false', () => {
    const positive = { '>': [{ var: '' }, 0] };
    expect(evaluate({ some: [[-1, 2], positive] }, null)).toBe(true);
    expect(evaluate({ all: [[1, 2], positive] }, null)).toBe(true);
    expect(evaluate({ all: [[], positive] }, null)).toBe(false);
    expect(evaluate({ none: [[-1, -2], positive] }, null)).toBe(true);
  });

  it('sum adds the numbers and count counts the items that are not null', () => {
    expect(evaluate({ sum: [[1, null, '2', 3]] }, null)).toBe(4);
    expect(evaluate({ count: [[1, null, '', 0]] }, null)).toBe(3);
  });

  it('merge flattens one level', () => {
    expect(evaluate({ merge: [[1, [2]], 3, [4]] }, null)).toEqual([1, [2], 3, 4]);
  });

  it('treats null as an empty list and gives null for other non-lists', () => {
    expect(evaluate({ sum: { var: 'rows' } }, {})).toBe(0);
    expect(evaluate({ map: [{ var: 'rows' }, 1] }, {})).toEqual([]);
    expect(evaluate({ map: ['text', 1] }, null)).toBeNull();
    expect(evaluate({ count: 3 }, null)).toBeNull();
  });
});

describe('dates', () => {
  it('today is the date in China Standard Time (UTC+8)', () => {
    expect(evaluate({ today: [] }, null, { now: new Date('2024-05-31T15:59:59Z') })).toBe(
      '2024-05-31',
    );
    expect(evaluate({ today: [] }, null, { now: new Date('2024-05-31T16:00:00Z') })).toBe(
      '2024-06-01',
    );
  });

  it('age counts whole years, on today or on a given date', () => {
    expect(evaluate({ age: '2000-06-02' }, null, june2024)).toBe(23);
    expect(evaluate({ age: '2000-06-01' }, null, june2024)).toBe(24);
    expect(evaluate({ age: ['2000-02-29', '2023-02-28'] }, null)).toBe(22);
    expect(evaluate({ age: ['2000-02-29', '2023-03-01'] }, null)).toBe(23);
    expect(evaluate({ age: ['2000-01-01', '1999-12-31'] }, null)).toBeNull();
  });

  it('daysBetween counts days from the first date to the second', () => {
    expect(evaluate({ daysBetween: ['2024-02-28', '2024-03-01'] }, null)).toBe(2);
    expect(evaluate({ daysBetween: ['2024-03-01', '2024-02-28'] }, null)).toBe(-2);
  });

  it('gives null for dates that are not YYYY-MM-DD or do not exist', () => {
    expect(evaluate({ age: '2023-02-29' }, null, june2024)).toBeNull();
    expect(evaluate({ daysBetween: ['2024-6-1', '2024-06-02'] }, null)).toBeNull();
    expect(evaluate({ age: '2024-06-01T00:00:00Z' }, null, june2024)).toBeNull();
    expect(evaluate({ age: ['2000-01-01', null] }, null, june2024)).toBeNull();
    expect(evaluate({ today: [] }, null, { now: new Date(Number.NaN) })).toBeNull();
  });
});

describe('Chinese resident ID card', () => {
  it('reads the birth date, sex and age of a valid number', () => {
    expect(evaluate({ idCardBirthDate: femaleId }, null)).toBe('1949-12-31');
    expect(evaluate({ idCardSex: femaleId }, null)).toBe('female');
    expect(evaluate({ idCardSex: maleLeapId }, null)).toBe('male');
    expect(evaluate({ idCardAge: femaleId }, null, june2024)).toBe(74);
    expect(evaluate({ idCardAge: [maleLeapId, '2023-02-28'] }, null)).toBe(22);
  });

  it('gives null for a bad checksum, a lower-case x or a non-string', () => {
    for (const id of ['110105194912310021', '11010519491231002x', 11010519491231002, null]) {
      expect(evaluate({ idCardBirthDate: [id] }, null)).toBeNull();
      expect(evaluate({ idCardSex: [id] }, null)).toBeNull();
      expect(evaluate({ idCardAge: [id] }, null, june2024)).toBeNull();
    }
  });
});

describe('checkExpression', () => {
  it('accepts a valid expression', () => {
    expect(checkExpression({ if: [{ var: 'a' }, { '+': [1, 2] }, null] })).toEqual([]);
  });

  it('reports an unknown operator, with a suggestion when one is close', () => {
    expect(checkExpression({ '+': [1, { idcardAge: 'x' }] })).toEqual([
      { path: '/+/1', message: 'unknown operator "idcardAge"; did you mean "idCardAge"?' },
    ]);
    expect(checkExpression({ frobnicate: 1 })).toEqual([
      { path: '', message: 'unknown operator "frobnicate"' },
    ]);
    expect(checkExpression({ '=': [1, 1] })[0]?.message).toMatch(/did you mean "=="/);
    // One edit turns any one-character name into another; that is no hint.
    expect(checkExpression({ k: 1 })[0]?.message).toBe('unknown operator "k"');
  });

  it('reports objects without exactly one key', () => {
    expect(checkExpression({})[0]?.message).toMatch(/exactly one key.*none/);
    expect(checkExpression({ var: 'a', x: 1 })[0]?.message).toMatch(/has 2: "var", "x"/);
  });

  it('reports wrong argument counts', () => {
    expect(checkExpression({ '!': [1, 2] })).toEqual([
      { path: '', message: '"!" takes exactly 1 argument; got 2' },
    ]);
    expect(checkExpression({ substr: ['a'] })[0]?.message).toBe(
      '"substr" takes 2 to 3 arguments; got 1',
    );
    expect(checkExpression({ if: [] })[0]?.message).toBe('"if" takes at least 1 argument; got 0');
    expect(checkExpression({ today: null })[0]?.message).toMatch(/"today" takes no arguments/);
  });

  it('reports a var path that is not a string', () => {
    expect(checkExpression({ var: [1, 'fallback'] })).toEqual([
      {
        path: '/var/0',
        message: 'the path of "var" must be a string, like "a.b" or "/a/b"; got a number',
      },
    ]);
    expect(checkExpression({ var: { cat: ['a', 'b'] } })[0]?.path).toBe('/var');
  });

  it('reports values that are not JSON', () => {
    const paths = (value: unknown) => checkExpression(value).map((issue) => issue.path);
    expect(paths([undefined, Number.NaN, () => 1, new Date(0)])).toEqual(['/0', '/1', '/2', '/3']);
  });

  it('reports every problem at once, with escaped JSON pointers', () => {
    const issues = checkExpression({ and: [{ '!': [1, 2] }, { 'a/b': 1 }, { var: null }] });
    expect(issues.map((issue) => issue.path)).toEqual(['/and/0', '/and/1', '/and/2/var']);
    expect(checkExpression({ '+': [{ 'x~y': 1 }] })[0]?.message).toMatch(/unknown operator/);
  });

  it('allows 64 levels of nesting and reports the node at level 65', () => {
    const nest = (levels: number): Expression => (levels === 0 ? true : { '!': nest(levels - 1) });
    expect(checkExpression(nest(64))).toEqual([]);
    expect(checkExpression(nest(65))).toEqual([
      { path: '/!'.repeat(64), message: 'operator "!" is nested deeper than 64 levels' },
    ]);
    expect(() => evaluate(nest(65), null)).toThrow(TypeError);
  });

  it('reports an expression that contains itself instead of looping', () => {
    const loop: Expression[] = [];
    loop.push(loop, loop);
    expect(checkExpression(loop).map((issue) => issue.path)).toEqual(['/0', '/1']);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(Array.isArray(checkExpression(value))).toBe(true);
      }),
    );
  });
});

describe('evaluate', () => {
  it('throws a TypeError naming the operator for an expression that fails the check', () => {
    expect(() => evaluate({ pluss: [1, 2] } as Expression, null)).toThrow(
      new TypeError('invalid casegrid expression at the root: unknown operator "pluss"'),
    );
    expect(() => evaluate({ if: [true, 1, { '!': [] }] }, null)).toThrow(/"!" takes exactly 1/);
  });

  it('throws for a problem even in a branch that would not be evaluated', () => {
    expect(() => evaluate({ if: [true, 1, { nope: 1 }] }, null)).toThrow(TypeError);
  });

  it('never throws for a checked expression, whatever the JSON data', () => {
    fc.assert(
      fc.property(validExpression, data, (expression, value) => {
        expect(checkExpression(expression)).toEqual([]);
        const result = evaluate(expression, value, june2024);
        expect(result).not.toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it('either evaluates or throws a TypeError, for any value given as an expression', () => {
    fc.assert(
      fc.property(fc.anything(), fc.jsonValue(), (expression, value) => {
        try {
          evaluate(expression as Expression, value);
        } catch (error) {
          expect(error).toBeInstanceOf(TypeError);
          expect(checkExpression(expression)).not.toEqual([]);
        }
      }),
    );
  });

  it('finds any JSON value equal to a copy of itself', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const data = { a: value, b: structuredClone(value) };
        expect(evaluate({ '==': [{ var: 'a' }, { var: 'b' }] }, data)).toBe(true);
      }),
    );
  });
});
