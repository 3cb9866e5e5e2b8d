// The story editor's conveniences: a live preview of the whole story rendered by the server, an address
// proposed from the headline, text direction following the language, tag completion and
// an early size check on the hero image. Each has a server-side equivalent, so the
// editor works the same with scripts off.
(() => {
  'use strict';
  const form = document.getElementById('story-form');
  if (!form) return;

  const token = form.querySelector('input[name="__RequestVerificationToken"]')?.value ?? '';
  const field = (name) => form.querySelector(`[name="Form.${name}"]`);
  const title = field('Title');
  const slug = field('Slug');
  const dek = field('Dek');
  const body = field('BodyMarkdown');
  const language = field('Language');
  const tags = field('Tags');
  const heroAlt = field('HeroImageAlt');
  const hero = field('HeroImage');
  const preview = document.getElementById('preview');

  const debounce = (work, ms) => {
    let timer;
    return () => { clearTimeout(timer); timer = setTimeout(work, ms); };
  };

  // Live preview of the whole story (headline, standfirst, byline, hero, body, tags), rendered
  // by the server with the same renderer and sanitizer as publishing, so this is what readers get.
  if (preview) {
    let latest = 0;
    const refresh = async () => {
      const request = ++latest;
      const data = new FormData(form);
      data.delete('Form.HeroImage');
      data.delete('Form.Command');
      try {
        const response = await fetch(preview.dataset.previewUrl, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'RequestVerificationToken': token },
          body: data,
        });
        if (response.ok && request === latest && !response.redirected) {
          preview.innerHTML = await response.text();
          preview.dataset.rendered = String(request);
        }
      } catch {
        // Offline for a moment: the next keystroke tries again, and saving does not depend on it.
      }
    };
    const later = debounce(refresh, 350);
    form.addEventListener('input', (event) => { if (event.target !== hero) later(); });
    form.addEventListener('change', (event) => { if (event.target !== hero) later(); });
    form.addEventListener('preview:refresh', refresh);
    if (preview.innerHTML.trim() === '') refresh();

  }

  // The address follows the headline until someone types their own.
  if (title && slug && slug.dataset.auto === 'true') {
    let typedByHand = false;
    slug.addEventListener('input', () => { typedByHand = true; });
    title.addEventListener('input', debounce(async () => {
      if (typedByHand) return;
      const response = await fetch(`${slug.dataset.proposeUrl}?title=${encodeURIComponent(title.value)}`, { credentials: 'same-origin' });
      if (response.ok && !typedByHand) slug.value = await response.text();
    }, 250));
  }

  // Right-to-left languages turn the text fields and the preview around.
  if (language) {
    language.addEventListener('change', () => {
      const option = language.selectedOptions[0];
      const dir = option?.dataset.dir ?? 'ltr';
      for (const element of [title, dek, body, heroAlt, preview]) {
        if (element) { element.dir = dir; element.lang = language.value; }
      }
    });
  }

  // Tag completion: the browser's own suggestions, completing the tag being typed after the last comma.
  const known = document.getElementById('tag-suggestions');
  if (tags && known) {
    const names = [...known.options].map((o) => o.value);
    const completions = document.createElement('datalist');
    completions.id = 'tag-completions';
    tags.after(completions);
    tags.setAttribute('list', completions.id);
    tags.addEventListener('input', () => {
      const text = tags.value;
      const cut = Math.max(text.lastIndexOf(','), text.lastIndexOf('،'));
      const head = cut < 0 ? '' : text.slice(0, cut + 1).trimEnd() + ' ';
      const typing = text.slice(cut + 1).trim().toLocaleLowerCase();
      const chosen = new Set(text.slice(0, Math.max(cut, 0)).split(/[,،]/).map((t) => t.trim().toLocaleLowerCase()));
      const matches = typing === '' ? [] : names
        .filter((n) => n.toLocaleLowerCase().startsWith(typing) && !chosen.has(n.toLocaleLowerCase()))
        .slice(0, 8);
      completions.replaceChildren(...matches.map((n) => new Option(head + n)));
    });
  }

  // Too large an image is refused by the server anyway; saying so before the upload saves the wait.
  if (hero) {
    hero.addEventListener('change', () => {
      const file = hero.files?.[0];
      hero.setCustomValidity(file && file.size > Number(hero.dataset.maxBytes) ? hero.dataset.tooLarge : '');
      hero.reportValidity();
    });
  }
})();
