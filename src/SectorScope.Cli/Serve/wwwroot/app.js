// The analyst's workbench. Every text from the workspace or the server is put on the page with textContent or
// createElement, never as markup; every visible word comes from /api/words (one table per language on the server).
'use strict';

const csrf = document.querySelector('meta[name="csrf-token"]').content;
const $ = id => document.getElementById(id);
const state = {
  lang: document.documentElement.lang || 'zh-CN',
  period: '',
  place: '',
  words: {},
  vocabulary: { functions: [], codes: [], series: [] },
  drafts: {},          // place|lang → { text, version, saved }
  checkSeq: 0,
  workspace: null,     // last /api/state
  readOnly: false,
  conflictVersion: null,
};

function w(key) { return state.words[key] ?? key; }

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined && text !== null) e.textContent = text;
  return e;
}

function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

async function api(method, url, body) {
  const init = { method, headers: { 'X-CSRF-Token': csrf }, credentials: 'same-origin' };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(url, init);
  let data = null;
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) data = await response.json();
  else data = await response.text();
  return { status: response.status, data };
}

function query(params) { return '?' + new URLSearchParams(params).toString(); }

// ---- words and session ------------------------------------------------------------------------------------------

async function loadWords() {
  state.words = (await api('GET', '/api/words' + query({ lang: state.lang }))).data;
  document.documentElement.lang = state.lang;
  document.title = w('app');
  for (const node of document.querySelectorAll('[data-w]')) node.textContent = w(node.dataset.w);
  for (const node of document.querySelectorAll('[data-w-title]')) node.title = w(node.dataset.wTitle);
  const place = $('place');
  const chosen = state.place;
  clear(place);
  for (const key of Object.keys(state.words).filter(k => k.startsWith('place.'))) {
    const option = el('option', null, w(key));
    option.value = key.slice('place.'.length);
    place.append(option);
  }
  if (chosen) place.value = chosen;
  state.place = place.value;
}

async function loadSession() {
  const session = (await api('GET', '/api/session')).data;
  state.readOnly = session.readOnly;
  $('readonly').hidden = !session.readOnly;
  $('save').disabled = session.readOnly;
  $('publish').disabled = session.readOnly;
  const period = $('period');
  clear(period);
  for (const p of session.choice.periods) {
    const option = el('option', null, p);
    option.value = p;
    period.append(option);
  }
  state.period = session.choice.default || '';
  period.value = state.period;
  if (!new URLSearchParams(location.search).has('lang')) state.lang = session.choice.language;
  $('lang').value = state.lang;
  showList($('session-problems'), session.choice.problems);
}

async function loadVocabulary() {
  const r = await api('GET', '/api/vocabulary' + query({ period: state.period, lang: state.lang }));
  if (r.status === 200) state.vocabulary = r.data;
}

// ---- tabs -------------------------------------------------------------------------------------------------------

const tabs = ['editor', 'preview', 'check', 'publish'];

function showTab(name, focus) {
  for (const t of tabs) {
    const tab = $('tab-' + t);
    const selected = t === name;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    $('view-' + t).hidden = !selected;
    if (selected && focus) tab.focus();
  }
  if (name === 'preview') refreshPreview();
  if (name === 'check') runCheck();
}

function currentTab() { return tabs.find(t => !$('view-' + t).hidden); }

for (const t of tabs) {
  $('tab-' + t).addEventListener('click', () => showTab(t, false));
  $('tab-' + t).addEventListener('keydown', e => {
    const i = tabs.indexOf(t);
    const next = e.key === 'ArrowRight' ? tabs[(i + 1) % tabs.length] : e.key === 'ArrowLeft' ? tabs[(i + tabs.length - 1) % tabs.length]
      : e.key === 'Home' ? tabs[0] : e.key === 'End' ? tabs[tabs.length - 1] : null;
    if (next) { e.preventDefault(); showTab(next, true); }
  });
}

// ---- editor -----------------------------------------------------------------------------------------------------

function draftKey() { return state.place + '|' + state.lang; }

