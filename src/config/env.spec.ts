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

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ SMTP_URL: 'http://mail' }, 'SMTP_URL'],
    [{ EDITOR_TOKENS: 'short' }, 'EDITOR_TOKENS'],
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
