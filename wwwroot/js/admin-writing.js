// The story editor as a writing screen: a Markdown toolbar with keyboard shortcuts, a word
// count with reading time, Ctrl/Cmd+S to save, and images pasted or dropped into the body
// uploaded with a progress bar, then described (alt text) and inserted at the caret.
// Without scripts the toolbar stays hidden and the body is a plain Markdown field.
(() => {
  'use strict';
  const form = document.getElementById('story-form');
  const body = form?.querySelector('[name="Form.BodyMarkdown"]');
  if (!form || !body) return;

  const token = form.querySelector('input[name="__RequestVerificationToken"]')?.value ?? '';
  const toolbar = form.querySelector('.md-toolbar');
  const count = document.getElementById('body-count');
  const progressBox = form.querySelector('.upload-progress');
  const progress = progressBox?.querySelector('progress');
  const uploadError = form.querySelector('.upload-error');
  const changed = () => body.dispatchEvent(new Event('input', { bubbles: true }));

  // Wraps the selection (or a placeholder word) in inline marks: **bold**, _italic_, [link](url).
  const wrap = (before, after, placeholder) => {
    const { selectionStart: start, selectionEnd: end, value } = body;
    const text = value.slice(start, end) || placeholder;
    body.setRangeText(before + text + after, start, end, 'end');
    body.setSelectionRange(start + before.length, start + before.length + text.length);
    body.focus();
    changed();
  };

  // Puts a prefix at the start of every selected line: "## ", "- ", "> ".
  const prefixLines = (prefix) => {
    const { selectionStart: start, selectionEnd: end, value } = body;
    const from = value.lastIndexOf('\n', start - 1) + 1;
    const to = value.indexOf('\n', end) < 0 ? value.length : value.indexOf('\n', end);
    const lines = value.slice(from, to).split('\n').map((line) => (line.startsWith(prefix) ? line : prefix + line));
    body.setRangeText(lines.join('\n'), from, to, 'select');
    body.focus();
    changed();
  };

  const actions = {
    heading: () => prefixLines('## '),
    bold: () => wrap('**', '**', toolbar.dataset.placeholder ?? 'text'),
    italic: () => wrap('_', '_', toolbar.dataset.placeholder ?? 'text'),
    link: () => wrap('[', '](https://)', toolbar.dataset.placeholder ?? 'text'),
    list: () => prefixLines('- '),
    quote: () => prefixLines('> '),
  };

  if (toolbar) {
    toolbar.hidden = false;
    for (const button of toolbar.querySelectorAll('[data-md]')) {
      button.addEventListener('click', () => actions[button.dataset.md]());
    }
  }

  const shortcut = (event) => {
    const key = event.key.toLowerCase();
    if (event.altKey && !event.shiftKey && key === 'i') return 'image';
    if (event.altKey) return null;
    if (event.shiftKey) return { h: 'heading', '8': 'list', '*': 'list', '9': 'quote', '(': 'quote' }[key] ?? null;
    return { b: 'bold', i: 'italic', k: 'link' }[key] ?? null;
  };

  body.addEventListener('keydown', (event) => {
    if (!(event.ctrlKey || event.metaKey)) return;
    const action = shortcut(event);
    if (action === null) return;
    event.preventDefault();
    if (action === 'image') form.querySelector('.md-toolbar [data-media-picker="body"]')?.click();
    else actions[action]();
  });

  // Ctrl/Cmd+S anywhere on the page saves, through the form's own Save button.
  document.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
      event.preventDefault();
      const save = form.querySelector('button[name="Form.Command"][value="Save"]');
      if (save) form.requestSubmit(save);
    }
  });

  // Words as readers count them (Arabic and Latin alike), and minutes at 200 words a minute, as the server reckons reading time.
  if (count) {
    const show = () => {
      const words = (body.value.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu) ?? []).length;
      const minutes = Math.max(1, Math.ceil(words / 200));
      count.textContent = count.dataset.template.replace('{0}', words.toLocaleString(document.documentElement.lang)).replace('{1}', minutes.toLocaleString(document.documentElement.lang));
    };
    count.hidden = false;
    body.addEventListener('input', show);
    show();
  }

  // An image pasted or dropped into the body: uploaded to the media library with a progress
  // bar, then the picker asks for its description and puts the Markdown at the caret.
  const upload = (file) => {
    const selection = { start: body.selectionStart, end: body.selectionEnd };
    uploadError.hidden = true;
    if (file.size > Number(body.dataset.maxBytes)) {
      uploadError.textContent = body.dataset.tooLarge;
      uploadError.hidden = false;
      return;
    }
    const data = new FormData();
    data.append('file', file, file.name || 'pasted-image');
    const request = new XMLHttpRequest();
    request.open('POST', body.dataset.uploadUrl);
    request.setRequestHeader('RequestVerificationToken', token);
    request.setRequestHeader('Accept', 'application/json');
    request.responseType = 'json';
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) progress.value = Math.round((event.loaded / event.total) * 100);
    });
    request.addEventListener('loadend', () => {
      progressBox.hidden = true;
      const result = request.response;
      if (request.status === 200 && result?.url) {
        form.dispatchEvent(new CustomEvent('media-picker:describe', { detail: { item: result, selection } }));
      } else {
        uploadError.textContent = result?.message ?? uploadError.dataset.failed ?? '';
        uploadError.hidden = false;
      }
    });
    progress.value = 0;
    progressBox.hidden = false;
    request.send(data);
  };

  const imageIn = (list) => [...(list ?? [])].find((file) => file.type.startsWith('image/'));
  body.addEventListener('paste', (event) => {
    const file = imageIn(event.clipboardData?.files);
    if (!file) return;
    event.preventDefault();
    upload(file);
  });
  body.addEventListener('dragover', (event) => {
    if ([...(event.dataTransfer?.items ?? [])].some((item) => item.kind === 'file')) event.preventDefault();
  });
  body.addEventListener('drop', (event) => {
    const file = imageIn(event.dataTransfer?.files);
    if (!file) return;
    event.preventDefault();
    body.focus();
    upload(file);
  });
})();
