/**
 * The project data form's page check in the browser. The customer pages' CSP forbids compiling a
 * JSON Schema check and the project routes serve none precompiled, so the page is checked by the
 * form walk alone (required answers, conditions, bounds: form-library/validation) and the server
 * checks the rest when the project is started or changed, answering 422 with the fields.
 */
import type { SchemaCheck } from '../../form-renderer/precompiled-check';

export const projectDataCheck: SchemaCheck = () => true;
