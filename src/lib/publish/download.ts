/** Saves text as a file in the browser (a download), e.g. a publication's JSON. */
export function downloadText(fileName: string, text: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	document.body.append(a);
	a.click();
	a.remove();
	// Revoked after the click has started the download; revoking at once can cancel it in some browsers.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
