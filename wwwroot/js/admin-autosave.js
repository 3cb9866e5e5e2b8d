// Nothing typed in the story editor is lost. Every change is kept at once in this browser
// (localStorage) and sent to the server's autosave every few seconds; the browser's copy is
// dropped only once the server has the same text. Reopening the story after a crash, a
// closed tab or an expired session offers the browser's copy back. Leaving with changes
// that were not saved asks first. The server's autosave is not a revision and is refused
// once someone has saved a newer version (the optimistic concurrency check still holds).
(() => {
  'use strict';
  const form = document.getElementById('story-form');
  if (!form || form.dataset.canEdit !== 'true' || !window.localStorage) return;

  const token = form.querySelector('input[name="__RequestVerificationToken"]')?.value ?? '';
  const version = form.querySelector('[name="Form.Version"]');
  const title = form.querySelector('[name="Form.Title"]');
  const status = form.querySelector('.autosave-status');
  const banner = document.getElementById('recover-local');
  const preview = document.getElementById('preview');
  const skipped = new Set(['__RequestVerificationToken', 'Form.Version', 'Form.Command', 'Form.HeroImage']);
  let key = form.dataset.storageKey;

  const fields = () => [...form.elements].filter((element) => element.name && !skipped.has(element.name) && element.type !== 'file');
  const snapshot = () => Object.fromEntries(fields().map((element) =>
    [element.name, element.type === 'checkbox' ? element.checked : element.value]));
  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  const read = () => { try { return JSON.parse(localStorage.getItem(key) ?? 'null'); } catch { return null; } };
  const say = (name, value) => { if (status) status.textContent = (status.dataset[name] ?? '').replace('{0}', value ?? ''); };

  const loaded = snapshot();
  let edits = 0;
  let sentEdits = 0;
  let inFlight = false;
  let stopped = false;
  let submitting = false;

  // A copy this browser kept that differs from what the page shows: offered back, never applied unasked.
  const kept = read();
  if (kept && !same(kept.fields, loaded) && banner) {
    banner.hidden = false;
    banner.querySelector('[data-recover="restore"]').addEventListener('click', () => {
      for (const element of fields()) {
        if (!(element.name in kept.fields)) continue;
        if (element.type === 'checkbox') element.checked = kept.fields[element.name];
        else element.value = kept.fields[element.name];
      }
      banner.hidden = true;
      edits += 1;
      form.dispatchEvent(new Event('input', { bubbles: true }));
      form.dispatchEvent(new CustomEvent('preview:refresh'));
    });
    banner.querySelector('[data-recover="discard"]').addEventListener('click', () => {
      localStorage.removeItem(key);
      banner.hidden = true;
    });
  } else if (kept) {
    localStorage.removeItem(key);
  }

  const keepLocally = () => localStorage.setItem(key, JSON.stringify({ version: version?.value, savedAt: Date.now(), fields: snapshot() }));

  form.addEventListener('input', () => {
    edits += 1;
    try { keepLocally(); } catch { /* Storage full or refused: the server's autosave still runs. */ }
  });
  form.addEventListener('change', () => { edits += 1; keepLocally(); });

  // A new story's first autosave makes it a draft: from then on the page is that story's editor.
  const becomeStory = (result) => {
    const previous = key;
    key = `magazine:story:${result.id}`;
    localStorage.removeItem(previous);
    form.action = result.url;
    form.dataset.autosaveUrl = `${result.url}/autosave`;
    form.dataset.storageKey = key;
    if (preview) preview.dataset.previewUrl = `${preview.dataset.previewUrl.split('?')[0]}?id=${result.id}`;
    history.replaceState(null, '', result.url);
  };

  const autosave = async () => {
    if (stopped || inFlight || submitting || edits === sentEdits) return;
    if (title && title.value.trim() === '') return;
    inFlight = true;
    const sending = edits;
    const data = new FormData(form);
    data.delete('Form.HeroImage');
    data.delete('Form.Command');
    say('saving');
    try {
      const response = await fetch(form.dataset.autosaveUrl, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { RequestVerificationToken: token, Accept: 'application/json' },
        body: data,
      });
      const json = response.headers.get('content-type')?.includes('json') && !response.redirected ? await response.json() : null;
      if (response.ok && json?.saved) {
        sentEdits = sending;
        if (json.id) becomeStory(json);
        if (json.version && version) version.value = json.version;
        // The server has this text now; the browser's copy is dropped unless typing went on meanwhile.
        if (edits === sending) localStorage.removeItem(key);
        say('saved', new Date().toLocaleTimeString(document.documentElement.lang, { hour: '2-digit', minute: '2-digit' }));
      } else if (response.status === 409) {
        stopped = true;
        say('conflict');
      } else if (json?.message) {
        sentEdits = sending;
        say('refused', json.message);
      } else {
        say('offline');
      }
    } catch {
      say('offline');
    } finally {
      inFlight = false;
      if (waiting !== null) {
        const { submitter } = waiting;
        waiting = null;
        form.requestSubmit(submitter);
      }
    }
  };
  setInterval(autosave, Number(form.dataset.autosaveSeconds ?? 5) * 1000);

  // A new story's first autosave is making it a draft right now: the button waits for it, so
  // the press saves that draft rather than making a second story beside it.
  let waiting = null;
  form.addEventListener('submit', (event) => {
    if (inFlight && form.dataset.storageKey.endsWith(':new')) {
      event.preventDefault();
      waiting = { submitter: event.submitter ?? undefined };
      return;
    }
    submitting = true;
  });
  window.addEventListener('beforeunload', (event) => {
    if (submitting || same(snapshot(), loaded)) return;
    event.preventDefault();
    event.returnValue = '';
  });
})();
