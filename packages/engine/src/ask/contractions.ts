/*
 * English contractions spelled out before punctuation is dropped, so "how'd we do" reads as
 * "how did we do" and "didn't sell" as "did not sell" (an apostrophe alone would leave "how d").
 */
const CONTRACTIONS: readonly [RegExp, string][] = [
  [/(?<![a-z])can['’]t(?![a-z])/g, 'can not'],
  [/(?<![a-z])won['’]t(?![a-z])/g, 'will not'],
  [/([a-z])n['’]t(?![a-z])/g, '$1 not'],
  [/(?<![a-z])i['’]m(?![a-z])/g, 'i am'],
  [/([a-z])['’]re(?![a-z])/g, '$1 are'],
  [/([a-z])['’]ve(?![a-z])/g, '$1 have'],
  [/([a-z])['’]ll(?![a-z])/g, '$1 will'],
  // "how'd", "what'd": in a question the "d" is "did".
  [/(?<![a-z])(how|what|where|who|when|why)['’]d(?![a-z])/g, '$1 did'],
  [/(?<![a-z])(how|what|where|who|when|why|which)['’]s(?![a-z])/g, '$1 is'],
];

export const expandContractions = (text: string): string =>
  CONTRACTIONS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
