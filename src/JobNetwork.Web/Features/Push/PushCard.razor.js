// The browser side of Settings → Push notifications: what this browser can do, and subscribing it.
// Used only by PushCard.razor; the service worker (/push-sw.js) is registered here and nowhere else.

const workerUrl = '/push-sw.js';

function supported() {
    return window.isSecureContext && 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
}

// 'unsupported', 'denied', 'default' or 'granted'; plus the endpoint this browser is subscribed with, if any.
export async function state() {
    if (!supported()) {
        return { permission: 'unsupported', endpoint: null };
    }

    let endpoint = null;
    try {
        const registration = await navigator.serviceWorker.getRegistration('/');
        const subscription = registration ? await registration.pushManager.getSubscription() : null;
        endpoint = subscription ? subscription.endpoint : null;
    } catch {
        endpoint = null;
    }

    return { permission: Notification.permission, endpoint };
}

function keyBytes(base64url) {
    const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(base64url.length / 4) * 4, '=');
    return Uint8Array.from(atob(base64), c => c.charCodeAt(0));
}

// Asks permission, registers the worker and subscribes with the server's VAPID key.
// Returns { subscription: { endpoint, p256dh, auth, userAgent } } or { error, permission }.
export async function subscribe(vapidPublicKey) {
    if (!supported()) {
        return { error: 'This browser cannot receive push notifications.', permission: 'unsupported' };
    }

    const permission = await Notification.requestPermission();
    if (permission !== 'granted') {
        return { error: permission === 'denied' ? 'Notifications are blocked for this site.' : 'Notifications were not allowed.', permission };
    }

    try {
        const registration = await navigator.serviceWorker.register(workerUrl, { scope: '/' });
        await navigator.serviceWorker.ready;
        let subscription = await registration.pushManager.getSubscription();
        if (subscription && !sameKey(subscription, vapidPublicKey)) {
            await subscription.unsubscribe();
            subscription = null;
        }

        subscription ??= await registration.pushManager.subscribe({
            userVisibleOnly: true,
            applicationServerKey: keyBytes(vapidPublicKey),
        });
        const json = subscription.toJSON();
        return {
            subscription: { endpoint: json.endpoint, p256dh: json.keys.p256dh, auth: json.keys.auth, userAgent: navigator.userAgent },
            permission,
        };
    } catch (e) {
        return { error: 'The browser could not subscribe: ' + (e && e.message ? e.message : 'unknown reason') + '.', permission };
    }
}

function sameKey(subscription, vapidPublicKey) {
    const current = subscription.options && subscription.options.applicationServerKey;
    if (!current) {
        return true;
    }

    const expected = keyBytes(vapidPublicKey);
    const actual = new Uint8Array(current);
    return actual.length === expected.length && actual.every((b, i) => b === expected[i]);
}
