// The logging of the app: src/logging/ holds the parts.
export { createLogger } from './logging/app-logger';
export { installRequestLogging } from './logging/request-logging';
