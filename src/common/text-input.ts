/** Control characters no text field needs (tab, newline and carriage return are fine); NUL among them. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const MAX_INPUT_DEPTH = 16;
export const MAX_INPUT_STRING = 10_000;
export const MAX_INPUT_NODES = 5_000;

/**
 * What is wrong with a request's query, body or path parameters as a whole, or null. Walks the
 * value without recursion, so a body nested thousands deep is measured, not followed.
 */
export function inputProblem(value: unknown, where: string): string | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: where, depth: 0 }];
  let nodes = 0;
  while (stack.length > 0) {
    const { value: current, path, depth } = stack.pop() as { value: unknown; path: string; depth: number };
    if (++nodes > MAX_INPUT_NODES) return `${where} has more than ${MAX_INPUT_NODES} values`;
    if (typeof current === 'string') {
      if (CONTROL.test(current)) return `${path} contains a NUL byte or another control character`;
      if (current.length > MAX_INPUT_STRING) return `${path} is longer than ${MAX_INPUT_STRING} characters`;
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (depth >= MAX_INPUT_DEPTH) return `${where} is nested deeper than ${MAX_INPUT_DEPTH} levels`;
    for (const [key, child] of Object.entries(current)) {
      if (CONTROL.test(key)) return `${path} has a field name with a control character`;
      stack.push({ value: child, path: `${path}.${key}`, depth: depth + 1 });
    }
  }
  return null;
}

/** Whether `value` is a real calendar day written yyyy-mm-dd (2021-02-30 is not). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
