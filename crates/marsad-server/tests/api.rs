//! Every endpoint against a real server on loopback over a real SQLite
//! file made from `examples/corpus/`. Expected values come from the store's
//! own library calls (the same ones `marsad export`, `search` and `stats`
//! make), so the API is checked to give exactly what the store holds.

mod common;

use common::{XSS_ID, XSS_TEXT, enc, fixture, server, start, store};
use marsad_core::Meta;
use marsad_server::{AppState, Limits};
use marsad_store::{Cluster, EventRow, Filter, Store};
use serde_json::{Value, json};
use std::collections::BTreeSet;
use std::time::Duration;

fn rows(filter: &Filter) -> Vec<EventRow> {
    let mut out = Vec::new();
    store()
        .for_each_event(filter, &mut |e| {
            out.push(e.clone());
            Ok(())
        })
        .expect("events");
    out
}

fn clusters_of(filter: &Filter) -> Vec<Cluster> {
    let mut out = Vec::new();
    store()
        .for_each_cluster(filter, &mut |c| {
            out.push(c.clone());
            Ok(())
        })
        .expect("clusters");
    out
}

fn event_json(e: &EventRow) -> Value {
    let mut v = serde_json::to_value(e).expect("row");
    v["id"] = json!(format!("{}:{}", e.doc_id, e.event_id));
    v
}

fn cluster_json(c: &Cluster) -> Value {
    let mut v = serde_json::to_value(c).expect("cluster");
    if let Some(ms) = v["members"].as_array_mut() {
        for m in ms {
            let id = format!("{}:{}", m["doc_id"].as_str().unwrap(), m["event_id"].as_str().unwrap());
            m["id"] = json!(id);
        }
    }
    v
}

/// Asserts a page: its items are exactly `expected[offset..offset+limit]`.
fn assert_page(page: &Value, expected: &[Value], offset: usize, limit: usize) {
    let total = expected.len();
    assert_eq!(page["total"], json!(total), "total");
    assert_eq!(page["offset"], json!(offset));
    assert_eq!(page["limit"], json!(limit));
    let end = (offset + limit).min(total);
    let want: Vec<Value> = expected.get(offset..end).unwrap_or(&[]).to_vec();
    assert_eq!(page["items"].as_array().expect("items"), &want);
    let next = if offset + limit < total {
        json!(offset + limit)
    } else {
        Value::Null
    };
    assert_eq!(page["next_offset"], next);
}

#[tokio::test]
async fn openapi_describes_exactly_the_routes() {
    let spec: Value = serde_json::from_str(marsad_server::OPENAPI).expect("openapi.json is JSON");
    assert_eq!(spec["openapi"], "3.1.0");
    let mut described = BTreeSet::new();
    for (path, item) in spec["paths"].as_object().expect("paths") {
        for method in item.as_object().expect("path item").keys() {
            described.insert((method.clone(), path.clone()));
        }
    }
    let routed: BTreeSet<(String, String)> = marsad_server::api_routes()
        .into_iter()
        .map(|(m, p)| (m.to_string(), p.to_string()))
        .collect();
    assert_eq!(described, routed, "openapi.json and the router disagree");

    // Every route answers on the live server (no generic 404/405).
    let http = server().await;
    let served = http.get_json("/api/openapi.json").await;
    assert_eq!(served, spec);
    for (method, path) in &routed {
        let path = path.replace("{id}", "1").replace("/api/events/1", "/api/events/x:V1");
        let r = http
            .request(&method.to_uppercase(), &path, Some("application/json"), b"{}".to_vec())
            .await;
        assert!(r.status != 405, "{method} {path}: {}", r.text());
        if r.status == 404 {
            assert!(!r.text().contains("no such API route"), "{method} {path}");
        }
    }
}

