/** A ready service to send in API tests that need one send without identification or attachments. */
import type { FormData, ServiceDefinition } from '../../form-library/format/types';
import { setAnswerAt, visibleAnswerPaths } from '../../form-library/library/example-answers';
import { readyPackExamples, readyPacks } from '../../form-library/library/index';

/**
 * A ready municipal service a customer sends without identification or attachments, with its
 * example answers moved to Helsinki, whose demo handler takes its cases.
 */
export function plainService(): { service: ServiceDefinition; data: FormData; municipality: string } {
  for (const service of readyPacks.flatMap((p) => p.services)) {
    const data = structuredClone(readyPackExamples[service.id]);
    if (service.authorityKind !== 'municipality' || (service.identification ?? 'none') !== 'none') continue;
    if (visibleAnswerPaths(service, data, 'attachment', Array.isArray).length > 0) continue;
    const places = visibleAnswerPaths(service, data, 'municipality');
    if (places.length === 0) continue;
    for (const path of places) setAnswerAt(data, path, '091');
    return { service, data, municipality: '091' };
  }
  throw new Error('no ready municipal service without identification and attachments');
}

