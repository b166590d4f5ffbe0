export * from './averaging';
export * from './figure-gaps';
export * from './market-errors';
export * from './mention-forms';
export * from './plans';
export * from './sector-names';
export * from './taxonomy';
export * from './windows';
