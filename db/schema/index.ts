export * from './enums';
export * from './users';
export * from './sites';
export * from './stations';
export * from './id-tags';
export * from './sessions';
export * from './commands';
export * from './ocpp-log';
