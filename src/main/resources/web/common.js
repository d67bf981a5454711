// Shared by the pages: element building (seller text only ever as text nodes), the API calls with the
// token in a header (never a cookie: nothing another site can make the browser send), links, highlights.

/** An element; strings among the children become text nodes, never markup. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

const URL_PATTERN = /https?:\/\/[^\s<>"'，。！？、）)]+/g;

/** Text with its http(s) addresses as links that open in a new tab; everything else stays text. */
export function linkify(text) {
  const fragment = document.createDocumentFragment();
  let last = 0;
  for (const match of String(text).matchAll(URL_PATTERN)) {
    fragment.append(document.createTextNode(text.slice(last, match.index)));
    const a = el('a', {href: match[0], target: '_blank', rel: 'noopener noreferrer'});
    a.textContent = match[0];
    fragment.append(a);
    last = match.index + match[0].length;
  }
  fragment.append(document.createTextNode(String(text).slice(last)));
  return fragment;
}

/** Text with every occurrence of the given words in <mark>, as text nodes. */
export function highlight(text, words) {
  const fragment = document.createDocumentFragment();
  const list = (words || []).filter(w => w && w.length > 0).sort((a, b) => b.length - a.length);
  let i = 0;
  let plain = '';
  outer: while (i < text.length) {
    for (const w of list) {
      if (text.startsWith(w, i)) {
        fragment.append(document.createTextNode(plain));
        plain = '';
        fragment.append(el('mark', {}, w));
        i += w.length;
        continue outer;
      }
    }
    plain += text[i];
    i += 1;
  }
  fragment.append(document.createTextNode(plain));
  return fragment;
}

/** An API error carrying the contract's error code and HTTP status. */
export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** Calls the API: JSON in and out, the bearer token (if any) in the Authorization header. */
export async function api(path, {method = 'GET', body, token} = {}) {
  const headers = {'Accept': 'application/json'};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers['Authorization'] = 'Bearer ' + token;
  let response;
  try {
    response = await fetch(path, {method, headers, body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit', cache: 'no-store'});
  } catch (e) {
    throw new ApiError(0, 'network', 'the server cannot be reached');
  }
  const data = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = data.error || {};
    throw new ApiError(response.status, error.code || 'http_' + response.status, error.message || response.statusText);
  }
  return data;
}

/** How long ago an ISO time was, short: "45 s", "3 min", "2 h". */
export function waited(iso, now = Date.now()) {
  const seconds = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  if (seconds < 60) return seconds + ' s';
  if (seconds < 3600) return Math.floor(seconds / 60) + ' min';
  return Math.floor(seconds / 3600) + ' h ' + Math.floor((seconds % 3600) / 60) + ' min';
}

/** A clock time of an ISO instant, local. */
export function clock(iso) {
  const d = new Date(iso);
  return isNaN(d) ? '' : d.toLocaleTimeString([], {hour: '2-digit', minute: '2-digit'});
}

/**
 * A page behind a sign-in (the staff console, the editors' page): the form (#login-form in #login)
 * asks for the token, held in this tab's session storage under {@code key} (gone when the tab closes;
 * never in the URL); once there is one the page (#app) and its sign-out button (#sign-out) show and
 * {@code onStart} runs; signing out (the button, or a token the server refuses) hides them again and
 * runs {@code onStop}. {@code call} is {@link api} with the token, signing out on 401 or 403.
 */
export function signedInPage({key, onStart, onStop}) {
  const $ = id => document.getElementById(id);
  let token = null;

  function start(t) {
    token = t;
    $('login').hidden = true;
    $('app').hidden = false;
    $('sign-out').hidden = false;
    onStart();
  }

  function stop(message) {
    token = null;
    sessionStorage.removeItem(key);
    $('login-error').textContent = message || '';
    $('app').hidden = true;
    $('sign-out').hidden = true;
    $('login').hidden = false;
    onStop();
  }

  $('login-form').addEventListener('submit', event => {
    event.preventDefault();
    const input = $('token');
    const t = input.value.trim();
    if (!t) return;
    sessionStorage.setItem(key, t);
    input.value = '';
    $('login-error').textContent = '';
    start(t);
  });
  $('sign-out').addEventListener('click', () => stop(''));
  const stored = sessionStorage.getItem(key);
  // once the page's own module has run to its end, as its calls need what it returns
  if (stored) queueMicrotask(() => start(stored));

  return {
    signedIn: () => token !== null,
    async call(path, options = {}) {
      try {
        return await api(path, {...options, token});
      } catch (e) {
        if (e.status === 401 || e.status === 403) stop('Sign-in refused: ' + e.message);
        throw e;
      }
    },
  };
}