async function loadPlace() {
  const key = draftKey();
  if (!state.drafts[key]) {
    const r = await api('GET', '/api/narrative' + query({ place: state.place, lang: state.lang }));
    if (r.status !== 200) return;
    state.drafts[key] = { text: r.data.text, version: r.data.version, saved: r.data.text };
  }
  const draft = state.drafts[key];
  $('text').value = draft.text;
  $('conflict').hidden = true;
  setSaveStatus(draft);
  scheduleCheck(0);
}

function setSaveStatus(draft) {
  $('save-status').textContent = draft.text === draft.saved ? '' : w('unsaved');
}

let checkTimer = null;
function scheduleCheck(delay) {
  clearTimeout(checkTimer);
  checkTimer = setTimeout(checkText, delay);
}

async function checkText() {
  const seq = ++state.checkSeq;
  $('check-status').textContent = w('checking');
  const r = await api('POST', '/api/check-text', { place: state.place, lang: state.lang, text: $('text').value, period: state.period });
  if (seq !== state.checkSeq) return;   // a newer text is on its way
  if (r.status !== 200) { $('check-status').textContent = w('failed') + ' (' + r.status + ')'; return; }
  $('check-status').textContent = countVerdicts(r.data.findings);
  showList($('problems'), r.data.problems.map(p => p.text));
  renderFindings($('findings'), r.data.findings, true);
  renderParagraphs(r.data.paragraphs, r.data.findings);
}

function lineLabel(line) { return w('line').replace('{0}', String(line)); }

// Errors first, then what could not be checked, then what agrees; in each, the order of the text.
const severity = { Mismatch: 0, Wording: 0, Unchecked: 1, Agrees: 2 };

/** 不符 1 · 未能核对 0 · 一致 6: each verdict that occurs, counted, errors first. */
function countVerdicts(findings) {
  const counts = new Map();
  for (const f of [...findings].sort((a, b) => severity[a.verdict] - severity[b.verdict])) counts.set(f.verdictLabel, (counts.get(f.verdictLabel) || 0) + 1);
  return [...counts].map(([label, n]) => label + ' ' + n).join(' · ');
}

function renderFindings(list, findings, editable) {
  clear(list);
  if (findings.length === 0 && editable) {
    list.append(el('li', 'none', w('findingsNone')));
    return;
  }
  findings = findings.map((f, i) => [f, i]).sort((a, b) => severity[a[0].verdict] - severity[b[0].verdict] || a[1] - b[1]).map(p => p[0]);
  for (const f of findings) {
    const item = el('li', 'finding verdict-' + f.verdict);
    item.dataset.verdict = f.verdict;
    const where = el(editable ? 'button' : 'span', 'where', editable && f.line ? lineLabel(f.line) : f.location);
    if (editable && f.line) {
      where.type = 'button';
      where.addEventListener('click', () => goToLine(f.line));
    }
    item.append(where, el('span', 'verdict', f.verdictLabel), el('span', 'subject', [f.subject, f.metric].filter(Boolean).join(' ')));
    const numbers = el('span', 'numbers');
    numbers.append(el('span', 'stated', w('stated') + ' ' + f.stated));
    if (f.computed) numbers.append(el('span', 'computed', w('computed') + ' ' + f.computed));
    item.append(numbers, el('span', 'claim', '「' + f.claim + '」'));
    if (f.note) item.append(el('span', 'note', f.note));
    list.append(item);
  }
}

/**
 * The paragraphs as the report prints them: values placeholders filled in are marked, and so is the clause of each
 * number the check did not pass (不符, 措辞错误, 未能核对), where the analyst reads it.
 */
function renderParagraphs(paragraphs, findings) {
  const box = $('paragraphs');
  clear(box);
  const flagged = findings.filter(f => f.verdict !== 'Agrees');
  for (const p of paragraphs) {
    const ranges = p.computed.map(([start, length]) => [start, start + length, 'computed']);
    for (const f of flagged) {
      const at = p.text.indexOf(f.claim);
      if (at >= 0) ranges.push([at, at + f.claim.length, 'claim verdict-' + f.verdict]);
    }
    const cuts = [...new Set([0, p.text.length, ...ranges.flatMap(r => [r[0], r[1]])])].sort((a, b) => a - b);
    const para = el('p');
    for (let i = 0; i + 1 < cuts.length; i++) {
      const [from, to] = [cuts[i], cuts[i + 1]];
      const classes = ranges.filter(r => r[0] <= from && to <= r[1]).map(r => r[2]);
      const piece = p.text.slice(from, to);
      para.append(classes.length === 0 ? document.createTextNode(piece) : el('mark', classes.join(' '), piece));
    }
    box.append(para);
  }
}

