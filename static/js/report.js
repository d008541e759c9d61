// The patient report's buttons (no inline handlers: the CSP forbids them). Without JavaScript
// the print button does nothing and the copy button stays hidden: the link is shown in a
// read-only field the patient can select and copy by hand.
document.addEventListener("DOMContentLoaded", () => {
  for (const button of document.querySelectorAll("[data-print]")) {
    button.addEventListener("click", () => window.print());
  }

  const status = document.querySelector("[data-copy-status]");
  const say = (message) => {
    if (status) status.textContent = message;
  };
  for (const button of document.querySelectorAll("[data-copy-link]")) {
    const field = document.getElementById(button.dataset.copyLink);
    if (!field) continue;
    button.hidden = false;
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(field.value);
        // The sentence comes translated with the page (data-copied).
        say(status ? status.dataset.copied : "");
      } catch {
        // No clipboard access (an older browser, or permission refused): select the link so
        // that the patient's own copy command takes it.
        field.focus();
        field.select();
        say("Press Ctrl+C (or Cmd+C) to copy the selected link.");
      }
    });
  }
  // A click in the field selects the whole link, ready to copy.
  for (const field of document.querySelectorAll("[data-report-link]")) {
    field.addEventListener("focus", () => field.select());
  }
});
