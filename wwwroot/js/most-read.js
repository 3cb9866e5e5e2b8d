// The most-read lists in a cached page are as old as the page: bring the current ones,
// which /most-read serves from its own one-minute cache.
const block = document.querySelector('[data-most-read]');

async function refresh() {
  const response = await fetch(block.dataset.mostRead, { headers: { Accept: 'text/html' } });
  if (!response.ok) {
    return;
  }
  const fetched = new DOMParser().parseFromString(await response.text(), 'text/html').querySelector('[data-most-read-lists]');
  if (!fetched) {
    return;
  }
  const current = block.querySelector('[data-most-read-lists]');
  if (current) {
    current.replaceWith(document.importNode(fetched, true));
  } else {
    block.append(document.importNode(fetched, true));
  }
  block.hidden = fetched.querySelector('li') === null;
}

if (block) {
  refresh().catch(() => { /* The lists already on the page stay. */ });
}
