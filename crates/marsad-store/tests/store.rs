//! The SQLite store end to end with hand-built `marsad/1` records: storing
//! once, search, clusters with disagreeing figures, filters, exports and
//! their determinism, migrations.

use marsad_core::doc::*;
use marsad_store::export;
use marsad_store::sqlite::table_counts;
use marsad_store::{ClusterParams, Duplicate, Filter, InputInfo, Inserted, Prepared, SearchText, SqliteStore, Store};

/// The code point span of the first `needle` in `text`.
fn span(text: &str, needle: &str) -> Span {
    let b = text.find(needle).unwrap_or_else(|| panic!("{needle} not in text"));
    let start = text[..b].chars().count();
    Span {
        start,
        end: start + needle.chars().count(),
        text: needle.to_string(),
    }
}

fn range(text: &str, needle: &str) -> Range {
    let s = span(text, needle);
    Range {
        start: s.start,
        end: s.end,
    }
}

fn place(id: &str, name: &str, text: &str, geo: Geo, gaz: &str) -> Entity {
    Entity {
        id: id.into(),
        kind: EntityKind::Place,
        name: name.into(),
        reference: Some(EntityRef {
            id: gaz.into(),
            label_en: None,
            ..EntityRef::default()
        }),
        mentions: vec![span(text, name)],
        attributes: Attributes::default(),
        geo: Some(geo),
    }
}

fn org(id: &str, name: &str, text: &str, actor: &str, label: &str) -> Entity {
    Entity {
        id: id.into(),
        kind: EntityKind::Organization,
        name: name.into(),
        reference: Some(EntityRef {
            id: actor.into(),
            label_en: Some(label.into()),
            category: Some("armed_group".into()),
            ..EntityRef::default()
        }),
        mentions: vec![span(text, name)],
        attributes: Attributes::default(),
        geo: None,
    }
}

fn hasakah() -> Geo {
    Geo {
        lat: Some(36.5024),
        lon: Some(40.7477),
        country: Some("SY".into()),
        admin1: Some("Al-Hasakah".into()),
        admin2: Some("Al-Hasakah".into()),
        feature: Some("city".into()),
        precision: Some("exact".into()),
    }
}

fn aleppo() -> Geo {
    Geo {
        lat: Some(36.2021),
        lon: Some(37.1343),
        country: Some("SY".into()),
        admin1: Some("Aleppo".into()),
        admin2: Some("Mount Simeon".into()),
        feature: Some("city".into()),
        precision: Some("exact".into()),
    }
}

/// An article reporting an ISIS attack in al-Hasakah with `dead` killed.
fn attack(id: &str, outlet: &str, published: &str, town: &str, dead: f64, lead: &str) -> (Document, String) {
    let text = format!(
        "{lead} هاجم تنظيم داعش سجن الصناعة {town} أمس، وقتل {} من عناصر قوات سوريا الديمقراطية في الاشتباكات.\n\nوقالت مصادر محلية إن الاشتباكات استمرت حتى الصباح.",
        dead as i64
    );
    let place_name = town.trim_start_matches("في مدينة ").trim_start_matches('ب');
    let mut doc = Document::empty(DocMeta {
        id: id.into(),
        title: Some(format!("هجوم على سجن {place_name}")),
        outlet: Some(outlet.into()),
        url: Some(format!("https://www.{}.example/news/{id}", outlet.replace(' ', "-"))),
        published: Some(published.into()),
        lang: "ar".into(),
        chars: text.chars().count(),
    });
    doc.sentences = vec![Range {
        start: 0,
        end: text.chars().count(),
    }];
    let geo = if place_name.contains("حلب") {
        aleppo()
    } else {
        hasakah()
    };
    let gaz = if place_name.contains("حلب") {
        "geonames:170063"
    } else {
        "geonames:173189"
    };
    doc.entities = vec![
        org("E1", "داعش", &text, "actor:isis", "Islamic State"),
        place("E2", place_name, &text, geo, gaz),
        org(
            "E3",
            "قوات سوريا الديمقراطية",
            &text,
            "actor:sdf",
            "Syrian Democratic Forces",
        ),
    ];
    let yesterday = chrono::NaiveDate::parse_from_str(published, "%Y-%m-%d")
        .unwrap()
        .pred_opt()
        .unwrap();
    doc.times = vec![TimeExpr {
        id: "T1".into(),
        start: span(&text, "أمس").start,
        end: span(&text, "أمس").end,
        text: "أمس".into(),
        kind: TimeType::Date,
        expr: "PREV_DAY".into(),
        value: Some(yesterday.format("%Y-%m-%d").to_string()),
        anchor: "published".into(),
        calendar: None,
    }];
    let first_sentence = text.split('\n').next().unwrap();
    doc.events = vec![Event {
        id: "V1".into(),
        kind: "ASSAULT".into(),
        mode: Some("clash".into()),
        cameo: Some("190".into()),
        acled: Some(Acled {
            event_type: "Battles".into(),
            sub_event_type: "Armed clash".into(),
        }),
        trigger: span(&text, "هاجم"),
        actors: vec!["E1".into()],
        targets: vec!["E3".into()],
        location: Some("E2".into()),
        time: Some("T1".into()),
        dead: Some(dead),
        injured: None,
        size: None,
        duration: None,
        factuality: "actual".into(),
        source: None,
        evidence: vec![range(&text, first_sentence)],
        mentions: 2,
        signals: Vec::new(),
        confidence: 0.8,
    }];
    (doc, text)
}

