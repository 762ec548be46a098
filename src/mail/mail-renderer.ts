import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Injectable } from '@nestjs/common';
import Handlebars from 'handlebars';
import { projectRoot } from '../common/project-root';
import { headerSafe } from './mime';

export const MAIL_TEMPLATES = ['confirmation', 'digest'] as const;
export type MailTemplate = (typeof MAIL_TEMPLATES)[number];

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

type Compiled = Record<'subject' | 'html' | 'text', Handlebars.TemplateDelegate>;

/** Renders the Dutch e-mails in templates/mail: `<name>.subject.hbs`, `<name>.html.hbs`, `<name>.txt.hbs`. */
@Injectable()
export class MailRenderer {
  private readonly templates = new Map<MailTemplate, Compiled>();
  private readonly htmlLayout: Handlebars.TemplateDelegate;
  private readonly textLayout: Handlebars.TemplateDelegate;

  constructor() {
    const dir = path.join(projectRoot(), 'templates', 'mail');
    const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');
    const html = Handlebars.create();
    const text = Handlebars.create();
    registerHelpers(html);
    registerHelpers(text);
    this.htmlLayout = html.compile(read('layout.html.hbs'), { strict: true });
    this.textLayout = text.compile(read('layout.txt.hbs'), { strict: true, noEscape: true });
    for (const name of MAIL_TEMPLATES) {
      this.templates.set(name, {
        subject: text.compile(read(`${name}.subject.hbs`), { strict: true, noEscape: true }),
        html: html.compile(read(`${name}.html.hbs`), { strict: true }),
        text: text.compile(read(`${name}.txt.hbs`), { strict: true, noEscape: true }),
      });
    }
  }

  render(name: MailTemplate, data: Record<string, unknown>): RenderedMail {
    const template = this.templates.get(name);
    if (!template) throw new Error(`unknown mail template ${name}`);
    const subject = headerSafe(template.subject(data));
    const layoutData = { unsubscribeUrl: null, manageUrl: null, ...data, subject };
    return {
      subject,
      html: this.htmlLayout({ ...layoutData, body: new Handlebars.SafeString(template.html(data)) }),
      text: this.textLayout({ ...layoutData, body: template.text(data) }),
    };
  }
}

const LONG_DATE = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

function registerHelpers(instance: typeof Handlebars): void {
  instance.registerHelper('date', (day: unknown) =>
    typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day) ? LONG_DATE.format(new Date(`${day}T00:00:00Z`)) : '',
  );
  instance.registerHelper('eq', (a: unknown, b: unknown) => a === b);
}