function goToLine(line) {
  const text = $('text');
  const lines = text.value.split('\n');
  let offset = 0;
  for (let i = 0; i < line - 1 && i < lines.length; i++) offset += lines[i].length + 1;
  text.focus();
  text.setSelectionRange(offset, offset + (lines[line - 1] || '').length);
}

function showList(list, items) {
  clear(list);
  for (const item of items || []) list.append(el('li', null, item));
}

$('text').addEventListener('input', () => {
  const draft = state.drafts[draftKey()];
  if (draft) { draft.text = $('text').value; setSaveStatus(draft); }
  updateCompletion();
  scheduleCheck(250);
});

$('place').addEventListener('change', () => { state.place = $('place').value; loadPlace(); });

async function save(overVersion) {
  if (state.readOnly) return;
  const draft = state.drafts[draftKey()];
  if (!draft) return;
  $('save-status').textContent = w('saving');
  const text = $('text').value;
  const r = await api('PUT', '/api/narrative', { place: state.place, lang: state.lang, text, version: overVersion ?? draft.version });
  if (r.status === 200) {
    draft.version = r.data.version;
    draft.saved = text;
    $('conflict').hidden = true;
    $('save-status').textContent = w('saved');
  } else if (r.status === 409) {
    // The other window's text stays on disk; this one stays in the editor until the analyst decides.
    state.conflictVersion = r.data.version;
    $('conflict-text').textContent = r.data.text;
    $('conflict').hidden = false;
    $('save-status').textContent = '';
  } else if (r.status === 422) {
    $('save-status').textContent = r.data.problems.join('；');
  } else if (r.status === 413) {
    $('save-status').textContent = w('tooLarge');
  } else {
    $('save-status').textContent = w('failed') + ' (' + r.status + ')';
  }
}

$('save').addEventListener('click', () => save());
$('take-disk').addEventListener('click', () => {
  const draft = state.drafts[draftKey()];
  draft.text = draft.saved = $('conflict-text').textContent;
  draft.version = state.conflictVersion;
  $('text').value = draft.text;
  $('conflict').hidden = true;
  setSaveStatus(draft);
  scheduleCheck(0);
});
document.addEventListener('keydown', e => {
  if ((e.ctrlKey || e.metaKey) && e.key === 's') { e.preventDefault(); save(); }
});

// ---- placeholder completion ---------------------------------------------------------------------------------------

let completion = { items: [], active: 0, start: 0, end: 0 };

/** The placeholder the caret is in: the text after an unclosed {{ on its line, or null. */
function placeholderAtCaret() {
  const text = $('text');
  const caret = text.selectionStart;
  if (caret !== text.selectionEnd) return null;
  const lineStart = text.value.lastIndexOf('\n', caret - 1) + 1;
  const before = text.value.slice(lineStart, caret);
  const open = before.lastIndexOf('{{');
  if (open < 0 || before.indexOf('}}', open) >= 0) return null;
  const inside = before.slice(open + 2);
  const token = inside.match(/[^\s]*$/)[0];
  const first = inside.trimStart().length === token.length;
  return { first, token, start: caret - token.length, end: caret };
}

