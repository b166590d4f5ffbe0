export * from './protocol';
export * from './transport';
export * from './views';
