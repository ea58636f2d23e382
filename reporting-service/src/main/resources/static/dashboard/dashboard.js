'use strict';
/*
 * The ops dashboard (docs/reports.md, "The ops dashboard"). It signs in with the API's own OAuth 2
 * client-credentials grant, reads every figure from the reports API with that bearer token, and
 * reads them again whenever the server-sent stream /api/v1/reports/changes says they moved.
 * The stream is read with fetch(), not EventSource, because EventSource cannot send the token.
 */
(function () {
  const { t } = window.DashboardI18n;
  const charts = window.DashboardCharts;
  const SESSION = 'helpdesk.dashboard.session';
  const REPORTS = '/api/v1/reports';
  const POLL_ANYWAY_MS = 60000;
  const RISK_ROWS = 8;
  const $ = selector => document.querySelector(selector);

  let session = readSession();
  let renewTimer = null;
  let stream = null;
  let refreshing = false;
  let refreshAgain = false;
  let pollTimer = null;
  let lastFigures = null;

  /* ---------- sign-in and the token ---------- */

  function readSession() {
    try {
      return JSON.parse(window.sessionStorage.getItem(SESSION));
    } catch (e) {
      return null;
    }
  }

  function saveSession(next) {
    session = next;
    if (next) {
      window.sessionStorage.setItem(SESSION, JSON.stringify(next));
    } else {
      window.sessionStorage.removeItem(SESSION);
    }
  }

  /** The gateway's token endpoint, exactly as the README's curl uses it. */
  async function requestToken(clientId, secret) {
    const response = await fetch('/oauth2/token', {
      method: 'POST',
      headers: {
        'Authorization': 'Basic ' + btoa(unescape(encodeURIComponent(clientId + ':' + secret))),
        'Content-Type': 'application/x-www-form-urlencoded'
      },
      body: 'grant_type=client_credentials'
    });
    if (!response.ok) {
      const error = new Error('token request refused: ' + response.status);
      error.status = response.status;
      throw error;
    }
    const body = await response.json();
    const lifetime = Number(body.expires_in || 300);
    return { clientId, secret, token: body.access_token, expiresAt: Date.now() + lifetime * 1000, lifetime };
  }

  /** A new token at four fifths of the old one's life, so the screen never shows an expired one. */
  function scheduleRenewal() {
    clearTimeout(renewTimer);
    if (!session) {
      return;
    }
    const wait = Math.max(5000, (session.expiresAt - Date.now()) - session.lifetime * 200);
    renewTimer = setTimeout(renew, wait);
  }

  async function renew() {
    try {
      saveSession(await requestToken(session.clientId, session.secret));
      scheduleRenewal();
      return true;
    } catch (e) {
      if (e.status === 400 || e.status === 401) {
        signOut(t('loginFailed'));
        return false;
      }
      renewTimer = setTimeout(renew, 10000);
      return false;
    }
  }

  async function signIn(event) {
    event.preventDefault();
    $('#login-error').textContent = '';
    $('#sign-in').disabled = true;
    try {
      saveSession(await requestToken($('#client-id').value.trim(), $('#client-secret').value));
      $('#client-secret').value = '';
      start();
    } catch (e) {
      $('#login-error').textContent = e.status ? t('loginFailed') : t('unreachable');
    } finally {
      $('#sign-in').disabled = false;
    }
  }

  function signOut(message) {
    saveSession(null);
    clearTimeout(renewTimer);
    clearInterval(pollTimer);
    if (stream) {
      stream.abort();
      stream = null;
    }
    setLive('offline');
    $('#board').hidden = true;
    $('#logout').hidden = true;
    $('#who').textContent = '';
    $('#login').hidden = false;
    $('#login-error').textContent = message || '';
  }

  /* ---------- reading the figures ---------- */

  async function api(path) {
    const response = await fetch(REPORTS + path, { headers: { 'Authorization': 'Bearer ' + session.token } });
    if (response.status === 401 && await renew()) {
      return api(path);
    }
    if (!response.ok) {
      const error = new Error(path + ': ' + response.status);
      error.status = response.status;
      throw error;
    }
    return response.json();
  }

  function midnight() {
    const now = new Date();
    return new Date(now.getFullYear(), now.getMonth(), now.getDate()).toISOString();
  }

  async function refresh() {
    if (refreshing) {
      refreshAgain = true;
      return;
    }
    refreshing = true;
    try {
      do {
        refreshAgain = false;
        const today = 'from=' + encodeURIComponent(midnight());
        const [open, day, byGroup, byPriority, opened, resolved, recurring, load, agentsToday, risk] =
          await Promise.all([
            api('/summary'), api('/summary?' + today), api('/backlog?groupBy=group'),
            api('/backlog?groupBy=priority'), api('/timeseries?metric=opened&interval=hour'),
            api('/timeseries?metric=resolved&interval=hour'), api('/recurring?limit=5'), api('/agents'),
            api('/agents?' + today), api('/sla-risk?limit=' + RISK_ROWS)]);
        lastFigures = { open, day, byGroup, byPriority, opened, resolved, recurring, load, agentsToday, risk };
        render();
        $('#board-error').textContent = '';
      } while (refreshAgain);
    } catch (e) {
      if (e.status === 403) {
        $('#board-error').textContent = t('forbidden');
      } else if (session) {
        $('#board-error').textContent = t('unreachable');
      }
    } finally {
      refreshing = false;
    }
  }

  /* ---------- showing them ---------- */

  function number(value) {
    return value === null || value === undefined ? '–' : new Intl.NumberFormat(window.DashboardI18n.lang())
      .format(value);
  }

  function duration(seconds) {
    if (seconds === null || seconds === undefined) {
      return '–';
    }
    const minutes = Math.round(seconds / 60);
    return minutes < 120 ? minutes + ' min' : (Math.round(minutes / 6) / 10).toLocaleString(
      window.DashboardI18n.lang()) + ' h';
  }

  function hour(start) {
    return new Date(start).toLocaleTimeString(window.DashboardI18n.lang(), { hour: '2-digit', minute: '2-digit' });
  }

  function tile(id, value, detail) {
    const node = document.getElementById(id);
    const text = String(value);
    const shown = node.querySelector('.value');
    if (shown.textContent !== text) {
      shown.textContent = text;
      node.classList.remove('changed');
      void node.offsetWidth; // restarts the highlight
      node.classList.add('changed');
    }
    if (detail !== undefined) {
      node.querySelector('.detail').textContent = detail;
    }
  }

  function render() {
    if (!lastFigures) {
      return;
    }
    const f = lastFigures;
    const compliance = f.day.slaCompliance;
    const breaches = compliance.firstResponse.breached + compliance.resolution.breached;
    tile('tile-backlog', number(f.open.backlog));
    tile('tile-opened', number(f.day.opened));
    tile('tile-resolved', number(f.day.resolved));
    tile('tile-reopened', number(f.day.reopened));
    tile('tile-escalations', number(f.day.escalations));
    tile('tile-breaches', number(breaches), `${t('firstResponseShort')} ${number(compliance.firstResponse.breached)}`
      + ` · ${t('resolutionShort')} ${number(compliance.resolution.breached)}`);
    document.getElementById('tile-breaches').classList.toggle('hot', breaches > 0);
    const atRisk = f.risk.warnings + f.risk.breached;
    tile('tile-at-risk', number(atRisk), `${t('warningsShort')} ${number(f.risk.warnings)}`
      + ` · ${t('breachedShort')} ${number(f.risk.breached)}`);
    document.getElementById('tile-at-risk').classList.toggle('hot', atRisk > 0);
    tile('tile-compliance', compliance.resolution.percent === null ? '–'
      : number(compliance.resolution.percent) + ' %');
    tile('tile-first-response', duration(f.day.firstResponseTime.meanSeconds));

    charts.bars(document.querySelector('#chart-backlog-group .chart'),
      f.byGroup.items.map(i => ({ key: i.key, label: i.key === null ? t('noGroup') : i.key, value: i.backlog })),
      number, t('nothing'));
    charts.bars(document.querySelector('#chart-backlog-priority .chart'),
      f.byPriority.items.slice().sort((a, b) => String(a.key).localeCompare(String(b.key)))
        .map(i => ({ key: i.key, label: i.key, value: i.backlog, className: 'priority-' + i.key })),
      number, t('nothing'));
    charts.series(document.querySelector('#chart-over-time .chart'), [
      { name: 'opened', title: t('opened'), className: 'opened', points: f.opened.points },
      { name: 'resolved', title: t('resolved'), className: 'resolved', points: f.resolved.points }], hour, number);

    rows('#table-sla-risk tbody', f.risk.items.map(i => [i.number || i.ticketId, i.priority || '–',
      i.groupId === null ? t('noGroup') : i.groupId, `${t(i.risk)} · ${t(i.target)}`, hour(i.since)]),
      f.risk.items.map(i => 'risk-' + i.risk));
    if (f.risk.items.length === 0) {
      rows('#table-sla-risk tbody', [[t('noneAtRisk')]], ['empty']);
    }
    rows('#table-recurring tbody', f.recurring.categories.map(c => [
      c.category === null ? t('noCategory') : c.category, number(c.incidents), number(c.previous), t(c.trend)]));
    const resolvedToday = new Map(f.agentsToday.items.map(a => [a.agentId, a.resolved]));
    rows('#table-agents tbody', f.load.items.filter(a => a.openLoad > 0 || resolvedToday.get(a.agentId))
      .sort((a, b) => b.openLoad - a.openLoad || a.agentId.localeCompare(b.agentId))
      .map(a => [a.agentId, number(a.openLoad), number(resolvedToday.get(a.agentId) || 0)]));
    $('#as-of').textContent = `${t('asOf')} ${new Date(f.open.asOf).toLocaleTimeString(
      window.DashboardI18n.lang())}`;
  }

  function rows(selector, cells, classNames) {
    const body = document.querySelector(selector);
    body.replaceChildren(...cells.map((values, index) => {
      const row = document.createElement('tr');
      if (classNames) {
        row.className = classNames[index];
      }
      values.forEach(value => row.append(Object.assign(document.createElement('td'), { textContent: value })));
      return row;
    }));
  }

  /* ---------- live: the change stream ---------- */

  function setLive(state) {
    const live = $('#live');
    live.dataset.i18n = state;
    live.textContent = t(state);
    live.className = 'live ' + (state === 'live' ? 'on' : 'off');
  }

  /** Reads the stream until it ends (token expiry, a restart), then opens the next one. */
  async function follow(retryMs) {
    if (!session) {
      return;
    }
    const controller = new AbortController();
    stream = controller;
    try {
      const response = await fetch(REPORTS + '/changes', {
        headers: { 'Authorization': 'Bearer ' + session.token, 'Accept': 'text/event-stream' },
        signal: controller.signal, cache: 'no-store'
      });
      if (response.status === 401) {
        await renew();
      } else if (response.status === 403) {
        setLive('offline'); // the figures' own requests say why; asking again will not help
        return;
      } else if (response.ok) {
        retryMs = 1000;
        await readEvents(response.body.getReader());
      }
    } catch (e) {
      if (controller.signal.aborted) {
        return;
      }
    }
    if (stream === controller && session) {
      setLive('reconnecting');
      setTimeout(() => follow(Math.min(retryMs * 2, 15000)), retryMs);
    }
  }

  async function readEvents(reader) {
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        return;
      }
      buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const name = block.split('\n').filter(line => line.startsWith('event:'))
          .map(line => line.slice(6).trim())[0];
        if (name === 'ready' || name === 'changed') {
          setLive('live');
          refresh();
        }
      }
    }
  }

  /* ---------- start ---------- */

  function start() {
    $('#login').hidden = true;
    $('#board').hidden = false;
    $('#logout').hidden = false;
    $('#who').textContent = `${t('signedInAs')} ${session.clientId}`;
    scheduleRenewal();
    refresh();
    follow(1000);
    clearInterval(pollTimer);
    pollTimer = setInterval(refresh, POLL_ANYWAY_MS);
  }

  document.addEventListener('DOMContentLoaded', () => {
    window.DashboardI18n.apply();
    document.querySelectorAll('button.lang').forEach(button => button.addEventListener('click', () => {
      window.DashboardI18n.set(button.dataset.lang);
      if (session) {
        $('#who').textContent = `${t('signedInAs')} ${session.clientId}`;
      }
      render();
    }));
    $('#login-form').addEventListener('submit', signIn);
    $('#logout').addEventListener('click', () => signOut(''));
    if (session && session.token) {
      start();
    } else {
      signOut('');
    }
  });
})();
