// The story editor's image picker: the media library in a dialog, searched and paged by the
// server. Picking an image for the body puts Markdown (or HTML, for a body in HTML) at the
// caret, with the library's alt text, caption and credit offered for editing; a caption or
// credit makes a figure (Markdig's ^^^ block). Picking one for the hero fills the hero's address and description.
// Without scripts the buttons stay hidden and the hints point at the media page.
(() => {
  'use strict';
  const dialog = document.getElementById('media-picker');
  const form = document.getElementById('story-form');
  if (!dialog || !form || typeof dialog.showModal !== 'function') return;

  const field = (name) => form.querySelector(`[name="Form.${name}"]`);
  const body = field('BodyMarkdown');
  const heroUrl = field('HeroImageUrl');
  const heroAlt = field('HeroImageAlt');
  const $ = (selector) => dialog.querySelector(selector);
  const search = $('.media-picker-search');
  const list = $('.media-picker-list');
  const empty = $('.media-picker-empty');
  const newer = $('.media-picker-newer');
  const older = $('.media-picker-older');
  const browse = $('.media-picker-browse');
  const describe = $('.media-picker-describe');
  const alt = $('#media-picker-alt');
  const caption = $('#media-picker-caption');
  const credit = $('#media-picker-credit');

  let target = 'body';
  let page = 1;
  let chosen = null;
  let latest = 0;
  let selection = { start: 0, end: 0 };

  const load = async () => {
    const request = ++latest;
    const address = `${dialog.dataset.url}?page=${page}&q=${encodeURIComponent(search.value.trim())}`;
    const response = await fetch(address, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok || request !== latest) return;
    const result = await response.json();
    list.replaceChildren(...result.items.map((item) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'media-picker-item';
      const thumbnail = document.createElement('img');
      thumbnail.src = item.thumbnailUrl;
      thumbnail.alt = '';
      thumbnail.loading = 'lazy';
      const name = document.createElement('span');
      name.textContent = item.alt || item.originalName;
      button.append(thumbnail, name);
      button.addEventListener('click', () => choose(item));
      const entry = document.createElement('li');
      entry.append(button);
      return entry;
    }));
    empty.hidden = result.items.length > 0;
    newer.hidden = result.page <= 1;
    older.hidden = !result.hasMore;
    list.dataset.loaded = String(request);
  };

  const choose = (item) => {
    chosen = item;
    const thumbnail = document.createElement('img');
    thumbnail.className = 'media-picker-chosen';
    thumbnail.alt = '';
    thumbnail.src = item.thumbnailUrl;
    $('.media-picker-chosen-box').replaceChildren(thumbnail);
    alt.value = item.alt ?? '';
    caption.value = item.caption ?? '';
    credit.value = item.credit ?? '';
    for (const part of dialog.querySelectorAll('.media-picker-figure')) part.hidden = target === 'hero';
    browse.hidden = true;
    describe.hidden = false;
    alt.focus();
  };

  const open = (where) => {
    target = where;
    if (body) selection = { start: body.selectionStart, end: body.selectionEnd };
    browse.hidden = false;
    describe.hidden = true;
    page = 1;
    dialog.showModal();
    search.focus();
    load();
  };

  // The Markdown for an image; a caption or credit makes it a figure: "^^^", the image, "^^^ caption — credit".
  const markdownOf = (item) => {
    const text = alt.value.trim().replace(/[[\]]/g, '');
    const image = `![${text}](${item.url})`;
    const line = [caption.value.trim(), credit.value.trim()].filter((part) => part !== '').join(' — ');
    return line === '' ? image : `^^^\n${image}\n^^^ ${line}`;
  };

  // A body written in HTML (imported stories) gets the same figure as HTML.
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const htmlOf = (item) => {
    const image = `<img src="${escape(item.url)}" alt="${escape(alt.value.trim())}">`;
    const line = [caption.value.trim(), credit.value.trim()].filter((part) => part !== '').join(' — ');
    return line === '' ? `<p>${image}</p>` : `<figure>${image}<figcaption>${escape(line)}</figcaption></figure>`;
  };

  const insert = () => {
    if (!chosen || !alt.reportValidity()) return;
    // The dialog closes first: while it is open the page under it is inert, and a caret set there is lost.
    dialog.close();
    if (target === 'hero') {
      heroUrl.value = chosen.url;
      heroAlt.value = alt.value.trim();
      heroAlt.focus();
      return;
    }
    const before = body.value.slice(0, selection.start).replace(/\s*$/, '');
    const after = body.value.slice(selection.end).replace(/^\s*/, '');
    const block = field('BodyFormat')?.value === 'Html' ? htmlOf(chosen) : markdownOf(chosen);
    body.focus();
    body.value = `${before}${before ? '\n\n' : ''}${block}\n\n${after}`;
    const caret = before.length + (before ? 2 : 0) + block.length;
    body.setSelectionRange(caret, caret);
    body.dispatchEvent(new Event('input', { bubbles: true }));
  };

  search.addEventListener('input', (() => {
    let timer;
    return () => { clearTimeout(timer); timer = setTimeout(() => { page = 1; load(); }, 250); };
  })());
  newer.addEventListener('click', () => { page = Math.max(1, page - 1); load(); });
  older.addEventListener('click', () => { page += 1; load(); });
  $('.media-picker-insert').addEventListener('click', insert);
  $('.media-picker-back').addEventListener('click', () => { describe.hidden = true; browse.hidden = false; });
  $('.media-picker-close').addEventListener('click', () => dialog.close());
  alt.addEventListener('keydown', (event) => { if (event.key === 'Enter') { event.preventDefault(); insert(); } });

  for (const button of form.querySelectorAll('[data-media-picker]')) {
    button.hidden = false;
    button.addEventListener('click', () => open(button.dataset.mediaPicker));
  }

  // An image just pasted or dropped into the body and uploaded (admin-writing.js): straight to
  // its description, so the alt text is asked for before the Markdown goes in at the caret.
  form.addEventListener('media-picker:describe', (event) => {
    target = 'body';
    selection = event.detail.selection;
    if (!dialog.open) dialog.showModal();
    choose(event.detail.item);
  });
})();
