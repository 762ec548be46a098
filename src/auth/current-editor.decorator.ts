import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { EditorIdentity } from './editor.guard';

export const CurrentEditor = createParamDecorator(
  (_: unknown, context: ExecutionContext): EditorIdentity => context.switchToHttp().getRequest<{ editor: EditorIdentity }>().editor,
);
