// Small browser helpers the Blazor components call. Kept in a file (not inline) so the CSP can forbid inline script.
window.jobNetwork = {
    setThemePreference(mode) {
        document.cookie = `jn-theme=${encodeURIComponent(mode)}; path=/; max-age=31536000; samesite=lax`;
    },
    browserTimeZone() {
        try { return Intl.DateTimeFormat().resolvedOptions().timeZone || null; } catch { return null; }
    },
    // Call scripts (#18): after a call or text link in `container` is tapped, the phone app takes over and the tab is
    // hidden; when the tab is visible again, tell .NET so it can ask how it went. Returns a handle for unwatchCallLinks.
    watchCallLinks(container, dotNetRef) {
        let pending = null;
        let wasHidden = false;
        const onClick = (event) => {
            const link = event.target instanceof Element ? event.target.closest('a[data-call-channel]') : null;
            if (link && container.contains(link)) {
                pending = link.getAttribute('data-call-channel');
                wasHidden = document.visibilityState === 'hidden';
            }
        };
        const onVisibility = () => {
            if (pending === null) return;
            if (document.visibilityState === 'hidden') { wasHidden = true; return; }
            if (wasHidden) {
                const channel = pending;
                pending = null;
                wasHidden = false;
                dotNetRef.invokeMethodAsync('ReturnedToTab', channel).catch(() => { });
            }
        };
        container.addEventListener('click', onClick);
        document.addEventListener('visibilitychange', onVisibility);
        return { dispose() { container.removeEventListener('click', onClick); document.removeEventListener('visibilitychange', onVisibility); } };
    },
    print() {
        window.print();
    },
    // Copy buttons (invitation and calendar-feed links): true when the text reached the clipboard.
    async copyText(text) {
        try {
            if (navigator.clipboard && window.isSecureContext) {
                await navigator.clipboard.writeText(text);
                return true;
            }
        } catch {
            // Denied or unavailable: fall back to the older way below.
        }
        const area = document.createElement('textarea');
        area.value = text;
        area.setAttribute('readonly', '');
        area.style.position = 'fixed';
        area.style.opacity = '0';
        document.body.appendChild(area);
        area.select();
        try { return document.execCommand('copy'); } catch { return false; } finally { area.remove(); }
    },
    unwatchCallLinks(handle) {
        if (handle && typeof handle.dispose === 'function') handle.dispose();
    },
};

// The error banner's dismiss button is a real button; wire it without inline handlers.
document.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.matches('#blazor-error-ui .dismiss')) {
        document.getElementById('blazor-error-ui').style.display = 'none';
    }
});
