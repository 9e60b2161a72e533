/** The staff API (server/staff/routes.ts) for the authority admin's staff screen. */
import { api } from '../../ui/api/http';

export type ManagedRole = 'handler' | 'designer' | 'admin';

export interface StaffItem {
  id: number;
  email: string;
  name: string;
  role: string;
  active: boolean;
  /** Still holds the temporary password an admin handed over. */
  mustChangePassword?: boolean;
  createdAt: string;
}

export const listStaff = () => api<StaffItem[]>('GET', '/api/staff');
export const addStaff = (body: { email: string; name: string; role: ManagedRole }) => api<StaffItem & { temporaryPassword: string }>('POST', '/api/staff', body);
export const resetStaffPassword = (id: number) => api<{ id: number; temporaryPassword: string }>('POST', `/api/staff/${id}/reset-password`);
export const deactivateStaff = (id: number) => api<StaffItem>('POST', `/api/staff/${id}/deactivate`);
export const reactivateStaff = (id: number) => api<StaffItem>('POST', `/api/staff/${id}/reactivate`);
