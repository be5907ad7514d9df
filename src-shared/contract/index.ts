export * from './api';
export * from './errors';
export * from './events';
export * from './views';
export * from './worker-protocol';
export * from './bridge';
