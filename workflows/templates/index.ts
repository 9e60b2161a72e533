export { applicationTemplate } from './application-template';
export { notificationTemplate } from './notification-template';
