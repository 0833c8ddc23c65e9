// JobNetwork's service worker: only Web Push. It shows the daily prompt and opens (or focuses) Today when tapped.
// It caches nothing, so the app behaves exactly as without it.
'use strict';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', event => event.waitUntil(self.clients.claim()));

self.addEventListener('push', event => {
    let data = {};
    try {
        data = event.data ? event.data.json() : {};
    } catch {
        data = { body: event.data ? event.data.text() : '' };
    }

    // Only a path on this site: "//host" would be another origin.
    const url = typeof data.url === 'string' && data.url.startsWith('/') && !data.url.startsWith('//') ? data.url : '/today';
    event.waitUntil(self.registration.showNotification(data.title || 'JobNetwork', {
        body: data.body || 'Something to do today.',
        icon: '/icon-192.png',
        badge: '/icon-192.png',
        tag: 'jobnetwork-daily-prompt',
        data: { url },
    }));
});

self.addEventListener('notificationclick', event => {
    event.notification.close();
    const target = new URL(event.notification.data?.url || '/today', self.location.origin).href;
    event.waitUntil((async () => {
        const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
        for (const client of windows) {
            if (new URL(client.url).origin === self.location.origin && 'focus' in client) {
                await client.focus();
                return 'navigate' in client ? client.navigate(target) : undefined;
            }
        }

        return self.clients.openWindow(target);
    })());
});
