// Share or copy the page's address; ask before destructive forms; submit the outlet selector on change; unfold on
// wide screens what is folded to keep a phone's first screen for the text.
if (matchMedia('(min-width: 48rem)').matches) {
  for (const d of document.querySelectorAll('details[data-open-wide]')) d.open = true;
}
for (const b of document.querySelectorAll('[data-share]')) {
  if (!navigator.share && !navigator.clipboard) continue;
  b.hidden = false;
  b.addEventListener('click', async () => {
    const url = location.href.split('#')[0];
    try {
      if (navigator.share) await navigator.share({ title: b.dataset.title, url });
      else { await navigator.clipboard.writeText(url); b.textContent = 'Link copied'; }
    } catch (e) { /* the reader closed the share sheet */ }
  });
}
document.addEventListener('submit', e => {
  const question = e.target.dataset.confirm;
  if (question && !confirm(question)) e.preventDefault();
});
for (const s of document.querySelectorAll('[data-autosubmit]')) s.addEventListener('change', () => s.form.submit());