function updateCompletion() {
  const at = placeholderAtCaret();
  const list = $('completion');
  if (!at) { closeCompletion(); return; }
  const prefix = at.token.toLowerCase();
  const v = state.vocabulary;
  const items = at.first
    ? v.functions.filter(f => f.name.startsWith(prefix)).map(f => ({ insert: f.name + ' ', label: f.usage, detail: f.description }))
    : v.codes.filter(c => c.code.toLowerCase().startsWith(prefix) || c.name.toLowerCase().includes(prefix)).map(c => ({ insert: c.code, label: c.code, detail: c.name }))
      .concat(v.series.filter(s => s.toLowerCase().includes(prefix)).map(s => ({ insert: /\s/.test(s) ? '"' + s + '"' : s, label: s, detail: '' })));
  completion = { items: items.slice(0, 12), active: 0, start: at.start, end: at.end };
  if (completion.items.length === 0) { closeCompletion(); return; }
  clear(list);
  completion.items.forEach((item, i) => {
    const option = el('li', null);
    option.id = 'completion-' + i;
    option.setAttribute('role', 'option');
    option.append(el('span', 'label', item.label), el('span', 'detail', item.detail));
    option.addEventListener('mousedown', e => { e.preventDefault(); accept(i); });
    list.append(option);
  });
  list.hidden = false;
  $('text').setAttribute('aria-expanded', 'true');
  markActive();
}

function markActive() {
  const options = $('completion').children;
  for (let i = 0; i < options.length; i++) options[i].setAttribute('aria-selected', String(i === completion.active));
  $('text').setAttribute('aria-activedescendant', 'completion-' + completion.active);
}

function closeCompletion() {
  $('completion').hidden = true;
  $('text').setAttribute('aria-expanded', 'false');
  $('text').removeAttribute('aria-activedescendant');
  completion.items = [];
}

function accept(i) {
  const item = completion.items[i];
  const text = $('text');
  const after = text.value.slice(completion.end);
  const closing = item.insert.endsWith(' ') || /^\s*}}/.test(after.split('\n')[0]) ? '' : ' }}';
  text.setRangeText(item.insert + closing, completion.start, completion.end, 'end');
  closeCompletion();
  text.dispatchEvent(new Event('input'));
}

$('text').addEventListener('keydown', e => {
  if ($('completion').hidden) return;
  if (e.key === 'ArrowDown') { e.preventDefault(); completion.active = (completion.active + 1) % completion.items.length; markActive(); }
  else if (e.key === 'ArrowUp') { e.preventDefault(); completion.active = (completion.active + completion.items.length - 1) % completion.items.length; markActive(); }
  else if (e.key === 'Enter' || e.key === 'Tab') { e.preventDefault(); accept(completion.active); }
  else if (e.key === 'Escape') { e.preventDefault(); closeCompletion(); }
});
$('text').addEventListener('blur', closeCompletion);

// ---- preview, downloads, polling ----------------------------------------------------------------------------------

function refreshPreview() {
  if (!state.period) return;
  const version = state.workspace ? state.workspace.all : '';
  const src = '/api/preview' + query({ period: state.period, lang: state.lang, v: version });
  const frame = $('preview');
  if (frame.getAttribute('src') === src) return;
  $('preview-status').textContent = w('previewUpdating');
  frame.setAttribute('src', src);
  const downloads = $('downloads');
  clear(downloads);
  for (const format of ['pdf', 'docx', 'html', 'md', 'json', 'xlsx']) {
    const link = el('a', null, format);
    link.href = '/api/download' + query({ period: state.period, lang: state.lang, format });
    link.setAttribute('download', '');
    downloads.append(link);
  }
}
$('preview').addEventListener('load', () => { $('preview-status').textContent = w('previewUpdated'); });

async function poll() {
  const r = await api('GET', '/api/state').catch(() => null);
  if (r && r.status === 200) {
    const before = state.workspace;
    state.workspace = r.data;
    if (before && before.all !== r.data.all) {
      if (currentTab() === 'preview') refreshPreview();
      if (currentTab() === 'check') runCheck();
    }
    if (before && before.data !== r.data.data) { loadVocabulary(); scheduleCheck(0); }
  }
  setTimeout(poll, 2000);
}

// ---- data check ---------------------------------------------------------------------------------------------------

function section(parent, title, items) {
  if (!items || items.length === 0) return null;
  parent.append(el('h2', null, title));
  const list = el('ul', 'plain');
  for (const item of items) list.append(el('li', null, item));
  parent.append(list);
  return list;
}

