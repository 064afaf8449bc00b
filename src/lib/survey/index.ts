export * from './method';
export * from './intervals';
export * from './stats';
export * from './respondents';
export * from './compute';
export * from './ranking';
export * from './labels';
export * from './summary';
