import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Injectable } from '@nestjs/common';
import Handlebars from 'handlebars';
import { projectRoot } from '../common/project-root';

/** Server-rendered Dutch pages from templates/pages/<name>.hbs inside templates/pages/layout.hbs. */
@Injectable()
export class PageRenderer {
  private readonly handlebars = Handlebars.create();
  private readonly pages = new Map<string, Handlebars.TemplateDelegate>();
  private readonly layout: Handlebars.TemplateDelegate;

  constructor() {
    const dir = path.join(projectRoot(), 'templates', 'pages');
    const partials = path.join(dir, 'partials');
    for (const file of safeList(partials)) {
      this.handlebars.registerPartial(path.basename(file, '.hbs'), readFileSync(path.join(partials, file), 'utf8'));
    }
    this.handlebars.registerHelper('eq', (a: unknown, b: unknown) => a === b);
    this.handlebars.registerHelper('days', (n: unknown) => (n === 1 ? '1 dag' : `${String(n)} dagen`));
    this.handlebars.registerHelper('lower', (text: unknown) => (typeof text === 'string' ? text.toLowerCase() : ''));
    for (const file of safeList(dir)) {
      this.pages.set(path.basename(file, '.hbs'), this.handlebars.compile(readFileSync(path.join(dir, file), 'utf8')));
    }
    const layout = this.pages.get('layout');
    if (!layout) throw new Error('templates/pages/layout.hbs is missing');
    this.layout = layout;
  }

  /** Registers extra helpers (dates, number formats) for modules that need them. */
  helper(name: string, fn: Handlebars.HelperDelegate): void {
    this.handlebars.registerHelper(name, fn);
  }

  render(page: string, data: Record<string, unknown> & { title: string }): string {
    const template = this.pages.get(page);
    if (!template) throw new Error(`unknown page template ${page}`);
    return this.layout({ ...data, body: new Handlebars.SafeString(template(data)) });
  }
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.hbs'));
  } catch {
    return [];
  }
}
