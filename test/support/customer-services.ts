/**
 * A customer's starting points in a walk: a service as the offering lists it for a municipality,
 * and a draft the customer left in this browser before.
 */
import type { Page } from 'playwright-core';
import type { OfferedService } from '../../api-contract';
import type { FormData } from '../../form-library/format/types';
import { draftKey, type Draft } from '../../runtime/customer/drafts';
import { ApiClient } from './server';

/** The service `serviceId` as the offering lists it in `municipality` (Helsinki by default), or undefined. */
export async function offeredService(serverUrl: string, serviceId: string, municipality = '091'): Promise<OfferedService | undefined> {
  const offering = await new ApiClient(serverUrl).get<{ services: OfferedService[] }>(`/api/offering?municipality=${municipality}&lang=fi`);
  return offering.body.services.find((s) => s.serviceId === serviceId);
}

/** The deployment that offers `serviceId` in `municipality`; 0 when it is not offered (the walk's first test says so). */
export async function offeredDeploymentId(serverUrl: string, serviceId: string, municipality = '091'): Promise<number> {
  return (await offeredService(serverUrl, serviceId, municipality))?.deploymentId ?? 0;
}

/**
 * Leaves a draft of the form in this browser's storage as the customer app keeps one: on the
 * form's first step, no contact details or attachments yet. The page must be on the server's origin.
 */
export async function leaveDraft(page: Page, draft: { deploymentId: number; municipality?: string; data: FormData; idempotencyKey: string }): Promise<void> {
  const stored: Omit<Draft, 'updatedAt'> = {
    data: draft.data,
    contact: { name: '', email: '', phone: '' },
    step: 0,
    stage: 'form',
    idempotencyKey: draft.idempotencyKey,
    attachments: [],
  };
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [draftKey(draft.deploymentId, draft.municipality ?? '091'), JSON.stringify(stored)]);
}
