/** The staff API (server/staff/routes.ts) for the authority admin's staff screen. */
import type { AddedStaffMember, GroupMappings, StaffMember, StaffWithAuthenticator } from '../../api-contract';
import type { ManagedRole } from '../../permissions/permissions';
import { api } from '../../ui/api/http';

export type { ManagedRole };
export type { StaffMember as StaffItem };

export const listStaff = () => api<StaffMember[]>('GET', '/api/staff');
export const addStaff = (body: { email: string; name: string; role: ManagedRole }) => api<AddedStaffMember>('POST', '/api/staff', body);
export const resetStaffPassword = (id: number) => api<{ id: number; temporaryPassword: string }>('POST', `/api/staff/${id}/reset-password`);
export const deactivateStaff = (id: number) => api<StaffMember>('POST', `/api/staff/${id}/deactivate`);
export const reactivateStaff = (id: number) => api<StaffMember>('POST', `/api/staff/${id}/reactivate`);
export const resetSecondFactor = (id: number) => api<{ id: number; twoFactorEnabled: false }>('POST', `/api/staff/${id}/reset-second-factor`);
export const listGroupMappings = () => api<GroupMappings>('GET', '/api/staff-sso/mappings');
export const setGroupMapping = (body: { group: string; role: ManagedRole }) => api<GroupMappings>('PUT', '/api/staff-sso/mappings', body);
export const removeGroupMapping = (group: string) => api<GroupMappings>('DELETE', `/api/staff-sso/mappings?group=${encodeURIComponent(group)}`);
export const listResettableAuthenticators = () => api<StaffWithAuthenticator[]>('GET', '/api/staff/authenticators');
