// Fetches an export and hands it to the browser as a download, so the page can show that it is busy meanwhile.
export async function download(url) {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (response.redirected || !response.ok) {
        return response.redirected || response.status === 401
            ? 'You were signed out. Sign in again and retry.'
            : `The download failed (error ${response.status}). Try again.`;
    }

    const disposition = response.headers.get('Content-Disposition') || '';
    const match = /filename\*=UTF-8''([^;]+)/i.exec(disposition) || /filename="?([^";]+)"?/i.exec(disposition);
    const name = match ? decodeURIComponent(match[1]) : 'jobnetwork-export';
    const blob = await response.blob();
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60000);
    return null;
}
