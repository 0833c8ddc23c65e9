// Small browser helpers the Blazor components call. Kept in a file (not inline) so the CSP can forbid inline script.
window.jobNetwork = {
    setThemePreference(mode) {
        document.cookie = `jn-theme=${encodeURIComponent(mode)}; path=/; max-age=31536000; samesite=lax`;
    },
    browserTimeZone() {
        try { return Intl.DateTimeFormat().resolvedOptions().timeZone || null; } catch { return null; }
    },
};

// The error banner's dismiss button is a real button; wire it without inline handlers.
document.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.matches('#blazor-error-ui .dismiss')) {
        document.getElementById('blazor-error-ui').style.display = 'none';
    }
});
