export * from './audit.ts';
export * from './citizen-sessions.ts';
export * from './citizens.ts';
export * from './events.ts';
export * from './limits.ts';
export * from './messaging.ts';
export * from './organisations.ts';
export * from './projections.ts';
