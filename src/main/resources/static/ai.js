// The AI panel without a page load: ask the question, then swap in the answer and the marked body from the same
// server-rendered page that a browser without JavaScript gets.
for (const form of document.querySelectorAll('[data-ai-ask]')) {
  form.addEventListener('submit', async e => {
    const q = form.elements.q.value.trim();
    if (!q) return; // let the server explain, next to the field
    e.preventDefault();
    const panel = form.closest('[data-ai-panel]');
    const url = form.action.split('#')[0] + '?q=' + encodeURIComponent(q);
    panel.setAttribute('aria-busy', 'true');
    try {
      const response = await fetch(url, { headers: { 'Accept': 'text/html' } });
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const answer = page.getElementById('ai-answer');
      const problem = page.getElementById('ai-q-problem');
      if (answer) document.getElementById('ai-answer').replaceWith(answer);
      if (problem) { location.href = url + '#ai-q'; return; }
      const body = page.querySelector('.article .body');
      const here = document.querySelector('.article .body');
      if (body && here) here.replaceWith(body);
      history.replaceState(null, '', url + '#ai-answer');
    } catch (err) {
      form.submit(); // fall back to the plain form
    } finally {
      panel.removeAttribute('aria-busy');
    }
  });
}
