-- Marsad store, schema 1: marsad/1 records, their layers as tables, the
-- Arabic search index, and cross-article event clusters.
--
-- Offsets (span_start, span_end) are Unicode code points into documents.text,
-- half-open, as in the record. Dates are ISO strings (YYYY-MM-DD).

-- One row per article. `record` is the marsad/1 JSON exactly as extracted
-- (the JSONL export writes it back byte for byte); the other columns are for
-- querying. An article is stored once: by its id and by the hash of its
-- normalised content (search key, white space folded).
CREATE TABLE documents (
    id            INTEGER PRIMARY KEY,
    doc_id        TEXT NOT NULL UNIQUE,
    content_hash  TEXT NOT NULL UNIQUE,
    title         TEXT,
    outlet        TEXT,
    url           TEXT,
    -- who reported it, for figures and disagreements: the outlet, else the
    -- URL's host, else the document id
    source        TEXT NOT NULL,
    published     TEXT,
    lang          TEXT NOT NULL,
    chars         INTEGER NOT NULL,
    -- where it was read from (file, file:line, WARC record …) and as what
    origin        TEXT NOT NULL,
    format        TEXT NOT NULL,
    -- the input's own metadata (JSON object)
    input_meta    TEXT NOT NULL,
    text          TEXT NOT NULL,
    record        TEXT NOT NULL,
    n_events      INTEGER NOT NULL
);
CREATE INDEX documents_published ON documents(published);

-- Arabic full-text search. Contentless: the index only, the text lives in
-- `documents` (rowid = documents.id). Columns hold the words of the
-- normaliser's search key (alef/ya/hamza/ة folded, harakat and tatweel
-- gone), one space apart, so the plain `ascii` tokenizer (split on ASCII
-- spaces, everything else kept) sees whole words and costs little;
-- unicode61 would split diacritised words and fold nothing Arabic anyway.
-- `stems` adds the clitic-stripped forms of each word (بالحسكة → حسكه,
-- الحسكه) so prefix-attached forms are found. Queries are normalised the
-- same way (marsad_store::fts).
CREATE VIRTUAL TABLE doc_search USING fts5(
    title, body, stems,
    content = '', contentless_delete = 1,
    tokenize = 'ascii'
);

-- Entities: one row per referent in a document, with its link (ref).
CREATE TABLE entities (
    doc          INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    eid          TEXT NOT NULL,
    kind         TEXT NOT NULL,
    name         TEXT NOT NULL,
    name_key     TEXT NOT NULL,
    ref_id       TEXT,
    label_en     TEXT,
    category     TEXT,
    ref_country  TEXT,
    role         TEXT,
    nationality  TEXT,
    affiliation  TEXT,
    PRIMARY KEY (doc, eid)
) WITHOUT ROWID;
CREATE INDEX entities_ref ON entities(ref_id);

CREATE TABLE mentions (
    doc         INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    eid         TEXT NOT NULL,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    PRIMARY KEY (doc, eid, span_start)
) WITHOUT ROWID;

-- Places and facilities with where they are.
CREATE TABLE places (
    doc        INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    eid        TEXT NOT NULL,
    latitude   REAL,
    longitude  REAL,
    country    TEXT,
    admin1     TEXT,
    admin2     TEXT,
    feature    TEXT,
    precision  TEXT,
    PRIMARY KEY (doc, eid)
) WITHOUT ROWID;
CREATE INDEX places_country ON places(country, admin1, admin2);

CREATE TABLE times (
    doc         INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    tid         TEXT NOT NULL,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    type        TEXT NOT NULL,
    expr        TEXT NOT NULL,
    value       TEXT,
    anchor      TEXT NOT NULL,
    calendar    TEXT,
    PRIMARY KEY (doc, tid)
) WITHOUT ROWID;

CREATE TABLE quantities (
    doc         INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    qid         TEXT NOT NULL,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    value       REAL,
    approx      INTEGER NOT NULL,
    unit        TEXT,
    of_eid      TEXT,
    PRIMARY KEY (doc, qid)
) WITHOUT ROWID;

-- Who said what.
CREATE TABLE quotes (
    doc            INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sid            TEXT NOT NULL,
    speaker        TEXT,
    speaker_text   TEXT,
    affiliation    TEXT,
    cue_start      INTEGER NOT NULL,
    cue_end        INTEGER NOT NULL,
    cue_text       TEXT NOT NULL,
    kind           TEXT NOT NULL,
    stance         TEXT NOT NULL,
    content_start  INTEGER NOT NULL,
    content_end    INTEGER NOT NULL,
    content_text   TEXT NOT NULL,
    addressee      TEXT,
    PRIMARY KEY (doc, sid)
) WITHOUT ROWID;

