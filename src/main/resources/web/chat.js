// The seller web chat: one conversation per browser (its id kept in localStorage), the bot's replies
// in the HTTP response, staff replies live over server-sent events; history read again on every
// (re)connect, so a reload or a dropped connection loses nothing.
import {api, clock, el, linkify} from './common.js';

const KEY = 'xiaoer.chat.conversationId';
const log = document.getElementById('log');
const choices = document.getElementById('choices');
const form = document.getElementById('composer');
const input = document.getElementById('text');
const status = document.getElementById('status');

function randomId() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}

let conversationId = localStorage.getItem(KEY);
if (!/^web-[A-Za-z0-9-]{16,64}$/.test(conversationId || '')) {
  conversationId = 'web-' + randomId();
  localStorage.setItem(KEY, conversationId);
}

const ROLE_LABEL = {seller: '我', bot: '小二', staff: '客服'};
/** Lines shown, by role|time|text: a staff reply both pushed live and read in the history shows once. */
const seen = new Set();

function bubble(role, text, {kind, at} = {}) {
  const line = el('div', {class: 'bubble-row ' + role},
    el('div', {class: 'bubble ' + role + (kind ? ' kind-' + kind : '')},
      el('span', {class: 'who'}, ROLE_LABEL[role] || role),
      el('p', {class: 'text'}, role === 'seller' ? document.createTextNode(text) : linkify(text)),
      at ? el('time', {datetime: at}, clock(at)) : null));
  log.append(line);
  log.scrollTop = log.scrollHeight;
}

function showChoices(reply) {
  choices.replaceChildren();
  const options = (reply && reply.options) || [];
  options.forEach((option, i) => {
    const label = typeof option === 'string' ? option : option.question;
    choices.append(el('button', {type: 'button', class: 'choice',
      onclick: () => send(label)}, (typeof option === 'string' ? '' : (i + 1) + '. ') + label));
  });
  for (const related of (reply && reply.related) || []) {
    choices.append(el('button', {type: 'button', class: 'choice related',
      onclick: () => send(related.question)}, '相关：' + related.question));
  }
}

async function history() {
  const data = await api('/chat/history?conversationId=' + encodeURIComponent(conversationId));
  log.replaceChildren();
  seen.clear();
  if (data.messages.length === 0) {
    bubble('bot', '您好，我是小二。请问有什么可以帮您？保证金、运单、申诉、退货都可以问我。');
  }
  for (const m of data.messages) {
    seen.add(m.role + '|' + m.at + '|' + m.text);
    bubble(m.role, m.text, m);
  }
}

async function send(text) {
  text = text.trim();
  if (!text) return;
  input.value = '';
  choices.replaceChildren();
  bubble('seller', text);
  try {
    const reply = await api('/chat/messages', {method: 'POST',
      body: {conversationId, text, msgId: 'm-' + randomId()}});
    if (reply.text) bubble('bot', reply.text, {kind: reply.kind});
    showChoices(reply);
  } catch (e) {
    bubble('bot', '消息没有发出去（' + e.message + '），请稍后再试。', {kind: 'error'});
  }
  input.focus();
}

form.addEventListener('submit', event => {
  event.preventDefault();
  send(input.value);
});

function connect() {
  const events = new EventSource('/chat/events?conversationId=' + encodeURIComponent(conversationId));
  events.addEventListener('ready', () => {
    status.textContent = '在线';
    status.classList.remove('offline');
    history().catch(e => { status.textContent = '读取记录失败：' + e.message; });
  });
  events.addEventListener('staff', event => {
    const m = JSON.parse(event.data);
    const key = m.role + '|' + m.at + '|' + m.text;
    if (seen.has(key)) return;
    seen.add(key);
    bubble('staff', m.text, m);
  });
  events.addEventListener('error', () => {
    // the browser reconnects by itself (after the retry the server set); history is read again then
    status.textContent = '连接中断，正在重连…';
    status.classList.add('offline');
  });
}

history().catch(() => {});
connect();
input.focus();
