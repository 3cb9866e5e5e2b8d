// Cards leave their comment counts out, so that a comment does not evict every cached list
// that shows its story: the page fetches the counts of its cards in one request, which the
// server caches until one of those stories is commented on.
const slots = [...document.querySelectorAll('[data-comments-of]')];

async function fill() {
  const ids = [...new Set(slots.map(slot => Number(slot.dataset.commentsOf)))].sort((a, b) => a - b);
  const response = await fetch(`${slots[0].dataset.countsFrom}?ids=${ids.join(',')}`, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    return;
  }
  const counts = await response.json();
  for (const slot of slots) {
    const text = counts[slot.dataset.commentsOf];
    if (text) {
      slot.querySelector('a').textContent = text;
      slot.hidden = false;
    }
  }
}

if (slots.length > 0) {
  fill().catch(() => { /* The cards stay as they are, without counts. */ });
}
