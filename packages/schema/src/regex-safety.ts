/** Why a pattern was judged at risk of catastrophic (exponential) backtracking. */
export type BacktrackingRisk = 'nestedQuantifier' | 'ambiguousAlternation';

interface Quantifier {
  min: number;
  max: number;
}

type RegexNode =
  | { kind: 'literal'; char: string; quantifier?: Quantifier }
  | { kind: 'other'; quantifier?: Quantifier }
  | { kind: 'group'; alternatives: RegexNode[][]; quantifier?: Quantifier };

/**
 * A small parser for the shape of a `u`-flag pattern: groups, alternatives, quantifiers, and
 * which atoms are plain literal characters. Everything else (classes, escapes like `\d`,
 * backreferences, assertions) is an opaque atom. Call it only on patterns that compile.
 */
function parse(pattern: string): RegexNode[][] {
  const chars = Array.from(pattern);
  let index = 0;

  function quantifier(): Quantifier | undefined {
    const char = chars[index];
    let result: Quantifier | undefined;
    if (char === '*') result = { min: 0, max: Number.POSITIVE_INFINITY };
    else if (char === '+') result = { min: 1, max: Number.POSITIVE_INFINITY };
    else if (char === '?') result = { min: 0, max: 1 };
    else if (char === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(chars.slice(index).join(''));
      if (match === null) return undefined;
      const min = Number(match[1]);
      const max =
        match[2] === undefined ? min : match[3] ? Number(match[3]) : Number.POSITIVE_INFINITY;
      index += match[0].length - 1;
      result = { min, max };
    }
    if (result === undefined) return undefined;
    index++;
    if (chars[index] === '?') index++; // lazy: backtracks the same amount
    return result;
  }

  function escapeAtom(): RegexNode {
    const next = chars[index + 1] ?? '';
    index += 2;
    if ((next === 'u' || next === 'p' || next === 'P') && chars[index] === '{') {
      while (index < chars.length && chars[index] !== '}') index++;
      index++;
      return { kind: 'other' };
    }
    if (next === 'u') {
      index += 4;
      return { kind: 'other' };
    }
    if (next === 'x') {
      index += 2;
      return { kind: 'other' };
    }
    if (next === 'c') {
      index += 1;
      return { kind: 'other' };
    }
    if (next === 'k' && chars[index] === '<') {
      while (index < chars.length && chars[index] !== '>') index++;
      index++;
      return { kind: 'other' };
    }
    // An escaped syntax character is a literal; \d, \w, \b, backreferences and the like are not.
    return /^[\^$\\.*+?()[\]{}|/-]$/.test(next)
      ? { kind: 'literal', char: next }
      : { kind: 'other' };
  }

  function characterClass(): RegexNode {
    index++;
    while (index < chars.length && chars[index] !== ']') index += chars[index] === '\\' ? 2 : 1;
    index++;
    return { kind: 'other' };
  }

  function group(): RegexNode {
    index++;
    if (chars[index] === '?') {
      index++;
      if (chars[index] === '<' && chars[index + 1] !== '=' && chars[index + 1] !== '!') {
        while (index < chars.length && chars[index] !== '>') index++;
        index++;
      } else {
        index += chars[index] === '<' ? 2 : 1;
      }
    }
    const alternatives = sequence();
    index++; // ')'
    return { kind: 'group', alternatives };
  }

  function sequence(): RegexNode[][] {
    const alternatives: RegexNode[][] = [[]];
    while (index < chars.length && chars[index] !== ')') {
      const char = chars[index]!;
      if (char === '|') {
        alternatives.push([]);
        index++;
        continue;
      }
      let node: RegexNode;
      if (char === '(') node = group();
      else if (char === '[') node = characterClass();
      else if (char === '\\') node = escapeAtom();
      else {
        index++;
        node =
          char === '.' || char === '^' || char === '$'
            ? { kind: 'other' }
            : { kind: 'literal', char };
      }
      const found = quantifier();
      if (found !== undefined) node.quantifier = found;
      alternatives.at(-1)!.push(node);
    }
    return alternatives;
  }

  return sequence();
}

function hasVariableQuantifier(alternatives: RegexNode[][]): boolean {
  return alternatives.some((nodes) =>
    nodes.some(
      (node) =>
        (node.quantifier !== undefined && node.quantifier.min !== node.quantifier.max) ||
        (node.kind === 'group' && hasVariableQuantifier(node.alternatives)),
    ),
  );
}

/** Alternatives that each start with a distinct literal cannot both match at one position. */
function alternativesDisjoint(alternatives: RegexNode[][]): boolean {
  if (alternatives.length < 2) return true;
  const firsts = new Set<string>();
  for (const nodes of alternatives) {
    const first = nodes[0];
    if (
      first?.kind !== 'literal' ||
      (first.quantifier !== undefined && first.quantifier.min === 0)
    ) {
      return false;
    }
    if (firsts.has(first.char)) return false;
    firsts.add(first.char);
  }
  return true;
}

function hasAmbiguousAlternation(alternatives: RegexNode[][]): boolean {
  if (!alternativesDisjoint(alternatives)) return true;
  return alternatives.some((nodes) =>
    nodes.some((node) => node.kind === 'group' && hasAmbiguousAlternation(node.alternatives)),
  );
}

function riskIn(alternatives: RegexNode[][]): BacktrackingRisk | undefined {
  for (const nodes of alternatives) {
    for (const node of nodes) {
      if (node.kind !== 'group') continue;
      if (node.quantifier !== undefined && node.quantifier.max > 1) {
        if (hasVariableQuantifier(node.alternatives)) return 'nestedQuantifier';
        if (hasAmbiguousAlternation(node.alternatives)) return 'ambiguousAlternation';
      }
      const inner = riskIn(node.alternatives);
      if (inner !== undefined) return inner;
    }
  }
  return undefined;
}

/**
 * A conservative static check for patterns that can backtrack exponentially. It looks only at
 * groups repeated more than once (`*`, `+`, `{2}`, `{1,5}`, ...) and rejects such a group when
 *
 * - it contains a variable quantifier anywhere inside (`(a+)+`, `(a*)*`, `(.*)*`, `(a?){3}`,
 *   `(\d+,)*`): `nestedQuantifier`; fixed counts like `(\d{3}-)+` are allowed;
 * - it, or a group inside it, has alternatives that do not all start with distinct literal
 *   characters (`(a|a)*`, `(a|ab)*`, `(\d|x)+`): `ambiguousAlternation`; `(?:foo|bar)+` is allowed.
 *
 * It accepts some slow patterns (polynomial ones like `\d+\d+$`, which the required `maxLength`
 * bounds) and rejects some safe ones (`(,\d+)*`); a schema author can rewrite those, usually as an
 * array of strings. Call it on patterns that compile as `u`-flag RegExps.
 *
 * @example
 * ```ts
 * findBacktrackingRisk('^(a+)+$'); // 'nestedQuantifier'
 * findBacktrackingRisk('^(a|ab)*$'); // 'ambiguousAlternation'
 * findBacktrackingRisk('^1[3-9]\\d{9}$'); // undefined
 * ```
 */
export function findBacktrackingRisk(pattern: string): BacktrackingRisk | undefined {
  return riskIn([[{ kind: 'group', alternatives: parse(pattern) }]]);
}