fn prepared(doc: Document, text: String) -> Prepared {
    let search = SearchText::of(&text);
    let info = InputInfo {
        origin: format!("test:{}", doc.doc.id),
        format: "test".into(),
        meta: Default::default(),
    };
    Prepared::new(doc, text, search, info).unwrap()
}

/// Three outlets on the al-Hasakah attack (11, 13, 11 dead), one on Aleppo,
/// and one article with no events.
fn corpus() -> Vec<Prepared> {
    let mut v: Vec<Prepared> = vec![
        attack("a1", "outlet A", "2022-01-21", "في مدينة الحسكة", 11.0, "عاجل:"),
        attack("b1", "outlet B", "2022-01-21", "بالحسكة", 13.0, "مراسلنا:"),
        attack("c1", "outlet C", "2022-01-22", "في مدينة الحسكه", 11.0, "تقرير:"),
        attack("d1", "outlet A", "2022-01-21", "في مدينة حلب", 2.0, "حلب:"),
    ]
    .into_iter()
    .map(|(d, t)| prepared(d, t))
    .collect();
    let text = "مقال رأي عن الاقتصاد السوري لا يذكر أي حدث.".to_string();
    let mut doc = Document::empty(DocMeta {
        id: "e1".into(),
        title: Some("رأي".into()),
        outlet: None,
        url: None,
        published: Some("2022-02-03".into()),
        lang: "ar".into(),
        chars: text.chars().count(),
    });
    doc.sentences = vec![Range {
        start: 0,
        end: text.chars().count(),
    }];
    v.push(prepared(doc, text));
    v
}

fn filled() -> SqliteStore {
    let mut s = SqliteStore::open_in_memory().unwrap();
    let out = s.insert_batch(&corpus()).unwrap();
    assert!(out.iter().all(|o| matches!(o, Inserted::New { .. })), "{out:?}");
    s.rebuild_clusters(&ClusterParams::default()).unwrap();
    s
}

