import { Injectable, Logger } from '@nestjs/common';
import { TkHttpError } from '../tk/tk-http';
import type { TkDocumentRecord } from '../tk/tk-mapping';
import { readObAnswerXml } from './ob-answer-xml';
import { ObClient, ObUnavailableError } from './ob-client';

/** The text to store, or why the TK file has to be read instead. */
export type ObAnswerOutcome = { text: string; fallback?: undefined } | { fallback: string; text?: undefined };

/** Answer texts from officielebekendmakingen, whose `vraag`/`antwoord` blocks read more cleanly than a PDF. */
@Injectable()
export class ObAnswerTexts {
  private readonly logger = new Logger(ObAnswerTexts.name);

  constructor(private readonly ob: ObClient) {}

  get enabled(): boolean {
    return this.ob.enabled;
  }

  /**
   * The answer's text from its publication `id` in the Aanhangsel van de Handelingen (see
   * `answerPublication`). Null when there is nothing to ask (OB_URL unset, not an answer, no id).
   * Any failure, a missing publication or one without an `antwoord` is a fallback with its reason,
   * logged here once.
   */
  async textOf(record: TkDocumentRecord, id: string | null, signal?: AbortSignal): Promise<ObAnswerOutcome | null> {
    if (!this.ob.enabled || record.kind !== 'answer' || !id) return null;
    let reason: string;
    let expected = true;
    try {
      const answer = readObAnswerXml((await this.ob.publicationXml(id, signal)).toString('utf8'));
      if (answer.answers > 0) return { text: answer.text };
      reason = 'the publication has no antwoord';
    } catch (error) {
      if (signal?.aborted) throw signal.reason as Error;
      reason = error instanceof Error ? error.message : String(error);
      expected = (error instanceof TkHttpError && error.status === 404) || error instanceof ObUnavailableError;
    }
    const line = `document ${record.number ?? record.tkId}: text from the TK file, not from ${id} (${reason})`;
    if (expected) this.logger.log(line);
    else this.logger.warn(line);
    return { fallback: reason };
  }
}
