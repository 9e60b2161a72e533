/**
 * The runtime's entry: small, so that a page the server rendered (a service page, whose form is in
 * the HTML) is painted before the app's code runs. From the cache on a second visit that code would
 * otherwise be compiled and run before the first paint, and the form shown only after it. The app
 * (start-app.tsx) is preloaded by the HTML (server/http/app-pages.ts), so it is here or under way.
 */
// The customer pages' styles are the entry's own, so the HTML links them: a server-rendered page is
// drawn with them before any script runs.
import './styles/customer.css';
import './form-renderer/form-renderer.css';

const root = document.getElementById('root')!;
const start = () => void import('./start-app').then((app) => app.startApp(root));

if (root.firstElementChild) {
  // After the next frame is painted: a frame's callback, then a task after its paint.
  requestAnimationFrame(() => setTimeout(start, 0));
} else {
  start();
}
