export * from './auth.js';
export * from './organisations.js';
export * from './reference.js';
export * from './platform.js';
