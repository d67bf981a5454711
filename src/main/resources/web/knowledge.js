// The editors' page: what the bot would answer and why, the files' validation problems (file:line),
// the eval figures and the unanswered questions of the loaded knowledge, its entries and flows.
import {el, highlight, signedInPage} from './common.js';

const $ = id => document.getElementById(id);
let timer = null;
let version = null;
let entries = [];

const {call} = signedInPage({key: 'xiaoer.adminToken', onStart: start, onStop: () => clearInterval(timer)});

function start() {
  status();
  timer = setInterval(status, 2000);
}

async function status() {
  let s;
  try {
    s = await call('/admin/knowledge');
  } catch (e) {
    $('status').textContent = e.message;
    return;
  }
  const attempt = s.lastAttempt;
  const failed = attempt && !attempt.ok;
  $('status').textContent = 'Serving version ' + s.version + (s.location ? ' from ' + s.location : '')
    + (s.watched ? ' · watching for edits' : '')
    + (failed ? ' · the last edit is invalid, the version before it keeps serving' : ' · files valid');
  $('status').classList.toggle('bad', !!failed);
  // file:line under the knowledge directory, as `validate` prints it
  const root = s.location ? s.location.replace(/\/$/, '') + '/' : '';
  const relative = path => root && path.startsWith(root) ? path.slice(root.length) : path;
  $('problems').replaceChildren(...(failed ? attempt.problems : []).map(p =>
    el('li', {class: 'problem'}, el('code', {}, relative(p.path) + ':' + p.line), ' ', p.message)));
  if (s.version !== version) {
    version = s.version;
    loadEntries();
    loadEval();
    loadUnanswered();
  }
}

$('reload').addEventListener('click', async () => {
  await call('/admin/reload', {method: 'POST'}).catch(() => {});
  status();
});

$('try-form').addEventListener('submit', async event => {
  event.preventDefault();
  const text = $('try-text').value.trim();
  if (!text) return;
  let r;
  try {
    r = await call('/admin/try', {method: 'POST', body: {text}});
  } catch (e) {
    $('try-result').replaceChildren(el('p', {class: 'error'}, e.message));
    return;
  }
  const reply = r.reply;
  $('try-result').replaceChildren(el('div', {},
    el('p', {class: 'state'}, 'kind ' + reply.kind + ' · confidence ' + Math.round(reply.confidence * 100) + '%'
      + (reply.faqId ? ' · ' + reply.faqId : '')),
    el('blockquote', {class: 'reply-text'}, reply.text),
    reply.options.length ? el('p', {class: 'hint'}, 'options: ' + reply.options.join(' / ')) : null,
    el('h3', {}, 'Candidates'),
    el('ol', {class: 'candidates'}, ...r.candidates.map(c => el('li', {},
      el('code', {}, c.faqId), ' ', highlight(c.question, c.matchedWords),
      el('span', {class: 'score'}, ' ' + Math.round(c.score * 100) + '%'),
      el('span', {class: 'hint'}, ' matched “' + c.matchedPhrasing + '” on ' + (c.matchedWords.join('、') || 'no shared words')))))));
});

async function loadEntries() {
  const data = await call('/admin/knowledge/entries').catch(() => null);
  if (!data) return;
  entries = data.faqs;
  renderEntries();
  $('flows').replaceChildren(...data.flows.map(f => el('details', {class: 'flow'},
    el('summary', {}, el('code', {}, f.id), ' ', f.title, el('span', {class: 'hint'}, ' ' + (f.source || ''))),
    el('ol', {}, ...f.steps.map(s => el('li', {},
      el('code', {}, s.id), ' ', s.say,
      s.options.length ? el('span', {class: 'hint'}, ' → ' + s.options.map(o => o.label + (o.next ? ' ⇒ ' + o.next : '')).join(' | ')) : null))))));
}

function renderEntries() {
  const q = $('filter').value.trim();
  const shown = entries.filter(e => !q || [e.id, e.question, e.answer, ...e.alternates].some(t => t.includes(q)));
  $('entries-count').textContent = '(' + shown.length + ' of ' + entries.length + ')';
  $('entries').replaceChildren(...shown.map(e => el('tr', {},
    el('td', {}, el('code', {}, e.id), el('div', {class: 'hint'}, e.source || '')),
    el('td', {}, el('strong', {}, e.question), el('div', {class: 'hint'}, e.alternates.join(' · '))),
    el('td', {class: 'answer'}, e.answer))));
}
$('filter').addEventListener('input', renderEntries);

async function loadEval() {
  const r = await call('/admin/eval').catch(e => ({detail: e.message}));
  if (r.cases === null || r.cases === undefined) {
    $('eval').replaceChildren(el('dt', {}, 'no figures'), el('dd', {}, r.detail || ''));
    return;
  }
  const pct = v => (v * 100).toFixed(1) + '%';
  const rows = [['cases', r.cases + ' (in scope ' + r.inScope + ')'], ['top-1', pct(r.top1)], ['top-3', pct(r.top3)],
    ['top-1 or clarify', pct(r.top1OrClarify)], ['wrong answers', pct(r.wrongAnswerRate)],
    ['out of scope declined', pct(r.oosDeclined)], ['misses', r.misses]];
  $('eval').replaceChildren(...rows.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
}

async function loadUnanswered() {
  const r = await call('/admin/unanswered?since=7d&limit=50').catch(() => null);
  if (!r) return;
  $('unanswered').replaceChildren(...(r.groups.length ? r.groups.map(g => el('tr', {},
    el('td', {}, g.question, g.variants.length > 1 ? el('div', {class: 'hint'}, g.variants.map(v => v.text).join(' · ')) : null),
    el('td', {}, String(g.count)),
    el('td', {}, g.closest ? [el('code', {}, g.closest.faqId), ' ', g.closest.question,
      el('span', {class: 'score'}, ' ' + Math.round(g.closest.score * 100) + '%')] : '—')))
    : [el('tr', {}, el('td', {colspan: 3}, 'Nothing unanswered.'))]));
}
