// Public surface of @concord/shared. Each module adds its own export line.
export * from './plan-json';
export * from './ids';
export * from './import';
export * from './model';
export * from './meetings';
export * from './rag-colour';
export * from './leads';
export * from './section-heading';
export * from './groups';
export * from './requests';
