import { cpSync, lstatSync, mkdtempSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

export interface PrivateProject {
  /** The folder only its owner may enter (mode 0700, like a home folder or `mktemp -d`). */
  privateFolder: string;
  /** The project inside it: the built app as `npm run build` leaves it. */
  dir: string;
  remove(): void;
}

/**
 * The built project (dist/, bin/, templates/, package.json) copied into a fresh 0700 folder, as
 * a clone in a home folder would lie. node_modules is linked, not copied, to keep the test fast:
 * the embedded PostgreSQL never runs its binaries from there as root (it copies them first).
 */
export function privateCopyOfProject(): PrivateProject {
  const privateFolder = mkdtempSync(path.join(os.tmpdir(), 'toezegd-private-'));
  const dir = path.join(privateFolder, 'toezegd');
  for (const part of ['dist', 'bin', 'templates', 'package.json']) cpSync(path.join(ROOT, part), path.join(dir, part), { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return {
    privateFolder,
    dir,
    remove: () => {
      const cluster = path.join(dir, 'data', 'postgres');
      // As root the cluster lives elsewhere (see postgres-cluster-dir.ts): remove it too.
      if (isLink(cluster)) rmSync(path.resolve(path.dirname(cluster), readlinkSync(cluster)), { recursive: true, force: true });
      rmSync(privateFolder, { recursive: true, force: true });
    },
  };
}

function isLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}