-- Events, one row each, with the ACLED-shaped flat columns already derived
-- (event_date from the event's time, else the publication date; place from
-- the location entity's geo) so exports and clustering are plain queries.
CREATE TABLE events (
    id              INTEGER PRIMARY KEY,
    doc             INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    vid             TEXT NOT NULL,
    ord             INTEGER NOT NULL,
    plover_type     TEXT NOT NULL,
    plover_mode     TEXT,
    cameo           TEXT,
    event_type      TEXT,
    sub_event_type  TEXT,
    trigger_start   INTEGER NOT NULL,
    trigger_end     INTEGER NOT NULL,
    trigger_text    TEXT NOT NULL,
    location_eid    TEXT,
    time_tid        TEXT,
    event_date      TEXT,
    date_from       TEXT,
    date_to         TEXT,
    -- ACLED: 1 the day is stated, 2 approximate (week, or the publication
    -- date stands in), 3 only the month or year
    time_precision  INTEGER,
    actor1          TEXT NOT NULL,
    actor2          TEXT NOT NULL,
    -- linked actor/target refs, space-separated, for clustering
    actor_refs      TEXT NOT NULL,
    target_refs     TEXT NOT NULL,
    country         TEXT,
    admin1          TEXT,
    admin2          TEXT,
    location        TEXT,
    latitude        REAL,
    longitude       REAL,
    -- ACLED: 1 exact, 2 near / part of, 3 region or country
    geo_precision   INTEGER,
    place_ref       TEXT,
    -- 0 country, 1 admin1, 2 admin2, 3 a point (town, village, facility …)
    place_level     INTEGER,
    place_key       TEXT,
    dead            REAL,
    injured         REAL,
    size            REAL,
    duration        TEXT,
    factuality      TEXT NOT NULL,
    source_quote    TEXT,
    mentions        INTEGER NOT NULL,
    confidence      REAL NOT NULL,
    notes           TEXT NOT NULL,
    evidence        TEXT NOT NULL,
    UNIQUE (doc, vid)
);
CREATE INDEX events_date ON events(event_date);
CREATE INDEX events_type ON events(plover_type, event_date);
CREATE INDEX events_country ON events(country);

-- Event arguments: actors and targets, with their links.
CREATE TABLE event_args (
    event     INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    role      TEXT NOT NULL,
    pos       INTEGER NOT NULL,
    eid       TEXT NOT NULL,
    ref_id    TEXT,
    name      TEXT NOT NULL,
    name_key  TEXT NOT NULL,
    label_en  TEXT,
    PRIMARY KEY (event, role, pos)
) WITHOUT ROWID;
CREATE INDEX event_args_ref ON event_args(ref_id);

-- Cross-article clusters: one real event as reported by many outlets.
-- Rebuilt as a whole after every ingest (see marsad_store::cluster); ids
-- follow the clusters' dates, so the same store gives the same ids.
CREATE TABLE clusters (
    id              INTEGER PRIMARY KEY,
    plover_type     TEXT NOT NULL,
    event_type      TEXT,
    sub_event_type  TEXT,
    date_from       TEXT,
    date_to         TEXT,
    country         TEXT,
    admin1          TEXT,
    admin2          TEXT,
    location        TEXT,
    latitude        REAL,
    longitude       REAL,
    members         INTEGER NOT NULL,
    documents       INTEGER NOT NULL,
    sources         INTEGER NOT NULL,
    dead_min        REAL,
    dead_max        REAL,
    injured_min     REAL,
    injured_max     REAL,
    size_min        REAL,
    size_max        REAL,
    -- "dead: 11 (outlet A), 13 (outlet B)"; NULL when the sources agree
    disagreement    TEXT
);
CREATE INDEX clusters_date ON clusters(date_from);

CREATE TABLE cluster_members (
    cluster  INTEGER NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
    event    INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    PRIMARY KEY (cluster, event)
) WITHOUT ROWID;
CREATE UNIQUE INDEX cluster_members_event ON cluster_members(event);

-- Every figure each source gives for a clustered event.
CREATE VIEW cluster_figures AS
    SELECT m.cluster, 'dead' AS figure, e.dead AS value, d.source, d.doc_id, e.vid AS event
      FROM cluster_members m JOIN events e ON e.id = m.event JOIN documents d ON d.id = e.doc
     WHERE e.dead IS NOT NULL
    UNION ALL
    SELECT m.cluster, 'injured', e.injured, d.source, d.doc_id, e.vid
      FROM cluster_members m JOIN events e ON e.id = m.event JOIN documents d ON d.id = e.doc
     WHERE e.injured IS NOT NULL
    UNION ALL
    SELECT m.cluster, 'size', e.size, d.source, d.doc_id, e.vid
      FROM cluster_members m JOIN events e ON e.id = m.event JOIN documents d ON d.id = e.doc
     WHERE e.size IS NOT NULL;

-- Where sources disagree: the figures of a cluster with more than one value.
CREATE VIEW cluster_disagreements AS
    SELECT cluster, figure, COUNT(DISTINCT value) AS n_values, MIN(value) AS low, MAX(value) AS high,
           COUNT(DISTINCT source) AS n_sources
      FROM cluster_figures
     GROUP BY cluster, figure
    HAVING COUNT(DISTINCT value) > 1;

-- Settings the store was last built with (cluster parameters …).
CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) WITHOUT ROWID;
