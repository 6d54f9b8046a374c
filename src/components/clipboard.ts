/** Copies text and says how it went in a status element, so a screen reader hears it too. */
export async function copyWithStatus(text: string, status: Element, copied: string, failed: string) {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = copied;
  } catch {
    // Refused (no permission, an insecure page): the text is on screen to copy by hand.
    status.textContent = failed;
  }
}
