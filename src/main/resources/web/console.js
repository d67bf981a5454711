// The staff console: the handoff queue (polled every second, oldest first), a conversation's
// transcript, suggested replies, and the reply box; every call carries the staff token in its header.
import {clock, el, highlight, signedInPage, waited} from './common.js';

const $ = id => document.getElementById(id);
const REASONS = {requested: 'seller asked for a person', fallbacks: 'bot could not answer twice',
  unreadable: 'flow answers not understood', taken_over: 'taken over by staff'};

let queue = [];
let selected = -1;
let openId = null;
let lastSellerText = null;
let timers = [];

const {call, signedIn} = signedInPage({key: 'xiaoer.staffToken', onStart: start, onStop: stop});

function start() {
  refreshQueue();
  timers.push(setInterval(refreshQueue, 1000));
  timers.push(setInterval(() => { if (openId) refreshConversation(); }, 2000));
}

function stop() {
  timers.forEach(clearInterval);
  timers = [];
  $('token').focus();
}

async function refreshQueue() {
  let data;
  try {
    data = await call('/v1/handoffs?limit=100');
  } catch (e) {
    return;
  }
  const current = selected >= 0 && queue[selected] ? queue[selected].conversationId : openId;
  queue = data.handoffs;
  selected = queue.findIndex(h => h.conversationId === current);
  renderQueue();
}

function renderQueue() {
  $('queue-count').textContent = '(' + queue.length + ')';
  $('queue').replaceChildren(...queue.map((h, i) => {
    const lastSeller = [...h.lastMessages].reverse().find(m => m.role === 'seller');
    return el('li', {class: 'queue-item' + (i === selected ? ' selected' : ''), 'data-id': h.conversationId},
      el('button', {type: 'button', 'aria-current': i === selected ? 'true' : null, onclick: () => select(i, true)},
        el('span', {class: 'cid'}, h.conversationId),
        el('span', {class: 'reason reason-' + h.reason}, REASONS[h.reason] || h.reason),
        el('span', {class: 'wait'}, 'waiting ' + waited(h.since)),
        lastSeller ? el('span', {class: 'last'}, lastSeller.text) : null));
  }));
}

function select(i, open) {
  if (queue.length === 0) return;
  selected = Math.max(0, Math.min(queue.length - 1, i));
  renderQueue();
  const item = $('queue').children[selected];
  if (item) item.querySelector('button').focus();
  if (open) openConversation(queue[selected].conversationId);
}

function openConversation(id) {
  openId = id;
  lastSellerText = null;
  $('conversation').hidden = false;
  $('conversation-title').textContent = id;
  $('suggestions').replaceChildren();
  $('reply').value = '';
  $('reply-status').textContent = '';
  refreshConversation().then(() => $('reply').focus());
}

function closeConversation() {
  openId = null;
  $('conversation').hidden = true;
  const item = $('queue').children[selected];
  if (item) item.querySelector('button').focus();
}

async function refreshConversation() {
  const id = openId;
  let data;
  try {
    data = await call('/v1/conversations/' + encodeURIComponent(id) + '?limit=500');
  } catch (e) {
    $('conversation-state').textContent = e.message;
    return;
  }
  if (id !== openId) return;
  const flow = data.flow ? 'flow ' + data.flow.id + ' · step ' + data.flow.step : 'no active flow';
  const holder = data.handoffReason ? 'with a person (' + (REASONS[data.handoffReason] || data.handoffReason) + ')'
    : 'with the bot';
  $('conversation-state').textContent = holder + ' · ' + flow;
  $('take-over').disabled = !!data.handoffReason;
  $('hand-back').disabled = !data.handoffReason;
  const lines = data.messages.filter(m => m.text !== '');
  $('transcript').replaceChildren(...lines.map(line));
  const t = $('transcript');
  t.scrollTop = t.scrollHeight;
  const lastSeller = [...data.messages].reverse().find(m => m.role === 'seller');
  if (lastSeller && lastSeller.text !== lastSellerText) {
    lastSellerText = lastSeller.text;
    suggest(id, lastSeller.text);
  }
}

function line(m) {
  const meta = m.role === 'bot'
    ? m.kind + (m.confidence === null ? '' : ' · ' + Math.round(m.confidence * 100) + '%') + (m.faqId ? ' · ' + m.faqId : '')
    : m.role === 'staff' ? 'staff' + (m.senderId ? ' · ' + m.senderId : '') : 'seller';
  return el('li', {class: 'line ' + m.role},
    el('span', {class: 'meta'}, meta + ' · ' + clock(m.at)),
    el('p', {class: 'text'}, m.text));
}

async function suggest(id, text) {
  $('suggest-for').textContent = 'for “' + text + '”';
  let data;
  try {
    data = await call('/v1/suggest', {method: 'POST', body: {text, conversationId: id, k: 3}});
  } catch (e) {
    $('suggestions').replaceChildren(el('li', {class: 'error'}, e.message));
    return;
  }
  $('suggestions').replaceChildren(...data.suggestions.map((s, i) => el('li', {class: 'suggestion'},
    el('button', {type: 'button', class: 'use', 'aria-label': 'Use suggestion ' + (i + 1) + ': ' + s.question,
      onclick: () => use(s.answer)}, 'Use'),
    el('div', {},
      el('p', {class: 'question'}, highlight(s.question, s.matchedWords),
        el('span', {class: 'score'}, ' ' + Math.round(s.confidence * 100) + '%')),
      el('p', {class: 'answer'}, s.answer)))));
}

function use(answer) {
  $('reply').value = answer;
  $('reply').focus();
}

async function sendReply() {
  const text = $('reply').value.trim();
  if (!text || !openId) return;
  $('send-reply').disabled = true;
  try {
    const sent = await call('/v1/conversations/' + encodeURIComponent(openId) + '/reply', {method: 'POST', body: {text}});
    $('reply').value = '';
    $('reply-status').textContent = 'Sent' + (sent.channel ? ' via ' + sent.channel : ' (kept in the transcript)');
    await refreshConversation();
  } catch (e) {
    $('reply-status').textContent = 'Not sent: ' + e.message;
  } finally {
    $('send-reply').disabled = false;
  }
}

$('reply-form').addEventListener('submit', event => { event.preventDefault(); sendReply(); });
$('reply').addEventListener('keydown', event => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    sendReply();
  }
});
$('take-over').addEventListener('click', async () => {
  await call('/v1/conversations/' + encodeURIComponent(openId) + '/takeover', {method: 'POST'}).catch(() => {});
  refreshConversation();
  refreshQueue();
});
$('hand-back').addEventListener('click', async () => {
  await call('/v1/conversations/' + encodeURIComponent(openId) + '/resolve', {method: 'POST'}).catch(() => {});
  refreshConversation();
  refreshQueue();
});
$('close').addEventListener('click', closeConversation);
$('open-form').addEventListener('submit', event => {
  event.preventDefault();
  openConversation($('open-id').value.trim());
});

document.addEventListener('keydown', event => {
  if (!signedIn()) return;
  if (event.key === 'Escape') {
    if (openId) closeConversation();
    return;
  }
  const typing = ['INPUT', 'TEXTAREA'].includes(document.activeElement.tagName);
  if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
  if (event.key === 'j') select(selected + 1, true);
  else if (event.key === 'k') select(selected < 0 ? 0 : selected - 1, true);
});
