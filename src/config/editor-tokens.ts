import { ValidateBy, ValidationOptions } from 'class-validator';

export const EDITOR_TOKEN_MIN_LENGTH = 32;
/** A token needs at least this many different characters: `aaaa…` or `abab…` is guessable at any length. */
export const EDITOR_TOKEN_MIN_DISTINCT = 12;

/** Why an EDITOR_TOKENS value is unsafe (null: fine). Entries are `token` or `name=token`. */
export function editorTokensProblem(raw: string): string | null {
  const entries = raw.split(',').map((entry) => {
    const at = entry.indexOf('=');
    return { name: at > 0 ? entry.slice(0, at) : null, token: at > 0 ? entry.slice(at + 1) : entry };
  });
  const seenTokens = new Set<string>();
  const seenNames = new Set<string>();
  for (const [index, { name, token }] of entries.entries()) {
    const which = name ? `the token of ${name}` : `token ${index + 1}`;
    if (/[\s=]/.test(token) || token === '') return `${which} is empty or holds spaces or "="`;
    if (token.length < EDITOR_TOKEN_MIN_LENGTH) return `${which} is shorter than ${EDITOR_TOKEN_MIN_LENGTH} characters`;
    if (new Set(token).size < EDITOR_TOKEN_MIN_DISTINCT) return `${which} has fewer than ${EDITOR_TOKEN_MIN_DISTINCT} different characters`;
    if (seenTokens.has(token)) return `${which} is given twice (every editor needs a token of their own)`;
    if (name && seenNames.has(name)) return `the name ${name} is given twice`;
    seenTokens.add(token);
    if (name) seenNames.add(name);
  }
  return null;
}

/** class-validator decorator for EDITOR_TOKENS; the message says what is wrong. */
export function IsSafeEditorTokens(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isSafeEditorTokens',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && editorTokensProblem(value) === null,
        defaultMessage: (args) =>
          `EDITOR_TOKENS must be comma-separated random tokens (optionally name=token): ${typeof args?.value === 'string' ? editorTokensProblem(args.value) : 'not text'}`,
      },
    },
    options,
  );
}
