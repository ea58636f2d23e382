'use strict';
/* Labels in English and German. The browser's language picks one; the EN/DE buttons switch. */
window.DashboardI18n = (function () {
  const texts = {
    en: {
      title: 'Help desk operations', offline: 'offline', live: 'live', reconnecting: 'reconnecting…',
      logout: 'Sign out', loginTitle: 'Sign in',
      loginHelp: 'Sign in with an API client of a supervisor or an agent (client credentials).',
      clientId: 'Client ID', clientSecret: 'Client secret', signIn: 'Sign in',
      loginFailed: 'Sign-in failed: check the client ID and secret.',
      unreachable: 'The help desk cannot be reached. Trying again…',
      forbidden: 'This client may not see reports: use a supervisor\'s or an agent\'s client.',
      backlog: 'Open now', openedToday: 'Opened today', resolvedToday: 'Resolved today',
      reopenedToday: 'Reopened today', escalationsToday: 'Escalations today',
      breachesToday: 'SLA breaches today', complianceToday: 'Resolution SLA met today',
      firstResponseToday: 'Mean first response today', firstResponseShort: 'first response',
      resolutionShort: 'resolution',
      overTime: 'Opened and resolved, last 24 hours', opened: 'Opened', resolved: 'Resolved',
      backlogByGroup: 'Open tickets by group', backlogByPriority: 'Open tickets by priority',
      noGroup: '(no group)', noCategory: '(none)', nothing: 'Nothing to show',
      recurring: 'Recurring incidents, last 7 days', category: 'Category', incidents: 'Incidents',
      previous: '7 days before', trend: 'Trend', agents: 'Agents\' load', agent: 'Agent', openLoad: 'Open',
      asOf: 'as of', signedInAs: 'signed in as',
      UP: 'rising', DOWN: 'falling', SAME: 'steady', NEW: 'new',
      atRiskNow: 'SLA at risk now', warningsShort: 'warning', breachedShort: 'breached', ticket: 'Ticket',
      priority: 'Priority', group: 'Group', risk: 'State', since: 'Since',
      WARNING: 'warning', BREACHED: 'breached', FIRST_RESPONSE: 'first response', RESOLUTION: 'resolution',
      noneAtRisk: 'No open ticket at risk'
    },
    de: {
      title: 'Helpdesk-Betrieb', offline: 'offline', live: 'live', reconnecting: 'verbinde neu…',
      logout: 'Abmelden', loginTitle: 'Anmelden',
      loginHelp: 'Melden Sie sich mit einem API-Client einer Teamleitung oder eines Agenten an (Client Credentials).',
      clientId: 'Client-ID', clientSecret: 'Client-Secret', signIn: 'Anmelden',
      loginFailed: 'Anmeldung fehlgeschlagen: Client-ID und Secret prüfen.',
      unreachable: 'Der Helpdesk ist nicht erreichbar. Neuer Versuch…',
      forbidden: 'Dieser Client darf keine Berichte sehen: bitte den Client einer Teamleitung oder eines Agenten verwenden.',
      backlog: 'Jetzt offen', openedToday: 'Heute eröffnet', resolvedToday: 'Heute gelöst',
      reopenedToday: 'Heute wiedereröffnet', escalationsToday: 'Eskalationen heute',
      breachesToday: 'SLA-Verletzungen heute', complianceToday: 'Lösungs-SLA heute eingehalten',
      firstResponseToday: 'Mittlere Erstreaktion heute', firstResponseShort: 'Erstreaktion',
      resolutionShort: 'Lösung',
      overTime: 'Eröffnet und gelöst, letzte 24 Stunden', opened: 'Eröffnet', resolved: 'Gelöst',
      backlogByGroup: 'Offene Tickets nach Gruppe', backlogByPriority: 'Offene Tickets nach Priorität',
      noGroup: '(keine Gruppe)', noCategory: '(keine)', nothing: 'Nichts anzuzeigen',
      recurring: 'Wiederkehrende Störungen, letzte 7 Tage', category: 'Kategorie', incidents: 'Störungen',
      previous: '7 Tage davor', trend: 'Trend', agents: 'Auslastung der Agenten', agent: 'Agent',
      openLoad: 'Offen', asOf: 'Stand', signedInAs: 'angemeldet als',
      UP: 'steigend', DOWN: 'fallend', SAME: 'gleich', NEW: 'neu',
      atRiskNow: 'SLA jetzt gefährdet', warningsShort: 'Warnung', breachedShort: 'verletzt', ticket: 'Ticket',
      priority: 'Priorität', group: 'Gruppe', risk: 'Zustand', since: 'Seit',
      WARNING: 'Warnung', BREACHED: 'verletzt', FIRST_RESPONSE: 'Erstreaktion', RESOLUTION: 'Lösung',
      noneAtRisk: 'Kein offenes Ticket gefährdet'
    }
  };
  const STORED = 'helpdesk.dashboard.lang';
  let lang = pick();

  function pick() {
    const stored = window.localStorage.getItem(STORED);
    if (stored && texts[stored]) {
      return stored;
    }
    const wanted = (navigator.languages || [navigator.language || 'en']);
    for (const tag of wanted) {
      const primary = String(tag).toLowerCase().split('-')[0];
      if (texts[primary]) {
        return primary;
      }
    }
    return 'en';
  }

  function t(key) {
    return (texts[lang] && texts[lang][key]) || texts.en[key] || key;
  }

  function apply() {
    document.documentElement.lang = lang;
    document.title = t('title');
    document.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
    document.querySelectorAll('button.lang').forEach(b => b.classList.toggle('active', b.dataset.lang === lang));
  }

  function set(next) {
    if (texts[next]) {
      lang = next;
      window.localStorage.setItem(STORED, next);
      apply();
    }
  }

  return { t, apply, set, lang: () => lang };
})();
