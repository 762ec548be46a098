import { execFileSync, spawnSync } from 'node:child_process';
import { EmbeddedPostgresError, OR_USE_ANOTHER_SERVER } from './embedded-postgres-error';

/** The operating-system user PostgreSQL runs as when we are root (it refuses to run as root). */
export interface OsUser {
  name: string;
  uid: number;
  gid: number;
}

const NAME = 'postgres';

export function runningAsRoot(): boolean {
  return process.getuid?.() === 0;
}

/** As root: the `postgres` user, created (a system user without a home) when missing. Else null. */
export function postgresOsUser(): OsUser | null {
  if (!runningAsRoot()) return null;
  const existing = lookUp();
  if (existing) return existing;
  // Two processes may race here: whichever loses finds the winner's user afterwards.
  spawnSync('groupadd', ['--system', NAME], { stdio: 'ignore' });
  spawnSync('useradd', ['--system', '--gid', NAME, '--no-create-home', '--shell', '/usr/sbin/nologin', NAME], { stdio: 'ignore' });
  const created = lookUp();
  if (!created) {
    throw new EmbeddedPostgresError(
      `PostgreSQL does not run as root and there is no "${NAME}" user to run it as (useradd failed); create one (useradd --system ${NAME}), run as a normal user, ${OR_USE_ANOTHER_SERVER}`,
    );
  }
  return created;
}

function lookUp(): OsUser | null {
  try {
    const uid = Number(execFileSync('id', ['-u', NAME], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    const gid = Number(execFileSync('id', ['-g', NAME], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    return Number.isInteger(uid) && Number.isInteger(gid) ? { name: NAME, uid, gid } : null;
  } catch {
    return null;
  }
}

/**
 * Whether `user` may enter the folder `dir` (every folder above it included). Asked of the system
 * itself, as that user, so modes, groups and ACLs all count.
 */
export function canEnter(user: OsUser, dir: string): boolean {
  const result = spawnSync('test', ['-x', dir, '-a', '-d', dir], { uid: user.uid, gid: user.gid, cwd: '/', stdio: 'ignore' });
  return result.status === 0;
}
