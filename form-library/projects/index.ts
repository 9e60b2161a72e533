export * from './project-fields';
