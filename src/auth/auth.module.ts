import { Module } from '@nestjs/common';
import { EditorViewer } from './editor-viewer';

/** Tells editors from the public on routes both read (an editor also sees commitments not published). */
@Module({ providers: [EditorViewer], exports: [EditorViewer] })
export class AuthModule {}
