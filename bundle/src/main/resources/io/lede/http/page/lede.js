/*
 * Lede search page. Plain DOM: every text from the server is set with textContent; the only markup taken
 * from the server is the highlighted snippet/title (escaped text plus <mark>), and even that is copied node by
 * node keeping nothing but text and <mark>. The page state lives in the URL query so a search can be bookmarked.
 */
(function () {
  'use strict';

  var SITE_LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'nl', 'pt'];
  var LIST_KEYS = ['language', 'topic', 'entity', 'entityType', 'section', 'author'];
  var SINGLE_KEYS = ['q', 'from', 'to', 'sort', 'page', 'ui'];
  var PAGE_SIZE = 10;
  var MAX_PAGE = 100;

  var STRINGS = {
    en: {
      skip: 'Skip to results', searchLabel: 'Search articles', searchPlaceholder: 'Search articles, people, places…',
      searchHint: 'Type a few letters to see matching people, organisations and places; arrow keys choose one.',
      searchButton: 'Search', sortLabel: 'Sort', sortRelevance: 'Relevance', sortDate: 'Newest', uiLabel: 'Labels',
      facetsLabel: 'Filters', topics: 'Topics', people: 'People', organizations: 'Organisations', places: 'Places',
      languages: 'Languages', sections: 'Sections', dates: 'Published', from: 'From', to: 'To', apply: 'Apply',
      resultsHeading: 'Results', activeFilters: 'Active filters', pages: 'Pages', previous: 'Previous', next: 'Next',
      relatedHeading: 'Related coverage', close: 'Close related coverage', suggestionsLabel: 'Entity suggestions',
      count: '{n} articles', countOne: '1 article', took: '{ms} ms', noResults: 'No articles match.', pageOf: 'Page {p} of {n}',
      loading: 'Searching…', related: 'Related coverage', relatedFor: 'Stories related to “{title}”', relatedNone: 'No related coverage found.',
      relatedCount: '{n} related articles', shared: 'Shared:', clearAll: 'Clear all', remove: 'Remove filter',
      subtopics: 'Subtopics of {label}', none: 'none', unauthorized: 'Please sign in as an editor (the browser asks for the Lede credentials).',
      unreachable: 'The search index cannot be reached right now. Please try again in a moment.', failed: 'The request failed: {message}',
      kind_topic: 'Topic', kind_entity: 'Entity', kind_entityType: 'Type', kind_language: 'Language', kind_section: 'Section',
      kind_author: 'Author', kind_from: 'From', kind_to: 'To', type_person: 'person', type_organization: 'organisation',
      type_location: 'place', bar: '{date}: {n} articles'
    },
    fr: {
      skip: 'Aller aux résultats', searchLabel: 'Rechercher des articles', searchPlaceholder: 'Articles, personnes, lieux…',
      searchHint: 'Tapez quelques lettres pour voir les personnes, organisations et lieux ; les flèches en choisissent un.',
      searchButton: 'Rechercher', sortLabel: 'Tri', sortRelevance: 'Pertinence', sortDate: 'Plus récents', uiLabel: 'Libellés',
      facetsLabel: 'Filtres', topics: 'Thèmes', people: 'Personnes', organizations: 'Organisations', places: 'Lieux',
      languages: 'Langues', sections: 'Rubriques', dates: 'Publication', from: 'Du', to: 'Au', apply: 'Appliquer',
      resultsHeading: 'Résultats', activeFilters: 'Filtres actifs', pages: 'Pages', previous: 'Précédente', next: 'Suivante',
      relatedHeading: 'Couverture liée', close: 'Fermer la couverture liée', suggestionsLabel: 'Suggestions d’entités',
      count: '{n} articles', countOne: '1 article', took: '{ms} ms', noResults: 'Aucun article ne correspond.', pageOf: 'Page {p} sur {n}',
      loading: 'Recherche…', related: 'Couverture liée', relatedFor: 'Articles liés à « {title} »', relatedNone: 'Aucun article lié.',
      relatedCount: '{n} articles liés', shared: 'En commun :', clearAll: 'Tout effacer', remove: 'Retirer le filtre',
      subtopics: 'Sous-thèmes de {label}', none: 'aucun', unauthorized: 'Connectez-vous comme rédacteur (le navigateur demande les identifiants Lede).',
      unreachable: 'L’index de recherche est injoignable pour le moment. Réessayez dans un instant.', failed: 'La requête a échoué : {message}',
      kind_topic: 'Thème', kind_entity: 'Entité', kind_entityType: 'Type', kind_language: 'Langue', kind_section: 'Rubrique',
      kind_author: 'Auteur', kind_from: 'Du', kind_to: 'Au', type_person: 'personne', type_organization: 'organisation',
      type_location: 'lieu', bar: '{date} : {n} articles'
    },
    de: {
      skip: 'Zu den Ergebnissen', searchLabel: 'Artikel suchen', searchPlaceholder: 'Artikel, Personen, Orte suchen…',
      searchHint: 'Ein paar Buchstaben zeigen passende Personen, Organisationen und Orte; Pfeiltasten wählen aus.',
      searchButton: 'Suchen', sortLabel: 'Sortierung', sortRelevance: 'Relevanz', sortDate: 'Neueste', uiLabel: 'Bezeichnungen',
      facetsLabel: 'Filter', topics: 'Themen', people: 'Personen', organizations: 'Organisationen', places: 'Orte',
      languages: 'Sprachen', sections: 'Ressorts', dates: 'Veröffentlicht', from: 'Von', to: 'Bis', apply: 'Anwenden',
      resultsHeading: 'Ergebnisse', activeFilters: 'Aktive Filter', pages: 'Seiten', previous: 'Zurück', next: 'Weiter',
      relatedHeading: 'Verwandte Berichte', close: 'Verwandte Berichte schließen', suggestionsLabel: 'Vorschläge',
      count: '{n} Artikel', countOne: '1 Artikel', took: '{ms} ms', noResults: 'Keine passenden Artikel.', pageOf: 'Seite {p} von {n}',
      loading: 'Suche…', related: 'Verwandte Berichte', relatedFor: 'Berichte zu „{title}“', relatedNone: 'Keine verwandten Berichte.',
      relatedCount: '{n} verwandte Artikel', shared: 'Gemeinsam:', clearAll: 'Alle entfernen', remove: 'Filter entfernen',
      subtopics: 'Unterthemen von {label}', none: 'keine', unauthorized: 'Bitte als Redakteur anmelden (der Browser fragt nach den Lede-Zugangsdaten).',
      unreachable: 'Der Suchindex ist gerade nicht erreichbar. Bitte gleich noch einmal versuchen.', failed: 'Die Anfrage ist fehlgeschlagen: {message}',
      kind_topic: 'Thema', kind_entity: 'Entität', kind_entityType: 'Typ', kind_language: 'Sprache', kind_section: 'Ressort',
      kind_author: 'Autor', kind_from: 'Von', kind_to: 'Bis', type_person: 'Person', type_organization: 'Organisation',
      type_location: 'Ort', bar: '{date}: {n} Artikel'
    },
    es: {
      skip: 'Ir a los resultados', searchLabel: 'Buscar artículos', searchPlaceholder: 'Artículos, personas, lugares…',
      searchHint: 'Escriba unas letras para ver personas, organizaciones y lugares; las flechas eligen uno.',
      searchButton: 'Buscar', sortLabel: 'Orden', sortRelevance: 'Relevancia', sortDate: 'Recientes', uiLabel: 'Etiquetas',
      facetsLabel: 'Filtros', topics: 'Temas', people: 'Personas', organizations: 'Organizaciones', places: 'Lugares',
      languages: 'Idiomas', sections: 'Secciones', dates: 'Publicación', from: 'Desde', to: 'Hasta', apply: 'Aplicar',
      resultsHeading: 'Resultados', activeFilters: 'Filtros activos', pages: 'Páginas', previous: 'Anterior', next: 'Siguiente',
      relatedHeading: 'Cobertura relacionada', close: 'Cerrar cobertura relacionada', suggestionsLabel: 'Sugerencias',
      count: '{n} artículos', countOne: '1 artículo', took: '{ms} ms', noResults: 'Ningún artículo coincide.', pageOf: 'Página {p} de {n}',
      loading: 'Buscando…', related: 'Cobertura relacionada', relatedFor: 'Artículos relacionados con «{title}»', relatedNone: 'Sin cobertura relacionada.',
      relatedCount: '{n} artículos relacionados', shared: 'En común:', clearAll: 'Quitar todo', remove: 'Quitar filtro',
      subtopics: 'Subtemas de {label}', none: 'ninguno', unauthorized: 'Inicie sesión como editor (el navegador pide las credenciales de Lede).',
      unreachable: 'El índice de búsqueda no responde ahora. Inténtelo de nuevo en un momento.', failed: 'La petición falló: {message}',
      kind_topic: 'Tema', kind_entity: 'Entidad', kind_entityType: 'Tipo', kind_language: 'Idioma', kind_section: 'Sección',
      kind_author: 'Autor', kind_from: 'Desde', kind_to: 'Hasta', type_person: 'persona', type_organization: 'organización',
      type_location: 'lugar', bar: '{date}: {n} artículos'
    },
    it: {
      skip: 'Vai ai risultati', searchLabel: 'Cerca articoli', searchPlaceholder: 'Articoli, persone, luoghi…',
      searchHint: 'Digita qualche lettera per vedere persone, organizzazioni e luoghi; le frecce ne scelgono uno.',
      searchButton: 'Cerca', sortLabel: 'Ordine', sortRelevance: 'Rilevanza', sortDate: 'Più recenti', uiLabel: 'Etichette',
      facetsLabel: 'Filtri', topics: 'Temi', people: 'Persone', organizations: 'Organizzazioni', places: 'Luoghi',
      languages: 'Lingue', sections: 'Sezioni', dates: 'Pubblicazione', from: 'Dal', to: 'Al', apply: 'Applica',
      resultsHeading: 'Risultati', activeFilters: 'Filtri attivi', pages: 'Pagine', previous: 'Precedente', next: 'Successiva',
      relatedHeading: 'Copertura correlata', close: 'Chiudi copertura correlata', suggestionsLabel: 'Suggerimenti',
      count: '{n} articoli', countOne: '1 articolo', took: '{ms} ms', noResults: 'Nessun articolo corrisponde.', pageOf: 'Pagina {p} di {n}',
      loading: 'Ricerca…', related: 'Copertura correlata', relatedFor: 'Articoli correlati a «{title}»', relatedNone: 'Nessuna copertura correlata.',
      relatedCount: '{n} articoli correlati', shared: 'In comune:', clearAll: 'Rimuovi tutto', remove: 'Rimuovi filtro',
      subtopics: 'Sottotemi di {label}', none: 'nessuno', unauthorized: 'Accedi come redattore (il browser chiede le credenziali di Lede).',
      unreachable: 'L’indice di ricerca non è raggiungibile. Riprova tra un momento.', failed: 'La richiesta non è riuscita: {message}',
      kind_topic: 'Tema', kind_entity: 'Entità', kind_entityType: 'Tipo', kind_language: 'Lingua', kind_section: 'Sezione',
      kind_author: 'Autore', kind_from: 'Dal', kind_to: 'Al', type_person: 'persona', type_organization: 'organizzazione',
      type_location: 'luogo', bar: '{date}: {n} articoli'
    }
  };

  var state = emptyState();
  var labels = new Map();          // "topic:medtop:…" / "entity:Q7747" -> label in the current UI language
  var expandedTopics = new Set();  // level-1 topic codes whose children are shown
  var lastResponse = null;
  var searchController = null;
  var searchSeq = 0;
  var relatedAllowed = true;       // from /api/info: related coverage may be editor-only or off while search is public               // data-requested / data-rendered on <main> tell tests (and tools) a search is done
  var relatedController = null;
  var suggestController = null;
  var suggestTimer = 0;
  var suggestions = [];
  var activeSuggestion = -1;

  var el = {};

  function $(id) { return document.getElementById(id); }

  function emptyState() {
    var s = { q: '', from: '', to: '', sort: 'relevance', page: 1, ui: 'en', article: '' };
    LIST_KEYS.forEach(function (k) { s[k] = []; });
    return s;
  }

  // ---------- text ----------

  function t(key, values) {
    var table = STRINGS[state.ui] || STRINGS.en;
    var text = table[key] !== undefined ? table[key] : STRINGS.en[key];
    if (values) {
      Object.keys(values).forEach(function (k) { text = text.split('{' + k + '}').join(String(values[k])); });
    }
    return text;
  }

  function countText(n) {
    return n === 1 ? t('countOne') : t('count', { n: formatNumber(n) });
  }

  function formatNumber(n) {
    try { return new Intl.NumberFormat(state.ui).format(n); } catch (e) { return String(n); }
  }

  function languageName(code) {
    try {
      var name = new Intl.DisplayNames([state.ui], { type: 'language' }).of(code);
      return name && name !== code ? name : code;
    } catch (e) {
      return code;
    }
  }

  function formatDate(iso) {
    var d = new Date(iso);
    if (isNaN(d.getTime())) { return iso; }
    try { return new Intl.DateTimeFormat(state.ui, { dateStyle: 'medium' }).format(d); } catch (e) { return iso.slice(0, 10); }
  }

  function translateStatic() {
    document.documentElement.lang = state.ui;
    document.querySelectorAll('[data-i18n]').forEach(function (node) { node.textContent = t(node.dataset.i18n); });
    document.querySelectorAll('[data-i18n-placeholder]').forEach(function (node) { node.placeholder = t(node.dataset.i18nPlaceholder); });
    document.querySelectorAll('[data-i18n-aria-label]').forEach(function (node) { node.setAttribute('aria-label', t(node.dataset.i18nAriaLabel)); });
  }

  // ---------- DOM helpers ----------

  function node(tag, className, text) {
    var n = document.createElement(tag);
    if (className) { n.className = className; }
    if (text !== undefined && text !== null) { n.textContent = text; }
    return n;
  }

  function button(className, text, onClick) {
    var b = node('button', className, text);
    b.type = 'button';
    b.addEventListener('click', onClick);
    return b;
  }

  /** Copies server-highlighted HTML (escaped text with <mark>) keeping only text and <mark> elements. */
  function appendHighlighted(target, html) {
    var template = document.createElement('template');
    template.innerHTML = html; // parsed inert: nothing in a template runs or loads
    (function copy(from, to) {
      from.childNodes.forEach(function (child) {
        if (child.nodeType === Node.TEXT_NODE) {
          to.appendChild(document.createTextNode(child.nodeValue));
        } else if (child.nodeType === Node.ELEMENT_NODE) {
          if (child.nodeName === 'MARK') {
            var mark = document.createElement('mark');
            copy(child, mark);
            to.appendChild(mark);
          } else {
            copy(child, to);
          }
        }
      });
    })(template.content, target);
  }

  function clear(n) {
    while (n.firstChild) { n.removeChild(n.firstChild); }
  }

  // ---------- state <-> URL ----------

  function readState() {
    var params = new URLSearchParams(location.search);
    var s = emptyState();
    s.q = params.get('q') || '';
    s.from = params.get('from') || '';
    s.to = params.get('to') || '';
    s.sort = params.get('sort') === 'date' ? 'date' : 'relevance';
    var page = parseInt(params.get('page') || '1', 10);
    s.page = page >= 1 && page <= MAX_PAGE ? page : 1;
    var ui = params.get('ui') || preferredUi();
    s.ui = SITE_LANGUAGES.indexOf(ui) >= 0 ? ui : 'en';
    s.article = params.get('article') || '';
    LIST_KEYS.forEach(function (k) {
      s[k] = params.getAll(k).filter(function (v, i, all) { return v && all.indexOf(v) === i; });
    });
    return s;
  }

  function preferredUi() {
    var langs = navigator.languages || [navigator.language || 'en'];
    for (var i = 0; i < langs.length; i++) {
      var code = String(langs[i]).slice(0, 2).toLowerCase();
      if (SITE_LANGUAGES.indexOf(code) >= 0) { return code; }
    }
    return 'en';
  }

  /** The search API's parameters for the state (defaults left out; the page-only "article" never sent). */
  function searchParams(s) {
    var params = new URLSearchParams();
    if (s.q) { params.set('q', s.q); }
    LIST_KEYS.forEach(function (k) { s[k].forEach(function (v) { params.append(k, v); }); });
    if (s.from) { params.set('from', s.from); }
    if (s.to) { params.set('to', s.to); }
    if (s.sort !== 'relevance') { params.set('sort', s.sort); }
    if (s.page > 1) { params.set('page', String(s.page)); }
    params.set('ui', s.ui);
    params.set('size', String(PAGE_SIZE));
    return params;
  }

  function pageUrl(s) {
    var params = searchParams(s);
    params.delete('size');
    if (s.article) { params.set('article', s.article); }
    var query = params.toString();
    return location.pathname + (query ? '?' + query : '');
  }

  function commit(changes, options) {
    Object.keys(changes).forEach(function (k) { state[k] = changes[k]; });
    if (!options || !options.keepPage) { state.page = changes.page || 1; }
    history.pushState(null, '', pageUrl(state));
    search();
  }

  function toggleValue(kind, value) {
    var values = state[kind].slice();
    var at = values.indexOf(value);
    if (at >= 0) { values.splice(at, 1); } else { values.push(value); }
    var change = {};
    change[kind] = values;
    commit(change);
  }

  // ---------- API ----------

  function api(path, params, controller) {
    var url = new URL('api/' + path, document.baseURI);
    url.search = params.toString();
    return fetch(url.toString(), {
      headers: { Accept: 'application/json' }, credentials: 'same-origin', signal: controller.signal
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        if (!response.ok) {
          var err = new Error(body && body.error ? body.error : 'HTTP ' + response.status);
          err.status = response.status;
          throw err;
        }
        return body;
      });
    });
  }

  function errorText(err) {
    if (err.status === 401) { return t('unauthorized'); }
    if (err.status === 503) { return t('unreachable'); }
    return t('failed', { message: err.message });
  }

  // ---------- search ----------

  function search() {
    if (searchController) { searchController.abort(); }
    var controller = new AbortController();
    searchController = controller;
    var seq = ++searchSeq;
    el.main.dataset.requested = String(seq);
    syncControls();
    el.main.setAttribute('aria-busy', 'true');
    api('search', searchParams(state), controller).then(function (body) {
      if (controller !== searchController) { return; }
      lastResponse = body;
      hideError();
      remember(body);
      renderAll(body);
    }).catch(function (err) {
      if (err.name === 'AbortError') { return; }
      showError(errorText(err));
      el.status.textContent = '';
      delete el.status.dataset.total;
      renderChips(); // so that a refused filter (e.g. a bad date in a bookmark) can be removed
      clear(el.list);
      el.pager.hidden = true;
    }).finally(function () {
      if (controller === searchController) {
        el.main.removeAttribute('aria-busy');
        el.main.dataset.rendered = String(seq);
      }
    });
    if (state.article) { loadRelated(); } else { closeRelatedPanel(); }
  }

  function remember(body) {
    var f = body.facets || {};
    (f.topics || []).forEach(function (top) {
      labels.set('topic:' + top.code, top.label);
      (top.children || []).forEach(function (c) { labels.set('topic:' + c.code, c.label); });
    });
    ['people', 'organizations', 'places'].forEach(function (k) {
      (f[k] || []).forEach(function (e) { labels.set('entity:' + e.id, e.label); });
    });
    (body.results || []).forEach(function (r) {
      (r.topics || []).forEach(function (tp) { labels.set('topic:' + tp.code, tp.label); });
      (r.entities || []).forEach(function (e) { labels.set('entity:' + e.id, e.label); });
    });
  }

  function renderAll(body) {
    var focusKey = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.focusKey : null;
    renderFacets(body.facets || {});
    renderChips();
    renderResults(body);
    renderPager(body);
    if (state.article) { el.relatedFor.textContent = t('relatedFor', { title: titleOf(state.article) }); }
    if (focusKey) {
      var again = document.querySelector('[data-focus-key="' + CSS.escape(focusKey) + '"]');
      if (again) { again.focus(); }
    }
  }

  function syncControls() {
    translateStatic();
    if (document.activeElement !== el.q) { el.q.value = state.q; }
    el.ui.value = state.ui;
    el.from.value = state.from;
    el.to.value = state.to;
    el.sortButtons.forEach(function (b) { b.setAttribute('aria-pressed', String(b.dataset.sort === state.sort)); });
    if (!lastResponse) { el.status.textContent = t('loading'); }
  }

  // ---------- facets ----------

  function facetButton(kind, value, label, count) {
    var active = state[kind].indexOf(value) >= 0;
    var b = button('facet-value', null, function () { toggleValue(kind, value); });
    b.setAttribute('aria-pressed', String(active));
    b.dataset.focusKey = kind + ':' + value;
    b.dataset.kind = kind;
    b.dataset.value = value;
    var name = node('span', 'name', label);
    name.title = label;
    b.appendChild(name);
    b.appendChild(node('span', 'count', formatNumber(count)));
    return b;
  }

  function simpleList(sectionId, items, kind, labelOf) {
    var section = $(sectionId);
    var list = section.querySelector('ul');
    clear(list);
    items.forEach(function (item) {
      var value = item.id !== undefined ? item.id : item.value;
      var li = node('li');
      li.appendChild(facetButton(kind, value, labelOf(item), item.count));
      list.appendChild(li);
    });
    section.hidden = items.length === 0;
  }

  function renderFacets(f) {
    renderTopics(f.topics || []);
    var entityLabel = function (e) { return e.label || e.id; };
    simpleList('facet-people', f.people || [], 'entity', entityLabel);
    simpleList('facet-organizations', f.organizations || [], 'entity', entityLabel);
    simpleList('facet-places', f.places || [], 'entity', entityLabel);
    simpleList('facet-languages', f.languages || [], 'language', function (l) { return languageName(l.value); });
    simpleList('facet-sections', f.sections || [], 'section', function (s) { return s.value; });
    renderHistogram(f.dates || []);
  }

  function renderTopics(topics) {
    var section = $('facet-topics');
    var tree = section.querySelector('ul');
    clear(tree);
    topics.forEach(function (top) {
      var children = top.children || [];
      var childActive = children.some(function (c) { return state.topic.indexOf(c.code) >= 0; });
      if (state.topic.indexOf(top.code) >= 0 || childActive) { expandedTopics.add(top.code); }
      var li = node('li');
      var row = node('div', 'facet-row');
      var childList = node('ul');
      childList.id = 'topic-children-' + top.code.replace(/[^A-Za-z0-9]/g, '-');
      if (children.length) {
        var open = expandedTopics.has(top.code);
        var toggle = button('toggle', open ? '▾' : '▸', function () {
          if (expandedTopics.has(top.code)) { expandedTopics.delete(top.code); } else { expandedTopics.add(top.code); }
          var nowOpen = expandedTopics.has(top.code);
          toggle.textContent = nowOpen ? '▾' : '▸';
          toggle.setAttribute('aria-expanded', String(nowOpen));
          childList.hidden = !nowOpen;
        });
        toggle.setAttribute('aria-expanded', String(open));
        toggle.setAttribute('aria-controls', childList.id);
        toggle.setAttribute('aria-label', t('subtopics', { label: top.label }));
        toggle.dataset.focusKey = 'toggle:' + top.code;
        row.appendChild(toggle);
        childList.hidden = !open;
        children.forEach(function (c) {
          var cli = node('li');
          cli.appendChild(facetButton('topic', c.code, c.label, c.count));
          childList.appendChild(cli);
        });
      } else {
        row.appendChild(node('span', 'spacer'));
      }
      row.appendChild(facetButton('topic', top.code, top.label, top.count));
      li.appendChild(row);
      if (children.length) { li.appendChild(childList); }
      tree.appendChild(li);
    });
    section.hidden = topics.length === 0;
  }

  function addDays(isoDate, days) {
    var d = new Date(isoDate + 'T00:00:00Z');
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  }

  function bucketEnd(date, next, interval) {
    if (interval === 'month') {
      var d = new Date(date + 'T00:00:00Z');
      return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
    }
    return addDays(date, interval === 'week' ? 6 : 0);
  }

  function renderHistogram(dates) {
    var box = $('facet-dates').querySelector('.histogram');
    clear(box);
    var axis = box.nextElementSibling && box.nextElementSibling.classList.contains('histogram-axis') ? box.nextElementSibling : null;
    if (axis) { axis.remove(); }
    box.hidden = dates.length === 0;
    if (!dates.length) { return; }
    var interval = 'day';
    if (dates.length > 1) {
      var gap = (new Date(dates[1].date) - new Date(dates[0].date)) / 86400000;
      interval = gap >= 28 ? 'month' : gap >= 7 ? 'week' : 'day';
    }
    var max = dates.reduce(function (m, d) { return Math.max(m, d.count); }, 0) || 1;
    dates.forEach(function (d) {
      var end = bucketEnd(d.date, null, interval);
      var text = t('bar', { date: d.date, n: formatNumber(d.count) });
      var bar = button(null, null, function () { commit({ from: d.date, to: end }); });
      bar.style.height = (d.count ? Math.max(4, Math.round(100 * d.count / max)) : 1) + '%';
      bar.setAttribute('aria-label', text);
      bar.title = text;
      bar.dataset.focusKey = 'date:' + d.date;
      box.appendChild(bar);
    });
    axis = node('div', 'histogram-axis');
    axis.appendChild(node('span', null, dates[0].date));
    axis.appendChild(node('span', null, dates[dates.length - 1].date));
    box.after(axis);
  }

  // ---------- chips ----------

  function chipLabel(kind, value) {
    if (kind === 'topic') { return labels.get('topic:' + value) || value; }
    if (kind === 'entity') { return labels.get('entity:' + value) || value; }
    if (kind === 'language') { return languageName(value); }
    if (kind === 'entityType') { return t('type_' + value) || value; }
    return value;
  }

  function renderChips() {
    clear(el.chips);
    var chips = [];
    LIST_KEYS.forEach(function (kind) {
      state[kind].forEach(function (value) {
        chips.push({ kind: kind, value: value, remove: function () { toggleValue(kind, value); } });
      });
    });
    ['from', 'to'].forEach(function (kind) {
      if (state[kind]) {
        chips.push({ kind: kind, value: state[kind], remove: function () { var c = {}; c[kind] = ''; commit(c); } });
      }
    });
    chips.forEach(function (c) {
      var label = chipLabel(c.kind, c.value);
      var chip = button('chip', null, c.remove);
      chip.dataset.kind = c.kind;
      chip.dataset.value = c.value;
      chip.dataset.focusKey = 'chip:' + c.kind + ':' + c.value;
      chip.setAttribute('aria-label', t('remove') + ': ' + t('kind_' + c.kind) + ' ' + label);
      chip.appendChild(node('span', 'kind', t('kind_' + c.kind)));
      chip.appendChild(node('span', 'value', label));
      chip.appendChild(node('span', 'x', '×'));
      el.chips.appendChild(chip);
    });
    if (chips.length > 1) {
      var all = button('chip clear', t('clearAll'), function () {
        var change = { from: '', to: '' };
        LIST_KEYS.forEach(function (k) { change[k] = []; });
        commit(change);
      });
      el.chips.appendChild(all);
    }
  }

  // ---------- results ----------

  function renderResults(body) {
    var results = body.results || [];
    var total = body.total || 0;
    var status = total === 0 ? t('noResults') : countText(total);
    if (typeof body.took === 'number') { status += ' · ' + t('took', { ms: body.took }); }
    el.status.textContent = status;
    el.status.dataset.total = String(total);
    if (window.performance && performance.mark && !performance.getEntriesByName('lede:first-results').length) {
      performance.mark('lede:first-results'); // time to first results, read by the page test
    }
    clear(el.list);
    results.forEach(function (r) { el.list.appendChild(resultItem(r)); });
  }

  function resultItem(r) {
    var li = node('li', 'result' + (r.id === state.article ? ' selected' : ''));
    li.dataset.id = r.id;
    var h = node('h3');
    var a = node('a');
    a.href = safeUrl(r.url);
    a.target = '_blank';
    a.rel = 'noopener';
    if (r.titleHighlight) { appendHighlighted(a, r.titleHighlight); } else { a.textContent = r.title || r.id; }
    h.appendChild(a);
    li.appendChild(h);
    li.appendChild(metaLine(r));
    if (r.snippet) {
      var p = node('p', 'snippet');
      appendHighlighted(p, r.snippet);
      li.appendChild(p);
    }
    var tags = node('div', 'tags');
    (r.topics || []).forEach(function (tp) {
      tags.appendChild(tagButton('topic', tp.code, tp.label));
    });
    (r.entities || []).slice(0, 8).forEach(function (e) {
      tags.appendChild(tagButton('entity', e.id, e.label, e.type));
    });
    if (tags.childNodes.length) { li.appendChild(tags); }
    var actions = node('div', 'actions');
    var rel = button('related-button', t('related'), function () { openRelated(r.id); });
    rel.setAttribute('aria-expanded', String(r.id === state.article));
    rel.setAttribute('aria-controls', 'related');
    rel.dataset.focusKey = 'related:' + r.id;
    actions.appendChild(rel);
    li.appendChild(actions);
    return li;
  }

  function metaLine(r) {
    var meta = node('div', 'meta');
    if (r.language) {
      var lang = node('span', 'lang', r.language);
      lang.title = languageName(r.language);
      meta.appendChild(lang);
    }
    if (r.published) {
      var time = node('time', null, formatDate(r.published));
      time.dateTime = r.published;
      meta.appendChild(time);
    }
    if (r.section) { meta.appendChild(node('span', 'section', r.section)); }
    (r.authors || []).forEach(function (author) { meta.appendChild(node('span', 'author', author)); });
    return meta;
  }

  function tagButton(kind, value, label, type) {
    var b = button('tag', null, function () {
      if (state[kind].indexOf(value) < 0) { toggleValue(kind, value); }
    });
    if (type) {
      b.appendChild(node('span', 'kind', t('type_' + type) + ' '));
    }
    b.appendChild(document.createTextNode(label || value));
    b.dataset.focusKey = 'tag:' + kind + ':' + value;
    return b;
  }

  function safeUrl(url) {
    try {
      var u = new URL(url, document.baseURI);
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : '#';
    } catch (e) {
      return '#';
    }
  }

  function renderPager(body) {
    var pages = Math.min(MAX_PAGE, Math.ceil((body.total || 0) / PAGE_SIZE));
    el.pager.hidden = pages <= 1;
    el.pageOf.textContent = t('pageOf', { p: state.page, n: pages });
    el.prev.disabled = state.page <= 1;
    el.next.disabled = state.page >= pages;
  }

  // ---------- related coverage ----------

  function openRelated(id) {
    state.article = id;
    history.pushState(null, '', pageUrl(state));
    markSelected();
    loadRelated();
    el.relatedHeading.focus();
  }

  function markSelected() {
    el.list.querySelectorAll('.result').forEach(function (li) {
      var selected = li.dataset.id === state.article;
      li.classList.toggle('selected', selected);
      var b = li.querySelector('.related-button');
      if (b) { b.setAttribute('aria-expanded', String(selected)); }
    });
  }

  function closeRelatedPanel() {
    el.related.hidden = true;
    el.layout.classList.remove('with-related');
  }

  function closeRelated() {
    var id = state.article;
    state.article = '';
    history.pushState(null, '', pageUrl(state));
    closeRelatedPanel();
    markSelected();
    var back = document.querySelector('[data-focus-key="related:' + CSS.escape(id) + '"]');
    if (back) { back.focus(); }
  }

  function loadRelated() {
    if (relatedController) { relatedController.abort(); }
    if (!relatedAllowed) { closeRelatedPanel(); return; }
    var controller = new AbortController();
    relatedController = controller;
    var id = state.article;
    el.related.hidden = false;
    el.layout.classList.add('with-related');
    var title = titleOf(id);
    el.relatedFor.textContent = t('relatedFor', { title: title });
    el.relatedStatus.textContent = t('loading');
    clear(el.relatedList);
    delete el.related.dataset.loaded;
    var params = new URLSearchParams({ id: id, size: '5', ui: state.ui });
    api('related', params, controller).then(function (body) {
      if (controller !== relatedController) { return; }
      var results = body.results || [];
      el.related.dataset.loaded = id;
      el.relatedStatus.textContent = results.length ? t('relatedCount', { n: results.length }) : t('relatedNone');
      results.forEach(function (r) { el.relatedList.appendChild(relatedItem(r)); });
    }).catch(function (err) {
      if (err.name === 'AbortError') { return; }
      el.related.dataset.loaded = id;
      el.relatedStatus.textContent = errorText(err);
    });
  }

  function titleOf(id) {
    var results = lastResponse && lastResponse.results ? lastResponse.results : [];
    for (var i = 0; i < results.length; i++) {
      if (results[i].id === id) { return results[i].title || id; }
    }
    return id;
  }

  function relatedItem(r) {
    var li = node('li', 'related-item');
    li.dataset.id = r.id;
    var h = node('h3');
    var a = node('a', null, r.title || r.id);
    a.href = safeUrl(r.url);
    a.target = '_blank';
    a.rel = 'noopener';
    h.appendChild(a);
    li.appendChild(h);
    li.appendChild(metaLine(r));
    var why = r.why || {};
    var shared = (why.entities || []).map(function (e) { return e.label || e.id; })
      .concat((why.topics || []).map(function (tp) { return tp.label || tp.code; }));
    if (shared.length) {
      var p = node('p', 'why');
      p.appendChild(document.createTextNode(t('shared') + ' '));
      shared.forEach(function (s) { p.appendChild(node('span', 'tag', s)); p.appendChild(document.createTextNode(' ')); });
      li.appendChild(p);
    }
    return li;
  }

  /** Hides related coverage when this user may not use it (the page may be public while related is for editors). */
  function checkAccess() {
    api('info', new URLSearchParams(), new AbortController()).then(function (info) {
      relatedAllowed = !(info && info.allowed && info.allowed.related === false);
      document.body.classList.toggle('no-related', !relatedAllowed);
      if (!relatedAllowed) { closeRelatedPanel(); }
    }).catch(function () { /* older hosts without /api/info: keep everything */ });
  }

  // ---------- entity type-ahead ----------

  function onQueryInput() {
    clearTimeout(suggestTimer);
    var prefix = el.q.value.trim();
    if (prefix.length < 2 || prefix.length > 100) { closeSuggestions(); return; }
    suggestTimer = setTimeout(function () { suggest(prefix); }, 150);
  }

  function suggest(prefix) {
    if (suggestController) { suggestController.abort(); }
    var controller = new AbortController();
    suggestController = controller;
    var params = new URLSearchParams({ prefix: prefix, ui: state.ui, size: '8' });
    api('entities', params, controller).then(function (body) {
      if (controller !== suggestController || el.q.value.trim() !== prefix) { return; }
      showSuggestions(body.results || []);
    }).catch(function (err) {
      if (err.name !== 'AbortError') { closeSuggestions(); }
    });
  }

  function showSuggestions(items) {
    suggestions = items;
    activeSuggestion = -1;
    clear(el.suggestions);
    if (!items.length) { closeSuggestions(); return; }
    items.forEach(function (s, i) {
      var li = node('li');
      li.id = 'suggestion-' + i;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.dataset.id = s.id;
      li.appendChild(node('span', 'name', s.label || s.id));
      li.appendChild(node('span', 'type', t('type_' + s.type) || s.type));
      li.appendChild(node('span', 'count', formatNumber(s.count || 0)));
      li.addEventListener('mousedown', function (e) { e.preventDefault(); choose(i); });
      el.suggestions.appendChild(li);
    });
    el.suggestions.hidden = false;
    el.q.setAttribute('aria-expanded', 'true');
  }

  function closeSuggestions() {
    suggestions = [];
    activeSuggestion = -1;
    el.suggestions.hidden = true;
    clear(el.suggestions);
    el.q.setAttribute('aria-expanded', 'false');
    el.q.removeAttribute('aria-activedescendant');
  }

  function highlightSuggestion(i) {
    activeSuggestion = i;
    el.suggestions.querySelectorAll('[role=option]').forEach(function (li, j) {
      li.setAttribute('aria-selected', String(j === i));
    });
    if (i >= 0) { el.q.setAttribute('aria-activedescendant', 'suggestion-' + i); } else { el.q.removeAttribute('aria-activedescendant'); }
  }

  function choose(i) {
    var s = suggestions[i];
    if (!s) { return; }
    labels.set('entity:' + s.id, s.label);
    closeSuggestions();
    el.q.value = '';
    var entities = state.entity.indexOf(s.id) >= 0 ? state.entity : state.entity.concat([s.id]);
    commit({ q: '', entity: entities });
  }

  function onQueryKey(e) {
    var open = !el.suggestions.hidden && suggestions.length > 0;
    if (e.key === 'ArrowDown' && open) {
      e.preventDefault();
      highlightSuggestion((activeSuggestion + 1) % suggestions.length);
    } else if (e.key === 'ArrowUp' && open) {
      e.preventDefault();
      highlightSuggestion(activeSuggestion <= 0 ? suggestions.length - 1 : activeSuggestion - 1);
    } else if (e.key === 'Enter' && open && activeSuggestion >= 0) {
      e.preventDefault();
      choose(activeSuggestion);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      closeSuggestions();
    }
  }

  // ---------- errors ----------

  function showError(text) {
    el.error.textContent = text;
    el.error.hidden = false;
  }

  function hideError() {
    el.error.hidden = true;
    el.error.textContent = '';
  }

  // ---------- start ----------

  function start() {
    el.form = $('search-form');
    el.q = $('q');
    el.suggestions = $('suggestions');
    el.ui = $('ui');
    el.from = $('from');
    el.to = $('to');
    el.main = $('main');
    el.layout = document.querySelector('.layout');
    el.chips = $('chips');
    el.status = $('status');
    el.error = $('error');
    el.list = $('result-list');
    el.pager = $('pager');
    el.pageOf = $('page-of');
    el.prev = $('prev');
    el.next = $('next');
    el.related = $('related');
    el.relatedHeading = $('related-heading');
    el.relatedFor = $('related-for');
    el.relatedStatus = $('related-status');
    el.relatedList = $('related-list');
    el.sortButtons = Array.prototype.slice.call(document.querySelectorAll('[data-sort]'));

    el.form.addEventListener('submit', function (e) {
      e.preventDefault();
      closeSuggestions();
      commit({ q: el.q.value.trim() });
    });
    el.q.addEventListener('input', onQueryInput);
    el.q.addEventListener('keydown', onQueryKey);
    el.q.addEventListener('blur', closeSuggestions);
    el.sortButtons.forEach(function (b) {
      b.addEventListener('click', function () { if (state.sort !== b.dataset.sort) { commit({ sort: b.dataset.sort }); } });
    });
    el.ui.addEventListener('change', function () { commit({ ui: el.ui.value, page: state.page }, { keepPage: true }); });
    $('date-form').addEventListener('submit', function (e) {
      e.preventDefault();
      commit({ from: el.from.value, to: el.to.value });
    });
    el.prev.addEventListener('click', function () { commit({ page: state.page - 1 }, { keepPage: true }); el.resultsHeading.focus(); });
    el.next.addEventListener('click', function () { commit({ page: state.page + 1 }, { keepPage: true }); el.resultsHeading.focus(); });
    el.resultsHeading = $('results-heading');
    $('related-close').addEventListener('click', closeRelated);
    el.related.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') { e.preventDefault(); closeRelated(); }
    });
    window.addEventListener('popstate', function () { state = readState(); search(); });

    state = readState();
    history.replaceState(null, '', pageUrl(state));
    search();
    checkAccess();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
