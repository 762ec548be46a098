import { EditorSessionRecord } from './auth/editor-session.entity';
import { Commitment } from './commitments/commitment.entity';
import { CommitmentEvent } from './commitments/commitment-event.entity';
import { Document } from './documents/document.entity';
import { FulfilmentCandidate } from './fulfilment/fulfilment-candidate.entity';
import { Notification } from './outbox/notification.entity';
import { RateLimitCounter } from './rate-limit/rate-limit.entity';
import { SyncState } from './sources/sync-state.entity';
import { TkActor } from './sources/tk/tk-actor.entity';
import { TkDocumentVersie } from './sources/tk/tk-document-versie.entity';
import { TkDocumentZaak } from './sources/tk/tk-document-zaak.entity';
import { TkKamerstukdossier } from './sources/tk/tk-kamerstukdossier.entity';
import { TkZaak } from './sources/tk/tk-zaak.entity';
import { AccessToken } from './subscriptions/access-token.entity';
import { Subscriber } from './subscriptions/subscriber.entity';
import { Subscription } from './subscriptions/subscription.entity';

export const ENTITIES = [
  Document, Commitment, CommitmentEvent, Subscriber, Subscription, AccessToken, Notification, SyncState,
  FulfilmentCandidate, TkZaak, TkDocumentZaak, TkActor, TkDocumentVersie, TkKamerstukdossier, EditorSessionRecord, RateLimitCounter,
];
