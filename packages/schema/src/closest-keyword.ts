function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The known keyword a typo most likely meant, or `undefined` when none is close: at most one edit
 * for names of up to four characters, two for longer ones, so `foo` does not become `not`.
 *
 * @example
 * ```ts
 * closestKeyword('requried', ['required', 'properties']); // 'required'
 * closestKeyword('foo', ['not']); // undefined
 * ```
 */
export function closestKeyword(name: string, keywords: Iterable<string>): string | undefined {
  const allowed = name.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const keyword of keywords) {
    const distance = editDistance(name.toLowerCase(), keyword.toLowerCase());
    if (distance < bestDistance) {
      best = keyword;
      bestDistance = distance;
    }
  }
  return best;
}
