export type Params = Record<string, string | number | boolean | readonly string[] | undefined>;

/**
 * A placeholder: `{name}`, or a count with its noun in the singular and the plural,
 * `{n#dag|dage}` ("1 dag", "3 dage"), so a catalogue never writes "1 dage" (issue 14).
 */
const PLACEHOLDER = /\{(\w+)(?:#([^|{}]*)\|([^{}]*))?\}/g;

/**
 * Fills `{name}` and `{name#one|other}` placeholders; a missing parameter is left out rather
 * than shown raw, and so is a parenthesis whose every placeholder is missing ("samtale senest
 * 2 uger (senest {latest})").
 */
export function fill(template: string, params: Params = {}): string {
  return template
    .replace(/\s*\(([^()]*\{\w+(?:#[^{}]*)?\}[^()]*)\)/g, (group: string, inner: string) =>
      [...inner.matchAll(PLACEHOLDER)].every(([, name]) => params[name as string] === undefined) ? '' : group,
    )
    .replace(PLACEHOLDER, (_, name: string, one?: string, other?: string) => {
      const value = params[name];
      if (value === undefined) return '';
      if (one !== undefined) return `${value} ${Number(value) === 1 ? one : other}`;
      return Array.isArray(value) ? value.join(', ') : String(value);
    })
    .replace(/\s+\(\)/g, '')
    .trim();
}

/**
 * A program term inside a sentence: "Egen læge" reads "egen læge" after "Oplysninger fra", while a
 * term that opens with an abbreviation or a name in capitals ("LÆ 165 …", "FAM") keeps them.
 */
export const midSentence = (term: string): string =>
  term.replace(/^(\p{Lu})(?=\p{Ll})/u, (c) => c.toLocaleLowerCase('da'));

/** The placeholders a text takes, by name (`{n#dag|dage}` counts as `n`). */
export const placeholdersOf = (template: string): string[] =>
  [...new Set([...template.matchAll(PLACEHOLDER)].map(([, name]) => name as string))].sort();