#[tokio::test]
async fn events_are_the_store_rows_paged_and_filtered() {
    let http = server().await;
    let all: Vec<Value> = rows(&Filter::default()).iter().map(event_json).collect();
    assert!(all.len() >= 30, "the corpus gives events ({})", all.len());

    assert_page(&http.get_json("/api/events").await, &all, 0, 100);
    assert_page(&http.get_json("/api/events?limit=5&offset=5").await, &all, 5, 5);
    assert_page(&http.get_json("/api/events?limit=7&offset=35").await, &all, 35, 7);
    assert_page(
        &http.get_json("/api/events?limit=1000&offset=9999").await,
        &all,
        9999,
        1000,
    );

    // The filters of `marsad export`, given the same way.
    let cases: Vec<(String, Filter)> = vec![
        (
            "type=assault".into(),
            Filter {
                kind: Some("assault".into()),
                ..Filter::default()
            },
        ),
        (
            "type=Battles".into(),
            Filter {
                kind: Some("Battles".into()),
                ..Filter::default()
            },
        ),
        (
            "country=ye".into(),
            Filter {
                country: Some("ye".into()),
                ..Filter::default()
            },
        ),
        (
            format!("actor={}", enc("actor:sdf")),
            Filter {
                actor: Some("actor:sdf".into()),
                ..Filter::default()
            },
        ),
        (
            format!("q={}", enc("الحسكة")),
            Filter {
                query: Some("الحسكة".into()),
                ..Filter::default()
            },
        ),
        (
            "since=2024-05-16&until=2024-05".into(),
            Filter {
                since: Some("2024-05-16".into()),
                until: Some("2024-05".into()),
                ..Filter::default()
            },
        ),
        (
            format!("type=ASSAULT&country=SY&q={}", enc("إدلب")),
            Filter {
                kind: Some("ASSAULT".into()),
                country: Some("SY".into()),
                query: Some("إدلب".into()),
                ..Filter::default()
            },
        ),
    ];
    for (qs, filter) in cases {
        let want: Vec<Value> = rows(&filter).iter().map(event_json).collect();
        assert!(!want.is_empty(), "{qs} selects events in the corpus");
        assert!(want.len() < all.len(), "{qs} filters something out");
        assert_page(
            &http.get_json(&format!("/api/events?{qs}&limit=1000")).await,
            &want,
            0,
            1000,
        );
    }

    // The filters added here: place, bbox, factuality.
    let all_rows = rows(&Filter::default());
    let pick =
        |f: &dyn Fn(&EventRow) -> bool| -> Vec<Value> { all_rows.iter().filter(|e| f(e)).map(event_json).collect() };
    let idlib = pick(&|e| {
        [&e.location, &e.admin2, &e.admin1].iter().any(|n| {
            n.as_deref()
                .is_some_and(|n| n.to_lowercase().contains("idlib") || n.contains("إدلب"))
        })
    });
    assert!(!idlib.is_empty());
    assert_page(
        &http.get_json("/api/events?place=idlib&limit=1000").await,
        &idlib,
        0,
        1000,
    );

    let in_syria = pick(&|e| match (e.latitude, e.longitude) {
        (Some(lat), Some(lon)) => (35.5..=42.4).contains(&lon) && (32.3..=37.4).contains(&lat),
        _ => false,
    });
    assert!(!in_syria.is_empty() && in_syria.len() < all.len());
    let page = http.get_json("/api/events?bbox=35.5,32.3,42.4,37.4&limit=1000").await;
    assert_page(&page, &in_syria, 0, 1000);

    let not_actual = pick(&|e| e.factuality == "foiled");
    assert_page(
        &http.get_json("/api/events?factuality=foiled&limit=1000").await,
        &not_actual,
        0,
        1000,
    );

    // Bad requests: exact statuses, JSON messages.
    let http = &http;
    for (qs, status, needle) in [
        ("limit=0", 400, "limit must be between 1 and 1000"),
        ("limit=1001", 400, "limit must be between 1 and 1000"),
        ("limit=abc", 400, "bad query string"),
        ("offset=-1", 400, "bad query string"),
        ("since=yesterday", 400, "since: date \"yesterday\""),
        ("until=2024-13-01", 400, "until:"),
        (
            "bbox=1,2,3",
            400,
            "bbox \"1,2,3\" is not min_lon,min_lat,max_lon,max_lat",
        ),
        ("bbox=40,30,35,37", 400, "bbox"),
        ("bbox=a,b,c,d", 400, "bbox"),
        ("place=%20%2C", 400, "has no letters"),
        ("q=%2C%2C", 400, "has no words to search for"),
        ("colour=red", 400, "unknown field `colour`"),
        ("min_sources=2", 400, "min_sources is a filter on clusters"),
    ] {
        http.get(&format!("/api/events?{qs}"))
            .await
            .assert_error(status, needle);
    }
}

