import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { projectRoot } from '../common/project-root';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The hashes of the page templates' static styles: the `<style>` block of the layout and every
 * `style="…"` attribute. Only these may style a page; nothing may script one.
 */
export function pageStyleHashes(dir = path.join(projectRoot(), 'templates', 'pages')): { elements: string[]; attributes: string[] } {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile() && f.name.endsWith('.hbs'));
  const elements = new Set<string>();
  const attributes = new Set<string>();
  for (const file of files) {
    const source = readFileSync(path.join(file.parentPath, file.name), 'utf8');
    for (const [, css] of source.matchAll(/<style>([\s\S]*?)<\/style>/g)) elements.add(hash(css));
    for (const [, css] of source.matchAll(/\sstyle="([^"]*)"/g)) attributes.add(hash(css));
  }
  return { elements: [...elements], attributes: [...attributes] };
}

/**
 * Security headers (helmet) on every answer: a strict CSP for the server-rendered pages (no
 * scripts, styles only by hash, forms only to this site, never in a frame), nosniff, no referrer
 * (mail links carry tokens), HSTS when PUBLIC_URL is https, and no X-Powered-By. The Swagger UI
 * under /api/docs runs its own scripts and styles from this site, so it gets a CSP of its own.
 */
export function installSecurityHeaders(app: INestApplication, publicUrl: string): void {
  const styles = pageStyleHashes();
  const https = publicUrl.startsWith('https://');
  const common = {
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' as const },
    xFrameOptions: { action: 'deny' as const },
  };
  const pages = helmet({
    ...common,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'none'"],
        'style-src': ["'self'", "'unsafe-hashes'", ...styles.elements, ...styles.attributes],
        'style-src-elem': ["'self'", ...styles.elements],
        'style-src-attr': ["'unsafe-hashes'", ...styles.attributes],
        'img-src': ["'self'", 'data:'],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        'base-uri': ["'none'"],
      },
    },
  });
  const docs = helmet({
    ...common,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'frame-ancestors': ["'none'"],
        'base-uri': ["'none'"],
      },
    },
  });
  const express = app.getHttpAdapter().getInstance() as { disable(setting: string): void };
  express.disable('x-powered-by');
  app.use((request: Request, response: Response, next: NextFunction) =>
    (request.path.startsWith('/api/docs') ? docs : pages)(request, response, next),
  );
}
