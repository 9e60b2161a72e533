/** The public reference data both apps read (server/API.md, "Reference data"). */
import type { Topic } from '../../api-contract';
import { api } from './http';

/** A service package by topic (palvelukokonaisuus), with its name in fi/sv/en. */
export type { Topic };

export const listTopics = () => api<Topic[]>('GET', '/api/topics');
