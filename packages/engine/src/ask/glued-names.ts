import { type AskVocabulary, nameStems } from './entities';

/*
 * "cocacola", "palta hass" typed as "paltahass": two neighbouring words of one of the company's
 * names written as one are split again, so the name still matches (and is not reported unknown).
 */

const gluedCache = new WeakMap<AskVocabulary, Map<string, string>>();

function gluedPairs(vocabulary: AskVocabulary): Map<string, string> {
  let pairs = gluedCache.get(vocabulary);
  if (!pairs) {
    pairs = new Map();
    const names = [
      ...vocabulary.products.map((p) => p.name),
      ...vocabulary.categories,
      ...vocabulary.locations,
    ];
    for (const name of names) {
      const parts = nameStems(name);
      for (let i = 0; i + 1 < parts.length; i++) {
        const [first, second] = [parts[i] as string, parts[i + 1] as string];
        if (/^[a-z]{3,}$/.test(first) && /^[a-z]{3,}$/.test(second))
          pairs.set(`${first}${second}`, `${first} ${second}`);
      }
    }
    gluedCache.set(vocabulary, pairs);
  }
  return pairs;
}

/** The text with each word that glues two neighbouring name words split in two. */
export function unglueNames(text: string, vocabulary: AskVocabulary): string {
  const pairs = gluedPairs(vocabulary);
  if (pairs.size === 0) return text;
  return text
    .split(' ')
    .map((word) => pairs.get(word) ?? pairs.get(word.replace(/s$/, '')) ?? word)
    .join(' ');
}
