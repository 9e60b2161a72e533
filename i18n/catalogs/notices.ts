/**
 * The customer app's public notices, one section per page: the privacy notice (GDPR art. 13-14) and
 * the accessibility statement (Act 306/2019). A page is `title`, `lead`, then its parts in order:
 * part n is `s<n>Heading`, its paragraphs `s<n>P<i>`, list items `s<n>Item<i>` and paragraphs after
 * the list `s<n>After<i>` (see runtime/customer/notices/notice-document.ts). A paragraph may link
 * `[text](https://…)`; `{email}` is the service's contact address, `{updated}` the day checked.
 */
import en from './notices/en.json';
import fi from './notices/fi.json';
import sv from './notices/sv.json';
import { defineSections } from '../translate';

const sections = defineSections({ fi, sv, en });

export const privacyNoticeTexts = sections.privacy;
export const accessibilityStatementTexts = sections.accessibility;
