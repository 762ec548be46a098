import { DynamicModule, Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { Env, validateEnv } from './env';

export const ENV = Symbol('ENV');

/**
 * The validated environment as one typed object, injected with `@Inject(ENV)`.
 * `overrides` lets tests and the CLI run an app with settings of their own.
 */
@Global()
@Module({})
export class EnvModule {
  static forRoot(overrides: Record<string, string | undefined> = {}): DynamicModule {
    const read = (raw: Record<string, unknown>) => validateEnv({ ...raw, ...overrides });
    return {
      module: EnvModule,
      imports: [ConfigModule.forRoot({ ignoreEnvFile: true, cache: true, validate: read })],
      providers: [{ provide: ENV, useFactory: (): Env => read(process.env) }],
      exports: [ENV],
    };
  }
}
