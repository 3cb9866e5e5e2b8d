// A live story's updates, fetched again every 30 seconds while the page is open and the
// reader keeps "fetch new updates" ticked. Only the list is fetched (its own cached
// address, evicted when an update is posted); the rest of the page stays as it is.
// Razor writes data- attributes even when empty: an ended coverage has an empty address.
const section = document.querySelector('[data-live-updates]:not([data-live-updates=""])');

function listOf(root) {
  return root.querySelector('[data-live-list]');
}

async function fetchUpdates(status) {
  const response = await fetch(section.dataset.liveUpdates, { headers: { Accept: 'text/html' } });
  if (!response.ok) {
    return;
  }
  const fetched = listOf(new DOMParser().parseFromString(await response.text(), 'text/html'));
  const current = listOf(section);
  if (!fetched || !current) {
    return;
  }
  const known = new Set([...current.children].map((item) => item.id));
  const added = [...fetched.children].filter((item) => !known.has(item.id)).length;
  if (added === 0 && fetched.children.length === current.children.length) {
    return;
  }
  current.replaceWith(document.importNode(fetched, true));
  if (added > 0) {
    status.textContent = status.dataset.template.replace('{0}', String(added));
  }
}

function start() {
  const follow = section.querySelector('[data-live-follow]');
  const status = section.querySelector('[data-live-status]');
  const seconds = Math.max(1, Number.parseInt(section.dataset.interval ?? '30', 10) || 30);
  if (follow) {
    follow.closest('label').hidden = false;
  }
  let busy = false;
  setInterval(async () => {
    if (busy || document.hidden || (follow && !follow.checked)) {
      return;
    }
    busy = true;
    try {
      await fetchUpdates(status);
    } catch {
      // A failed fetch (offline for a moment) is tried again at the next tick.
    } finally {
      busy = false;
    }
  }, seconds * 1000);
}

if (section) {
  start();
}
