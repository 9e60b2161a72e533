/** The staff API (server/staff/routes.ts) for the authority admin's staff screen. */
import type { AddedStaffMember, StaffMember } from '../../api-contract';
import type { ManagedRole } from '../../permissions/permissions';
import { api } from '../../ui/api/http';

export type { ManagedRole };
export type { StaffMember as StaffItem };

export const listStaff = () => api<StaffMember[]>('GET', '/api/staff');
export const addStaff = (body: { email: string; name: string; role: ManagedRole }) => api<AddedStaffMember>('POST', '/api/staff', body);
export const resetStaffPassword = (id: number) => api<{ id: number; temporaryPassword: string }>('POST', `/api/staff/${id}/reset-password`);
export const deactivateStaff = (id: number) => api<StaffMember>('POST', `/api/staff/${id}/deactivate`);
export const reactivateStaff = (id: number) => api<StaffMember>('POST', `/api/staff/${id}/reactivate`);
