/** Public API of the form library: the form-pack format and everything that reads it. */
export * from './format/types';
export { validatePackFile, validatePackContent, packFileSchema, packContentSchema, formDefinitionSchema } from './format/pack-schema';
export * from './formats/index';
