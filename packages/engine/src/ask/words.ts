/** A regex over whole words ("%" and "-" count as word characters at the edges). */
export const words = (...alternatives: string[]): RegExp =>
  new RegExp(`(?<![a-z0-9%_-])(?:${alternatives.join('|')})(?![a-z0-9%_-])`);
