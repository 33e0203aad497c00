/**
 * Registers the service worker, tells the learner when a new version is waiting (and reloads only
 * when they choose), and shows when the device is offline. Loaded on every page, so kept small.
 */
import { Workbox } from 'workbox-window';

export function startOffline(base: string): void {
  const banner = document.getElementById('update-banner');
  const reload = document.getElementById('update-reload');
  const offlineNote = document.getElementById('offline-indicator');

  const showConnection = () => {
    if (offlineNote) offlineNote.hidden = navigator.onLine;
  };
  window.addEventListener('online', showConnection);
  window.addEventListener('offline', showConnection);
  showConnection();

  if (!('serviceWorker' in navigator)) return;
  const workbox = new Workbox(`${base}sw.js`, { scope: base });
  workbox.addEventListener('waiting', () => {
    if (!banner || !reload) return;
    banner.hidden = false;
    reload.addEventListener(
      'click',
      () => {
        // Let open editors save their drafts before the page goes (scenario answers save on pagehide too).
        window.dispatchEvent(new Event('markpoint:before-update'));
        navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
        workbox.messageSkipWaiting();
      },
      { once: true },
    );
  });
  workbox.register().catch(() => {
    // No service worker (e.g. a private window that forbids it): the site still works online.
  });
}
