export type Params = Record<string, string | number | boolean | readonly string[] | undefined>;

/**
 * Fills `{name}` placeholders; a missing parameter is left out rather than shown raw, and so is
 * a parenthesis whose every placeholder is missing ("samtale senest 2 uger (senest {latest})").
 */
export function fill(template: string, params: Params = {}): string {
  return template
    .replace(/\s*\(([^()]*\{\w+\}[^()]*)\)/g, (group: string, inner: string) =>
      [...inner.matchAll(/\{(\w+)\}/g)].every(([, name]) => params[name as string] === undefined)
        ? ''
        : group,
    )
    .replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = params[name];
      return value === undefined ? '' : Array.isArray(value) ? value.join(', ') : String(value);
    })
    .replace(/\s+\(\)/g, '')
    .trim();
}
