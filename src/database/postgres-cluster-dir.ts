import { createHash } from 'node:crypto';
import { chmodSync, chownSync, existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, rmdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { EmbeddedPostgresError, OR_USE_ANOTHER_SERVER } from './embedded-postgres-error';
import { canEnter, OsUser } from './postgres-os-user';

/** Where root keeps clusters whose requested folder the `postgres` user cannot enter. */
export const ROOT_CLUSTER_FOLDER = '/var/lib/toezegd';

/**
 * The folder the cluster really lives in. Normally `requested` itself. As root, when the
 * `postgres` user cannot enter the folder above `requested` (the project lies in a private
 * folder), the cluster lives in a stable folder under /var/lib/toezegd named after `requested`,
 * and `requested` becomes a symbolic link to it: data survives restarts, and no folder of the
 * user's has its permissions changed.
 */
export function clusterDir(requested: string, user: OsUser | null): string {
  const wanted = path.resolve(requested);
  mkdirSync(path.dirname(wanted), { recursive: true });
  if (!user) return wanted;
  if (isLink(wanted)) return ownedBy(user, path.resolve(path.dirname(wanted), readlinkSync(wanted)));
  if (canEnter(user, path.dirname(wanted))) return ownedBy(user, wanted);
  if (existsSync(wanted) && readdirSync(wanted).length > 0) {
    throw new EmbeddedPostgresError(
      `the database folder ${wanted} lies where the "${user.name}" user cannot enter; move it to a folder that user can reach and link ${wanted} to it, ${OR_USE_ANOTHER_SERVER}`,
    );
  }
  if (existsSync(wanted)) rmdirSync(wanted);
  const stable = path.join(ROOT_CLUSTER_FOLDER, `postgres-${createHash('sha256').update(wanted).digest('hex').slice(0, 16)}`);
  mkdirSync(ROOT_CLUSTER_FOLDER, { recursive: true });
  chmodSync(ROOT_CLUSTER_FOLDER, 0o755);
  ownedBy(user, stable);
  symlinkSync(stable, wanted, 'dir');
  return stable;
}

function isLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/** PostgreSQL wants its data folder owned by itself, mode 0700. */
function ownedBy(user: OsUser, dir: string): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stat = lstatSync(dir);
  if (stat.uid !== user.uid) chownSync(dir, user.uid, user.gid);
  return dir;
}