async function runCheck() {
  $('check-view-status').textContent = w('checking');
  const r = await api('GET', '/api/check' + query({ period: state.period, lang: state.lang }));
  const out = $('check-out');
  clear(out);
  $('check-view-status').textContent = '';
  if (r.status !== 200) { out.append(el('p', 'error', w('failed') + ' (' + r.status + ')')); return; }
  const d = r.data;
  const problems = section(out, w('problems'), d.problems);
  if (problems) problems.className = 'problems';
  if (d.summary) out.append(el('p', 'summary', d.summary));
  if (d.findings.length > 0) {
    out.append(el('h2', null, w('findings')));
    const list = el('ul', 'findings');
    renderFindings(list, d.findings, false);
    out.append(list);
  }
  section(out, w('lint'), d.lint);
  section(out, w('excluded'), d.excluded.map(e => e.code + ' ' + e.name + '：' + e.reason));
  section(out, w('newsLeftOut'), d.newsLeftOut.map(n => n.origin + ' ' + n.date + ' 《' + n.title + '》（' + n.source + '）：' + n.reason));
  if (d.changes) {
    out.append(el('h2', null, w('changes') + ' · ' + d.changes.heading));
    if (d.changes.summary) out.append(el('p', null, d.changes.summary));
    for (const p of d.changes.paragraphs) out.append(el('p', null, p));
    if (d.changes.emptyNote) out.append(el('p', 'hint', d.changes.emptyNote));
    for (const t of d.changes.tables) out.append(table(t));
  }
  if (d.problems.length === 0 && !d.findings.some(f => f.verdict === 'Mismatch' || f.verdict === 'Wording') && d.lint.length === 0) {
    out.prepend(el('p', 'ok', w('checkPassed')));
  }
}

function table(t) {
  const wrap = el('div', 'table-wrap');
  const tableEl = el('table');
  tableEl.append(el('caption', null, t.caption));
  const head = el('tr');
  for (const h of t.header) head.append(el('th', null, h));
  tableEl.append(head);
  for (const row of t.rows) {
    const tr = el('tr');
    for (const cell of row) tr.append(el('td', null, cell));
    tableEl.append(tr);
  }
  wrap.append(tableEl);
  return wrap;
}

// ---- publish ------------------------------------------------------------------------------------------------------

$('publish').addEventListener('click', async () => {
  const out = $('publish-out');
  clear(out);
  out.append(el('p', 'status', w('publishing')));
  $('publish').disabled = true;
  const gate = document.querySelector('input[name="gate"]:checked').value;
  const r = await api('POST', '/api/publish', { period: state.period, lang: state.lang, gate });
  $('publish').disabled = state.readOnly;
  clear(out);
  if (r.status !== 200) { out.append(el('p', 'error', w('failed') + ' (' + r.status + ')')); return; }
  const d = r.data;
  if (d.folder) {
    out.append(el('p', 'ok', w('published') + '：' + d.folder));
    if (d.override) out.append(el('p', 'warn', w('override') + '：' + d.override));
    section(out, w('files'), d.files);
    if (d.history) out.append(el('p', 'hint', w('history') + '：' + d.history));
    if (d.historyProblem) out.append(el('p', 'warn', d.historyProblem));
  } else if (d.problems.length > 0) {
    section(out, w('problems'), d.problems).className = 'problems';
  } else {
    out.append(el('p', 'error', w('refused')));
  }
  if (d.findings.length > 0) {
    const list = el('ul', 'findings');
    renderFindings(list, d.findings, false);
    out.append(list);
  }
});

// ---- pickers and start --------------------------------------------------------------------------------------------

$('period').addEventListener('change', async () => {
  state.period = $('period').value;
  await loadVocabulary();
  scheduleCheck(0);
  if (currentTab() === 'preview') refreshPreview();
  if (currentTab() === 'check') runCheck();
});

$('lang').addEventListener('change', async () => {
  state.lang = $('lang').value;
  await loadWords();
  await loadVocabulary();
  await loadPlace();
  if (currentTab() === 'preview') refreshPreview();
  if (currentTab() === 'check') runCheck();
});

async function start() {
  const requested = new URLSearchParams(location.search).get('lang');
  if (requested) state.lang = requested;
  await loadSession();
  await loadWords();
  await loadVocabulary();
  await loadPlace();
  poll();
  document.body.dataset.ready = 'true';
}

start();