#[tokio::test]
async fn one_event_with_its_evidence_and_cluster() {
    let http = server().await;
    let all = rows(&Filter::default());
    for e in &all {
        let id = format!("{}:{}", e.doc_id, e.event_id);
        let v = http.get_json(&format!("/api/events/{}", enc(&id))).await;
        assert_eq!(v["id"], json!(id));
        assert_eq!(v["doc_id"], json!(e.doc_id));
        assert_eq!(v["event_id"], json!(e.event_id));
        assert_eq!(v["plover_type"], json!(e.plover_type));
        assert_eq!(v["event_type"], json!(e.event_type));
        assert_eq!(v["factuality"], json!(e.factuality));
        assert_eq!(v["event_date"], json!(e.event_date));
        assert_eq!(v["time_precision"], json!(e.time_precision));
        assert_eq!(v["actor1"], json!(e.actor1));
        assert_eq!(v["actor2"], json!(e.actor2));
        assert_eq!(v["location"], json!(e.location));
        assert_eq!(v["country"], json!(e.country));
        assert_eq!(v["latitude"], json!(e.latitude));
        assert_eq!(v["longitude"], json!(e.longitude));
        assert_eq!(v["cluster_id"], json!(e.cluster_id));
        assert_eq!(v["notes"], json!(e.notes));
        assert_eq!(v["source"], json!(e.source));
        assert_eq!(v["event"]["id"], json!(e.event_id));
        assert_eq!(v["document"]["id"], json!(e.doc_id));
        // The evidence spans are the flat row's, with their text sliced by code point.
        let text = http.get_json(&format!("/api/documents/{}/text", enc(&e.doc_id))).await;
        let chars: Vec<char> = text["text"].as_str().unwrap().chars().collect();
        let spans: Vec<String> = v["evidence"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                let (a, b) = (
                    s["start"].as_u64().unwrap() as usize,
                    s["end"].as_u64().unwrap() as usize,
                );
                assert_eq!(s["text"].as_str().unwrap(), chars[a..b].iter().collect::<String>());
                format!("{a}-{b}")
            })
            .collect();
        assert_eq!(spans.join(" "), e.evidence);
        let trig = &v["event"]["trigger"];
        let (a, b) = (
            trig["start"].as_u64().unwrap() as usize,
            trig["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(trig["text"].as_str().unwrap(), chars[a..b].iter().collect::<String>());
    }
    // A document id with colons in it (a WARC record's urn:uuid).
    assert!(all.iter().any(|e| e.doc_id.starts_with("urn:uuid:")));

    http.get("/api/events/no-such-doc:V1")
        .await
        .assert_error(404, "no event \"V1\" in a document \"no-such-doc\"");
    let first = &all[0];
    http.get(&format!("/api/events/{}", enc(&format!("{}:V999", first.doc_id))))
        .await
        .assert_error(404, "no event \"V999\"");
    http.get("/api/events/nocolon")
        .await
        .assert_error(400, "is not DOC_ID:EVENT_ID");
    http.get("/api/events/%3AV1")
        .await
        .assert_error(400, "is not DOC_ID:EVENT_ID");
    http.get("/api/events/a:b/c")
        .await
        .assert_error(404, "no such API route");
}

#[tokio::test]
async fn clusters_with_every_member_and_their_figures() {
    let http = server().await;
    let all: Vec<Value> = clusters_of(&Filter::default()).iter().map(cluster_json).collect();
    assert!(!all.is_empty());
    assert_page(&http.get_json("/api/clusters").await, &all, 0, 100);
    assert_page(&http.get_json("/api/clusters?limit=3&offset=2").await, &all, 2, 3);

    let multi_filter = Filter {
        min_sources: 2,
        ..Filter::default()
    };
    let multi = clusters_of(&multi_filter);
    assert!(multi.len() >= 2, "the corpus has events reported by several outlets");
    let multi_json: Vec<Value> = multi.iter().map(cluster_json).collect();
    assert_page(
        &http.get_json("/api/clusters?min_sources=2&limit=1000").await,
        &multi_json,
        0,
        1000,
    );
    let assault = Filter {
        kind: Some("ASSAULT".into()),
        country: Some("SY".into()),
        ..Filter::default()
    };
    let want: Vec<Value> = clusters_of(&assault).iter().map(cluster_json).collect();
    assert_page(
        &http.get_json("/api/clusters?type=ASSAULT&country=SY&limit=1000").await,
        &want,
        0,
        1000,
    );

    // One cluster: the same as in the list, with each source's figures.
    for c in &all {
        let id = c["id"].as_i64().unwrap();
        assert_eq!(&http.get_json(&format!("/api/clusters/{id}")).await, c);
    }
    let disagreeing = multi
        .iter()
        .find(|c| c.disagreement.is_some())
        .expect("a cluster whose sources disagree");
    let v = http.get_json(&format!("/api/clusters/{}", disagreeing.id)).await;
    assert_eq!(v["members"].as_array().unwrap().len(), disagreeing.members.len());
    let dead = v["figures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["figure"] == "dead" || f["figure"] == "injured")
        .expect("a figure");
    assert!(dead["values"].as_array().unwrap().len() >= 2, "{v}");
    for m in v["members"].as_array().unwrap() {
        let id = m["id"].as_str().unwrap();
        let e = http.get_json(&format!("/api/events/{}", enc(id))).await;
        assert_eq!(e["cluster_id"], json!(disagreeing.id));
    }

    http.get("/api/clusters/99999")
        .await
        .assert_error(404, "no cluster 99999");
    http.get("/api/clusters/abc")
        .await
        .assert_error(400, "cluster id \"abc\" is not a number");
    http.get("/api/clusters?min_sources=x")
        .await
        .assert_error(400, "bad query string");
}

#[tokio::test]
async fn documents_are_their_stored_records_and_texts() {
    let http = server().await;
    let s = store();
    let mut records = Vec::new();
    s.for_each_record(&Filter::default(), &mut |r| {
        records.push(r.to_string());
        Ok(())
    })
    .unwrap();
    assert_eq!(records.len() as u64, s.document_count().unwrap());
    for rec in &records {
        let v: Value = serde_json::from_str(rec).unwrap();
        let id = v["doc"]["id"].as_str().unwrap();
        let r = http.get(&format!("/api/documents/{}", enc(id))).await;
        assert_eq!(r.status, 200);
        assert_eq!(r.header("content-type"), "application/json");
        assert_eq!(r.text(), *rec, "served exactly as stored");
        assert_eq!(r.json()["schema"], "marsad/1");
        let t = http.get_json(&format!("/api/documents/{}/text", enc(id))).await;
        assert_eq!(t["id"], json!(id));
        let text = t["text"].as_str().unwrap();
        assert_eq!(t["chars"], v["doc"]["chars"]);
        assert_eq!(text.chars().count() as u64, v["doc"]["chars"].as_u64().unwrap());
        // Every entity mention is the slice its offsets say (code points).
        let chars: Vec<char> = text.chars().collect();
        for e in v["entities"].as_array().unwrap() {
            for m in e["mentions"].as_array().unwrap() {
                let (a, b) = (
                    m["start"].as_u64().unwrap() as usize,
                    m["end"].as_u64().unwrap() as usize,
                );
                assert_eq!(m["text"].as_str().unwrap(), chars[a..b].iter().collect::<String>());
            }
        }
    }
    http.get("/api/documents/nope")
        .await
        .assert_error(404, "no document \"nope\"");
    http.get("/api/documents/nope/text")
        .await
        .assert_error(404, "no document \"nope\"");
}

#[tokio::test]
async fn markup_in_an_article_is_only_ever_json() {
    let http = server().await;
    let t = http
        .request("GET", &format!("/api/documents/{XSS_ID}/text"), None, vec![])
        .await;
    assert_eq!(t.status, 200);
    assert_eq!(t.header("content-type"), "application/json");
    assert_eq!(t.header("x-content-type-options"), "nosniff");
    assert_eq!(
        t.json()["text"],
        json!(XSS_TEXT),
        "the text comes back as given, as a JSON string"
    );
    let rec = http.get(&format!("/api/documents/{XSS_ID}")).await;
    assert_eq!(rec.header("content-type"), "application/json");
    assert_eq!(rec.json()["doc"]["outlet"], "<b>منفذ</b>");
    let ev = http.get_json("/api/events?limit=1000").await;
    assert!(ev["items"].as_array().unwrap().iter().any(|e| e["doc_id"] == XSS_ID));
    let found = http.get_json(&format!("/api/search?q={}", enc("حاجز"))).await;
    assert!(found["hits"].as_array().unwrap().iter().any(|h| h["doc_id"] == XSS_ID));

    // The page forbids inline script; its code never parses data as HTML.
    let page = http.get("/").await;
    assert_eq!(page.status, 200);
    assert_eq!(page.header("content-type"), "text/html; charset=utf-8");
    let csp = page.header("content-security-policy");
    assert!(
        csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
        "{csp}"
    );
    let html = page.text();
    assert!(!html.contains("<script>"), "no inline script in index.html");
    for attr in [
        "onclick=",
        "onload=",
        "onerror=",
        "onchange=",
        "oninput=",
        "javascript:",
    ] {
        assert!(!html.contains(attr), "no inline handlers in index.html ({attr})");
    }
    let js = http.get("/app.js").await;
    assert_eq!(js.status, 200);
    assert_eq!(js.header("content-type"), "text/javascript; charset=utf-8");
    let js = js.text();
    for banned in [
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
        "eval(",
        "new Function",
        "createContextualFragment",
        "DOMParser",
        "srcdoc",
    ] {
        assert!(!js.contains(banned), "app.js uses {banned}");
    }
    assert!(js.contains("textContent"), "app.js writes text with textContent");
    assert!(js.contains("Array.from("), "offsets are code points: Array.from(text)");
}

#[tokio::test]
async fn search_and_stats_are_the_store_s() {
    let http = server().await;
    let s = store();
    for q in ["الحسكة", "مخيم الهول", "\"طائرة مسيرة\"", "عدن*"] {
        let want = serde_json::to_value(s.search(q, 20).unwrap()).unwrap();
        assert_eq!(http.get_json(&format!("/api/search?q={}", enc(q))).await, want, "{q}");
        let want = serde_json::to_value(s.search(q, 2).unwrap()).unwrap();
        assert_eq!(
            http.get_json(&format!("/api/search?q={}&limit=2", enc(q))).await,
            want,
            "{q}"
        );
    }
    let v = http.get_json(&format!("/api/search?q={}", enc("بالحسكة"))).await;
    assert!(v["total"].as_u64().unwrap() >= 2, "{v}");
    let none = http.get_json(&format!("/api/search?q={}", enc("كلمةلاتوجد"))).await;
    assert_eq!(none, json!({"total": 0, "hits": []}));
    http.get("/api/search").await.assert_error(400, "give a query");
    http.get("/api/search?q=%20").await.assert_error(400, "give a query");
    http.get("/api/search?q=%2C")
        .await
        .assert_error(400, "has no words to search for");
    http.get("/api/search?q=x&limit=0")
        .await
        .assert_error(400, "limit must be between 1 and 1000");

    let stats = http.get_json("/api/stats").await;
    assert_eq!(stats, serde_json::to_value(s.stats().unwrap()).unwrap());
    assert_eq!(stats["documents"], json!(s.document_count().unwrap()));
    assert_eq!(stats["events"], json!(rows(&Filter::default()).len()));
}

#[tokio::test]
async fn extract_reads_a_text_without_storing_it() {
    let http = server().await;
    let before = store().document_count().unwrap();
    let text = "قتل ثلاثة جنود في هجوم شنه مسلحون على حاجز قرب مدينة الحسكة يوم الخميس الماضي.";
    let r = http
        .post_json("/api/extract", &json!({"text": text, "published": "2024-05-20"}))
        .await;
    assert_eq!(r.status, 200, "{}", r.text());
    let want = fixture()
        .state
        .extractor
        .extract(
            text,
            &Meta {
                published: Some("2024-05-20".into()),
                ..Meta::default()
            },
        )
        .unwrap();
    assert_eq!(r.json(), serde_json::to_value(&want).unwrap());
    assert_eq!(r.json()["schema"], "marsad/1");
    assert_eq!(r.json()["doc"]["published"], "2024-05-20");
    assert!(!r.json()["events"].as_array().unwrap().is_empty());
    assert_eq!(store().document_count().unwrap(), before, "nothing stored");

    let r = http
        .post_json("/api/extract", &json!({"text": "", "id": "empty"}))
        .await;
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["doc"]["id"], "empty");
    assert_eq!(r.json()["doc"]["chars"], 0);

    http.post_json("/api/extract", &json!({"text": "نص", "published": "25/01/2022"}))
        .await
        .assert_error(400, "is not an ISO date");
    http.post_json("/api/extract", &json!({"published": "2024-01-01"}))
        .await
        .assert_error(422, "missing field `text`");
    http.post_json("/api/extract", &json!({"text": "x", "colour": 1}))
        .await
        .assert_error(422, "unknown field `colour`");
    http.request("POST", "/api/extract", Some("application/json"), b"{not json".to_vec())
        .await
        .assert_error(400, "");
    http.request("POST", "/api/extract", Some("text/plain"), "نص".as_bytes().to_vec())
        .await
        .assert_error(415, "Content-Type: application/json");
    http.request("POST", "/api/extract", Some("application/json"), vec![0xff, 0xfe])
        .await
        .assert_error(400, "");
}

#[tokio::test]
async fn limits_errors_and_read_only() {
    let http = server().await;
    // Unknown routes and methods: JSON errors.
    http.get("/api/nope").await.assert_error(404, "no such API route");
    http.get("/api").await.assert_error(404, "no such API route");
    http.get("/nope.html").await.assert_error(404, "no such route");
    for (m, p) in [
        ("POST", "/api/events"),
        ("DELETE", "/api/documents/x"),
        ("PUT", "/api/clusters/1"),
        ("PATCH", "/api/stats"),
        ("GET", "/api/extract"),
    ] {
        http.request(m, p, Some("application/json"), b"{}".to_vec())
            .await
            .assert_error(405, "read-only");
    }

    // A body over the limit.
    let big = json!({"text": "ا".repeat(3 * 1024 * 1024 / 2 + 10)});
    http.post_json("/api/extract", &big)
        .await
        .assert_error(413, "larger than");

    // The connections refuse to write.
    let pool = fixture().state.pool.clone();
    let err = pool
        .run(|s| {
            s.connection()
                .execute("DELETE FROM documents", [])
                .map_err(|e| marsad_server::ApiError::internal(e.to_string()))
        })
        .await
        .unwrap_err();
    assert!(
        err.message.contains("readonly") || err.message.contains("read-only") || err.message.contains("query_only"),
        "{err}"
    );
    assert!(store().document_count().unwrap() > 0);

    // Time per request: with one connection held by a long query, a
    // request that waits for it past the limit gets a 503 (the UI's files
    // still come, they need no store).
    let state = AppState::new(
        marsad_server::db::Pool::open(&fixture().db, 1).unwrap(),
        fixture().state.extractor.clone(),
        Limits {
            request_time: Duration::from_millis(300),
            ..Limits::default()
        },
    );
    let pool = state.pool.clone();
    let slow = start(state).await;
    let hold = tokio::spawn(async move {
        pool.run(|_| {
            std::thread::sleep(Duration::from_millis(1500));
            Ok(())
        })
        .await
    });
    tokio::time::sleep(Duration::from_millis(100)).await;
    let t = std::time::Instant::now();
    slow.get("/api/stats").await.assert_error(503, "took too long");
    slow.get("/api/events").await.assert_error(503, "took too long");
    assert!(t.elapsed() < Duration::from_millis(1200), "{:?}", t.elapsed());
    assert_eq!(slow.get("/app.css").await.status, 200);
    hold.await.unwrap().unwrap();
    assert_eq!(slow.get_json("/api/stats").await, http.get_json("/api/stats").await);

    // A smaller page limit and body limit are honoured.
    let state = AppState {
        limits: Limits {
            max_page: 3,
            body_bytes: 100,
            ..Limits::default()
        },
        ..fixture().state.clone()
    };
    let small = start(state).await;
    small
        .get("/api/events?limit=4")
        .await
        .assert_error(400, "between 1 and 3");
    assert_eq!(
        small.get_json("/api/events?limit=3").await["items"]
            .as_array()
            .unwrap()
            .len(),
        3
    );
    small
        .post_json("/api/extract", &json!({"text": "ا".repeat(100)}))
        .await
        .assert_error(413, "");
}

#[tokio::test]
async fn the_ui_files_are_served() {
    let http = server().await;
    for (path, ct) in [
        ("/", "text/html; charset=utf-8"),
        ("/index.html", "text/html; charset=utf-8"),
        ("/app.js", "text/javascript; charset=utf-8"),
        ("/app.css", "text/css; charset=utf-8"),
        ("/data/countries-110m.json", "application/json"),
        ("/data/admin1-mena.json", "application/json"),
    ] {
        let r = http.get(path).await;
        assert_eq!(r.status, 200, "{path}");
        assert_eq!(r.header("content-type"), ct, "{path}");
        assert!(!r.body.is_empty(), "{path}");
    }
    let html = http.get("/").await.text();
    for want in ["app.js", "app.css", "dir=\"rtl\"", "lang=\"ar\""] {
        assert!(html.contains(want), "index.html has {want}");
    }
    let topo = http.get_json("/data/countries-110m.json").await;
    assert_eq!(topo["type"], "Topology");
    assert!(topo["objects"]["countries"]["geometries"].as_array().unwrap().len() > 150);
}

#[tokio::test]
async fn the_governorate_outlines_are_served() {
    let http = server().await;
    let topo = http.get_json("/data/admin1-mena.json").await;
    assert_eq!(topo["type"], "Topology");
    let arcs = topo["arcs"].as_array().unwrap();
    let geoms = topo["objects"]["admin1"]["geometries"].as_array().unwrap();
    assert!(geoms.len() > 300, "{} governorates", geoms.len());
    // Every country the observatory covers has its governorates, each named.
    let mut countries = std::collections::BTreeMap::<&str, usize>::new();
    for g in geoms {
        let p = &g["properties"];
        assert!(p["name"].as_str().is_some_and(|n| !n.is_empty()), "{g}");
        *countries.entry(p["country"].as_str().unwrap()).or_default() += 1;
    }
    for c in [
        "SYR", "IRQ", "YEM", "LBY", "LBN", "PSX", "ISR", "JOR", "EGY", "TUR", "IRN", "SAU", "ARE", "QAT", "BHR", "KWT",
        "OMN", "SDN", "TUN", "DZA", "MAR",
    ] {
        assert!(countries.get(c).is_some_and(|&n| n > 1), "{c}: {countries:?}");
    }
    // Syria's fourteen governorates are there by name.
    let names: Vec<&str> = geoms
        .iter()
        .filter(|g| g["properties"]["country"] == "SYR")
        .filter_map(|g| g["properties"]["name"].as_str())
        .collect();
    for n in ["Aleppo", "Idlib", "Damascus", "Dayr Az Zawr", "Ar Raqqah"] {
        assert!(names.contains(&n), "{n} in {names:?}");
    }
    // Rings refer to arcs that exist, and each ring closes.
    let scale = &topo["transform"]["scale"];
    assert!(scale[0].as_f64().unwrap() > 0.0);
    let decoded: Vec<Vec<(i64, i64)>> = arcs
        .iter()
        .map(|a| {
            let (mut x, mut y) = (0, 0);
            a.as_array()
                .unwrap()
                .iter()
                .map(|p| {
                    x += p[0].as_i64().unwrap();
                    y += p[1].as_i64().unwrap();
                    (x, y)
                })
                .collect()
        })
        .collect();
    let mut rings = 0;
    for g in geoms {
        let polys = match g["type"].as_str().unwrap() {
            "Polygon" => vec![&g["arcs"]],
            "MultiPolygon" => g["arcs"].as_array().unwrap().iter().collect(),
            other => panic!("geometry type {other}"),
        };
        for poly in polys {
            for ring in poly.as_array().unwrap() {
                let mut pts: Vec<(i64, i64)> = Vec::new();
                for i in ring.as_array().unwrap() {
                    let i = i.as_i64().unwrap();
                    let arc = if i < 0 {
                        decoded[!i as usize].iter().rev().copied().collect()
                    } else {
                        decoded[i as usize].clone()
                    };
                    if let Some(&last) = pts.last() {
                        assert_eq!(last, arc[0], "arcs join in {}", g["id"]);
                    }
                    pts.extend(arc);
                }
                assert_eq!(pts.first(), pts.last(), "a closed ring in {}", g["id"]);
                rings += 1;
            }
        }
    }
    assert!(rings >= geoms.len());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dropped_request_interrupts_its_query() {
    // One connection; a query that would never end on its own.
    let pool = std::sync::Arc::new(marsad_server::db::Pool::open(&fixture().db, 1).unwrap());
    let endless = pool.run(|s| {
        s.connection()
            .query_row(
                "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c",
                [],
                |r| r.get::<_, i64>(0),
            )
            .map_err(|e| marsad_server::ApiError::internal(e.to_string()))
    });
    assert!(
        tokio::time::timeout(Duration::from_millis(200), endless).await.is_err(),
        "the query runs until the request is dropped"
    );
    // The timeout dropped it: the query was interrupted, so the only
    // connection is free again at once.
    let next = pool.run(|s| Ok(s.document_count()?));
    let n = tokio::time::timeout(Duration::from_secs(5), next)
        .await
        .expect("the connection came back: the query was interrupted")
        .unwrap();
    assert_eq!(n, store().document_count().unwrap());
}
