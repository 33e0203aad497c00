/**
 * How a field is named in every message Markpoint prints, whoever found the problem (the content
 * validator, a share code, a backup): `points[2].statement`, with record keys that are not plain
 * names quoted, `marks["01-intro"]`, because those keys come from data and may be anything.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === 'number') return `${out}[${part}]`;
    const name = String(part);
    if (!/^[A-Za-z][A-Za-z0-9-]*$/.test(name)) return `${out}[${JSON.stringify(name)}]`;
    return out ? `${out}.${name}` : name;
  }, '');
}