fn csv_string(store: &dyn Store, f: &Filter) -> String {
    let mut out = Vec::new();
    export::events_csv(store, f, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn stores_every_layer_once() {
    let mut s = filled();
    let counts = table_counts(&s).unwrap();
    assert_eq!(counts["documents"], 5);
    assert_eq!(counts["events"], 4);
    assert_eq!(counts["entities"], 12);
    assert_eq!(counts["places"], 4);
    assert_eq!(counts["times"], 4);
    assert_eq!(counts["event_args"], 8);

    // Same id again: stored once.
    let again = s.insert_batch(&corpus()[..1]).unwrap();
    assert_eq!(again, vec![Inserted::Duplicate(Duplicate::Id("a1".into()))]);
    // Same content under another id, with other diacritics and spacing.
    let (mut doc, text) = attack("a1-copy", "outlet Z", "2022-01-21", "في مدينة الحسكة", 11.0, "عاجل:");
    doc.doc.id = "a1-copy".into();
    let text = text.replace("هاجم", "هَاجَمَ").replace(" أمس", "  أمس");
    let again = s.insert_batch(&[prepared(doc, text)]).unwrap();
    assert_eq!(again, vec![Inserted::Duplicate(Duplicate::Content("a1".into()))]);
    assert_eq!(s.document_count().unwrap(), 5);
    assert_eq!(s.known_hashes().unwrap().len(), 5);
}

#[test]
fn a_batch_is_one_transaction() {
    let mut s = SqliteStore::open_in_memory().unwrap();
    // Two documents in one batch with the same content: one stored, one
    // duplicate, and the batch commits.
    let (d1, t1) = attack("x1", "outlet A", "2022-01-21", "بالحسكة", 11.0, "أ");
    let (d2, t2) = attack("x2", "outlet B", "2022-01-21", "بالحسكة", 11.0, "أ");
    let out = s.insert_batch(&[prepared(d1, t1), prepared(d2, t2)]).unwrap();
    assert_eq!(out[0], Inserted::New { events: 1 });
    assert_eq!(out[1], Inserted::Duplicate(Duplicate::Content("x1".into())));
    assert_eq!(s.document_count().unwrap(), 1);
}

#[test]
fn clusters_show_where_sources_disagree() {
    let s = filled();
    let mut clusters = Vec::new();
    s.for_each_cluster(&Filter::default(), &mut |c| {
        clusters.push(c.clone());
        Ok(())
    })
    .unwrap();
    // Hasakah (3 outlets), Aleppo (1), and nothing for the event-less article.
    assert_eq!(clusters.len(), 2, "{clusters:#?}");
    let h = clusters
        .iter()
        .find(|c| c.members.len() == 3)
        .expect("the al-Hasakah cluster");
    assert_eq!(h.sources, 3);
    assert_eq!(
        h.disagreement.as_deref(),
        Some("dead: 11 (outlet A, outlet C), 13 (outlet B)")
    );
    assert_eq!(h.date_from.as_deref(), Some("2022-01-20"));
    assert_eq!(h.date_to.as_deref(), Some("2022-01-21"));
    assert_eq!(h.country.as_deref(), Some("SY"));
    assert_eq!(h.event_type.as_deref(), Some("Battles"));
    let dead = &h.figures[0];
    assert_eq!((dead.min(), dead.max()), (Some(11.0), Some(13.0)));
    // The same view in SQL.
    let rows: Vec<(String, f64, f64)> = s
        .connection()
        .prepare("SELECT figure, low, high FROM cluster_disagreements")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(rows, vec![("dead".to_string(), 11.0, 13.0)]);
    let st = s.stats().unwrap();
    assert_eq!(
        (st.clusters, st.multi_source_clusters, st.disagreeing_clusters),
        (2, 1, 1)
    );
    assert_eq!(st.by_type[0].key, "ASSAULT");
    assert_eq!((st.by_type[0].events, st.by_type[0].clusters), (4, 2));

    // A zero-day window still joins the two reports dated the 20th, not the 21st.
    let mut s = s;
    let counts = s
        .rebuild_clusters(&ClusterParams {
            window_days: 0,
            ..ClusterParams::default()
        })
        .unwrap();
    assert_eq!((counts.clusters, counts.multi_source, counts.disagreeing), (3, 1, 1));
}

#[test]
fn arabic_search_finds_clitic_and_spelling_variants() {
    let s = filled();
    for q in ["الحسكة", "الحسكه", "الحَسَكة", "بالحسكة", "حسكه"] {
        let r = s.search(q, 10).unwrap();
        let mut ids: Vec<&str> = r.hits.iter().map(|h| h.doc_id.as_str()).collect();
        ids.sort();
        assert_eq!(ids, vec!["a1", "b1", "c1"], "query {q}");
        assert_eq!(r.total, 3);
    }
    let r = s.search("\"سجن الصناعة\" حلب", 10).unwrap();
    assert_eq!(r.hits.len(), 1);
    assert_eq!(r.hits[0].doc_id, "d1");
    // The snippet marks the first match: the lead's حلب.
    assert!(r.hits[0].snippet.starts_with("[حلب]: هاجم"), "{}", r.hits[0].snippet);
    let b = s.search("الحسكة", 10).unwrap();
    let hit = b.hits.iter().find(|h| h.doc_id == "b1").unwrap();
    assert!(hit.snippet.contains("ب[الحسكة]"), "{}", hit.snippet);
    assert_eq!(hit.outlet.as_deref(), Some("outlet B"));
    assert_eq!(s.search("داع*", 10).unwrap().total, 4);
    assert!(s.search("...", 10).is_err());
}

#[test]
fn filters_select_events_records_and_clusters() {
    let s = filled();
    let rows = |f: Filter| {
        let mut v = Vec::new();
        s.for_each_event(&f, &mut |e| {
            v.push(format!("{}#{}", e.doc_id, e.event_id));
            Ok(())
        })
        .unwrap();
        v
    };
    assert_eq!(rows(Filter::default()).len(), 4);
    assert_eq!(
        rows(Filter {
            kind: Some("battles".into()),
            ..Filter::default()
        })
        .len(),
        4
    );
    assert_eq!(
        rows(Filter {
            kind: Some("protest".into()),
            ..Filter::default()
        })
        .len(),
        0
    );
    assert_eq!(
        rows(Filter {
            country: Some("sy".into()),
            ..Filter::default()
        })
        .len(),
        4
    );
    assert_eq!(
        rows(Filter {
            since: Some("2022-01-21".into()),
            ..Filter::default()
        }),
        vec!["c1#V1"]
    );
    assert_eq!(
        rows(Filter {
            until: Some("2022-01".into()),
            ..Filter::default()
        })
        .len(),
        4
    );
    assert_eq!(
        rows(Filter {
            actor: Some("actor:isis".into()),
            ..Filter::default()
        })
        .len(),
        4
    );
    assert_eq!(
        rows(Filter {
            actor: Some("قسد".into()),
            ..Filter::default()
        })
        .len(),
        0
    );
    assert_eq!(
        rows(Filter {
            actor: Some("قوات سوريا".into()),
            ..Filter::default()
        })
        .len(),
        4
    );
    assert_eq!(
        rows(Filter {
            actor: Some("syrian democratic".into()),
            ..Filter::default()
        })
        .len(),
        4
    );
    assert_eq!(
        rows(Filter {
            query: Some("حلب".into()),
            ..Filter::default()
        }),
        vec!["d1#V1"]
    );
    assert!(
        s.for_each_event(
            &Filter {
                since: Some("yesterday".into()),
                ..Filter::default()
            },
            &mut |_| Ok(())
        )
        .is_err()
    );

    let records = |f: Filter| {
        let mut v = Vec::new();
        s.for_each_record(&f, &mut |r| {
            let d: Document = serde_json::from_str(r).unwrap();
            v.push(d.doc.id);
            Ok(())
        })
        .unwrap();
        v
    };
    assert_eq!(records(Filter::default()), vec!["a1", "b1", "d1", "c1", "e1"]);
    // The event-less article is selected by its publication date alone.
    assert_eq!(
        records(Filter {
            since: Some("2022-02".into()),
            ..Filter::default()
        }),
        vec!["e1"]
    );
    assert_eq!(
        records(Filter {
            kind: Some("ASSAULT".into()),
            ..Filter::default()
        })
        .len(),
        4
    );

    let mut n = 0;
    s.for_each_cluster(
        &Filter {
            min_sources: 2,
            ..Filter::default()
        },
        &mut |_| {
            n += 1;
            Ok(())
        },
    )
    .unwrap();
    assert_eq!(n, 1);
}

#[test]
fn exports_are_exact_and_deterministic() {
    let s = filled();
    // JSONL gives back the records exactly.
    let mut jsonl = Vec::new();
    export::records_jsonl(&s, &Filter::default(), &mut jsonl).unwrap();
    let jsonl = String::from_utf8(jsonl).unwrap();
    let originals: Vec<String> = corpus().iter().map(|p| p.record_json.clone()).collect();
    for line in jsonl.lines() {
        assert!(originals.contains(&line.to_string()));
    }
    assert_eq!(jsonl.lines().count(), 5);

    // CSV: ACLED-shaped columns pandas can read.
    let csv_text = csv_string(&s, &Filter::default());
    let mut rdr = csv::Reader::from_reader(csv_text.as_bytes());
    let header: Vec<String> = rdr.headers().unwrap().iter().map(str::to_string).collect();
    assert_eq!(header, export::EVENT_COLUMNS);
    let rows: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 4);
    let get = |r: &csv::StringRecord, c: &str| r[header.iter().position(|h| h == c).unwrap()].to_string();
    let b1 = rows.iter().find(|r| get(r, "doc_id") == "b1").unwrap();
    assert_eq!(get(b1, "event_date"), "2022-01-20");
    assert_eq!(get(b1, "time_precision"), "1");
    assert_eq!(get(b1, "event_type"), "Battles");
    assert_eq!(get(b1, "actor1"), "Islamic State");
    assert_eq!(get(b1, "actor2"), "Syrian Democratic Forces");
    assert_eq!(get(b1, "admin1"), "Al-Hasakah");
    assert_eq!(get(b1, "location"), "الحسكة");
    assert_eq!(get(b1, "latitude"), "36.5024");
    assert_eq!(get(b1, "geo_precision"), "1");
    assert_eq!(get(b1, "fatalities"), "13");
    assert_eq!(get(b1, "source"), "outlet B");
    assert!(get(b1, "notes").starts_with("مراسلنا: هاجم تنظيم داعش"));
    assert_eq!(get(b1, "plover_type"), "ASSAULT");
    assert_eq!(get(b1, "factuality"), "actual");
    assert!(get(b1, "evidence").starts_with("0-"));
    assert!(!get(b1, "cluster_id").is_empty());

    // GeoJSON points.
    let mut geo = Vec::new();
    let counts = export::events_geojson(&s, &Filter::default(), &mut geo).unwrap();
    assert_eq!((counts.features, counts.without_coordinates), (4, 0));
    let v: serde_json::Value = serde_json::from_slice(&geo).unwrap();
    assert_eq!(v["type"], "FeatureCollection");
    assert_eq!(v["features"][0]["geometry"]["coordinates"][0], 40.7477);
    assert_eq!(v["features"][0]["properties"]["fatalities"], 11);

    // Clusters in each format.
    let mut cj = Vec::new();
    assert_eq!(export::clusters_jsonl(&s, &Filter::default(), &mut cj).unwrap(), 2);
    let first: serde_json::Value = serde_json::from_slice(cj.split(|&b| b == b'\n').next().unwrap()).unwrap();
    assert_eq!(first["members"].as_array().unwrap().len(), 3);
    assert_eq!(first["figures"][0]["values"][0]["value"], 11);
    assert_eq!(first["figures"][0]["values"][1]["sources"][0], "outlet B");
    let mut cc = Vec::new();
    export::clusters_csv(&s, &Filter::default(), &mut cc).unwrap();
    let cc = String::from_utf8(cc).unwrap();
    assert!(cc.contains("dead: 11 (outlet A, outlet C), 13 (outlet B)"), "{cc}");
    let mut cg = Vec::new();
    assert_eq!(
        export::clusters_geojson(&s, &Filter::default(), &mut cg)
            .unwrap()
            .features,
        2
    );

    // The same records stored in another order give the same bytes.
    let mut other = SqliteStore::open_in_memory().unwrap();
    let mut docs = corpus();
    docs.reverse();
    for d in docs {
        other.insert_batch(&[d]).unwrap();
    }
    other.rebuild_clusters(&ClusterParams::default()).unwrap();
    assert_eq!(csv_string(&other, &Filter::default()), csv_text);
    let mut j2 = Vec::new();
    export::records_jsonl(&other, &Filter::default(), &mut j2).unwrap();
    assert_eq!(String::from_utf8(j2).unwrap(), jsonl);
    let mut c2 = Vec::new();
    export::clusters_jsonl(&other, &Filter::default(), &mut c2).unwrap();
    assert_eq!(c2, cj);
}

#[test]
fn a_file_store_migrates_once_and_refuses_newer_schemas() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.db");
    assert!(matches!(
        SqliteStore::open_existing(&path),
        Err(marsad_store::Error::Missing(_))
    ));
    {
        let mut s = SqliteStore::open(&path).unwrap();
        assert_eq!(s.schema_version().unwrap(), 1);
        s.insert_batch(&corpus()).unwrap();
        let mode: String = s
            .connection()
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
    }
    let s = SqliteStore::open_existing(&path).unwrap();
    assert_eq!(s.document_count().unwrap(), 5);
    let n: i64 = s
        .connection()
        .query_row("SELECT COUNT(*) FROM schema_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 1);
    s.connection()
        .execute("INSERT INTO schema_version VALUES (99, 'future', 'now')", [])
        .unwrap();
    drop(s);
    let err = SqliteStore::open(&path).err().expect("a newer schema is refused");
    assert!(err.to_string().contains("schema version 99"), "{err}");
    assert!(marsad_store::open(std::path::Path::new("postgres://x/y"), true).is_err());
}
