import { validateEnv } from './env';

describe(validateEnv.name, () => {
  it('should fill in the defaults', () => {
    const env = validateEnv({});
    expect(env).toMatchObject({ PORT: 3000, DATA_DIR: './data', DEFAULT_TERM_DAYS: 90, PUBLIC_URL: 'http://localhost:3000' });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('should read numbers and strip a trailing slash from PUBLIC_URL', () => {
    expect(validateEnv({ PORT: '8080', PUBLIC_URL: 'https://toezegd.nl/' })).toMatchObject({ PORT: 8080, PUBLIC_URL: 'https://toezegd.nl' });
  });

  it('should refuse a TIMEZONE other than Dutch time: the zone is not a setting', () => {
    expect(() => validateEnv({ TIMEZONE: 'UTC' })).toThrow(/TIMEZONE is not a setting: toezegd always works in Dutch time \(Europe\/Amsterdam\); unset it/);
    expect(validateEnv({ TIMEZONE: 'Europe/Amsterdam' }).TIMEZONE).toBe('Europe/Amsterdam');
  });

  it('should accept long, varied, distinct editor tokens', () => {
    expect(validateEnv({ EDITOR_TOKENS: 'alice=0123456789abcdefghijklmnopqrstuv,Zyxwvutsrqponmlkjihgfedcba9876543210' }).EDITOR_TOKENS).toBeDefined();
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ SMTP_URL: 'http://mail' }, 'SMTP_URL'],
    [{ EDITOR_TOKENS: 'short' }, 'EDITOR_TOKENS'],
    [{ EDITOR_TOKENS: 'alice=aaaaaaaaaaaaaaaa' }, 'EDITOR_TOKENS'],
    [{ EDITOR_TOKENS: `alice=${'a'.repeat(40)}` }, 'EDITOR_TOKENS.*different characters'],
    [{ EDITOR_TOKENS: `alice=${'ab'.repeat(20)}` }, 'EDITOR_TOKENS.*different characters'],
    [{ EDITOR_TOKENS: 'alice=0123456789abcdefghijklmnopqrstuv,bob=0123456789abcdefghijklmnopqrstuv' }, 'EDITOR_TOKENS.*twice'],
    [{ EDITOR_TOKENS: 'alice=0123456789abcdefghijklmnopqrst' }, 'EDITOR_TOKENS.*shorter than 32'],
    [{ PUBLIC_URL: 'not a url' }, 'PUBLIC_URL'],
  ])('should name the bad variable in one line for %p', (raw, name) => {
    expect(() => validateEnv(raw)).toThrow(new RegExp(`^invalid environment: .*${name}`));
    try {
      validateEnv(raw);
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });
});
