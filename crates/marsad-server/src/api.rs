//! The JSON API, read-only. Every route is registered through [`Routes`],
//! which records it, so that a test can check that `openapi.json` describes
//! exactly the routes there are ([`api_routes`]).
//!
//! Ids in paths:
//! - an event is `DOC_ID:V1` (its document's id, a colon, its id in the
//!   record; the last colon splits them), percent-encoded like any path
//!   segment;
//! - a cluster is its number; a document is its id.

use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::handler::Handler;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::MethodRouter;
use axum::{Json, Router};
use marsad_core::Meta;
use marsad_core::doc::Document;
use marsad_core::text::normalize::match_key;
use marsad_store::{Cluster, EventRow, Filter, Store};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::error::ApiError;
use crate::{AppState, Limits, db};

type Res<T> = Result<T, ApiError>;

/// A router that remembers its routes (method, path).
struct Routes {
    router: Router<AppState>,
    list: Vec<(&'static str, &'static str)>,
}

impl Routes {
    fn new() -> Self {
        Routes {
            router: Router::new(),
            list: Vec::new(),
        }
    }

    fn add(mut self, method: &'static str, path: &'static str, route: MethodRouter<AppState>) -> Self {
        self.router = self.router.route(path, route);
        self.list.push((method, path));
        self
    }

    fn get<H, T>(self, path: &'static str, h: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add("get", path, axum::routing::get(h))
    }

    fn post<H, T>(self, path: &'static str, h: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add("post", path, axum::routing::post(h))
    }
}

fn routes() -> Routes {
    Routes::new()
        .get("/api/events", events)
        .get("/api/events/{id}", event)
        .get("/api/clusters", clusters)
        .get("/api/clusters/{id}", cluster)
        .get("/api/documents/{id}", document)
        .get("/api/documents/{id}/text", document_text)
        .get("/api/search", search)
        .get("/api/stats", stats)
        .post("/api/extract", extract)
        .get("/api/openapi.json", openapi)
}

/// Every API route as (method in lower case, path in OpenAPI form).
pub fn api_routes() -> Vec<(&'static str, &'static str)> {
    routes().list
}

/// The API routes, with JSON answers for unknown `/api/…` paths and for
/// methods a route does not take.
pub fn router() -> Router<AppState> {
    routes()
        .router
        .route("/api", axum::routing::any(no_route))
        .route("/api/{*rest}", axum::routing::any(no_route))
        .method_not_allowed_fallback(method_not_allowed)
}

async fn no_route() -> ApiError {
    ApiError::not_found("no such API route; see /api/openapi.json")
}

async fn method_not_allowed() -> ApiError {
    ApiError::new(
        axum::http::StatusCode::METHOD_NOT_ALLOWED,
        "this route does not take that method (the API is read-only; see /api/openapi.json)",
    )
}

async fn openapi() -> Response {
    json_text(crate::OPENAPI.to_string())
}

/// A JSON body given as text (a record as stored).
fn json_text(body: String) -> Response {
    let mut r = body.into_response();
    r.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    r
}

// ---------------------------------------------------------------- filters

/// The query string of `/api/events` and `/api/clusters`: the filters of
/// `marsad export`, two more (`place`, `bbox`, `factuality`), and the page.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListQuery {
    pub since: Option<String>,
    pub until: Option<String>,
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub country: Option<String>,
    pub actor: Option<String>,
    pub place: Option<String>,
    pub q: Option<String>,
    pub bbox: Option<String>,
    pub factuality: Option<String>,
    pub min_sources: Option<usize>,
    pub limit: Option<usize>,
    pub offset: Option<usize>,
}

/// The filters the store does not have, applied to its rows here.
#[derive(Debug, Clone, Default)]
struct Extra {
    /// The place's match key (lower case).
    place: Option<String>,
    /// min lon, min lat, max lon, max lat.
    bbox: Option<[f64; 4]>,
    factuality: Option<String>,
}

impl Extra {
    fn place_matches(&self, names: &[Option<&str>]) -> bool {
        let Some(key) = &self.place else { return true };
        names
            .iter()
            .flatten()
            .any(|n| match_key(n).to_lowercase().contains(key.as_str()))
    }

    fn in_bbox(&self, lat: Option<f64>, lon: Option<f64>) -> bool {
        let Some([x0, y0, x1, y1]) = self.bbox else { return true };
        match (lat, lon) {
            (Some(lat), Some(lon)) => lon >= x0 && lon <= x1 && lat >= y0 && lat <= y1,
            _ => false,
        }
    }

    fn event(&self, e: &EventRow) -> bool {
        self.factuality
            .as_ref()
            .is_none_or(|f| e.factuality.eq_ignore_ascii_case(f))
            && self.in_bbox(e.latitude, e.longitude)
            && self.place_matches(&[e.location.as_deref(), e.admin2.as_deref(), e.admin1.as_deref()])
    }

    fn cluster(&self, c: &Cluster) -> bool {
        self.factuality
            .as_ref()
            .is_none_or(|f| c.members.iter().any(|m| m.factuality.eq_ignore_ascii_case(f)))
            && self.in_bbox(c.latitude, c.longitude)
            && self.place_matches(&[c.location.as_deref(), c.admin2.as_deref(), c.admin1.as_deref()])
    }
}

fn nonempty(s: &Option<String>) -> Option<String> {
    s.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

fn parse_bbox(s: &str) -> Res<[f64; 4]> {
    let bad = || {
        ApiError::bad_request(format!(
            "bbox {s:?} is not min_lon,min_lat,max_lon,max_lat (e.g. 35.5,32.3,42.4,37.4 for Syria)"
        ))
    };
    let v: Vec<f64> = s
        .split(',')
        .map(|x| x.trim().parse::<f64>())
        .collect::<Result<_, _>>()
        .map_err(|_| bad())?;
    let [x0, y0, x1, y1] = <[f64; 4]>::try_from(v).map_err(|_| bad())?;
    let ok = [x0, y0, x1, y1].iter().all(|x| x.is_finite())
        && (-180.0..=180.0).contains(&x0)
        && (-180.0..=180.0).contains(&x1)
        && (-90.0..=90.0).contains(&y0)
        && (-90.0..=90.0).contains(&y1)
        && x0 <= x1
        && y0 <= y1;
    if !ok {
        return Err(bad());
    }
    Ok([x0, y0, x1, y1])
}

fn filters(q: &ListQuery) -> Res<(Filter, Extra)> {
    for (name, v, end) in [("since", &q.since, false), ("until", &q.until, true)] {
        if let Some(v) = nonempty(v) {
            marsad_store::date_bound(&v, end).map_err(|e| ApiError::bad_request(format!("{name}: {e}")))?;
        }
    }
    let filter = Filter {
        since: nonempty(&q.since),
        until: nonempty(&q.until),
        kind: nonempty(&q.kind),
        country: nonempty(&q.country),
        actor: nonempty(&q.actor),
        query: nonempty(&q.q),
        min_sources: q.min_sources.unwrap_or(1),
    };
    let place = match nonempty(&q.place) {
        Some(p) => {
            let key = match_key(&p).to_lowercase();
            if !key.chars().any(char::is_alphanumeric) {
                return Err(ApiError::bad_request(format!(
                    "place {p:?} has no letters; give part of a place name"
                )));
            }
            Some(key)
        }
        None => None,
    };
    let bbox = nonempty(&q.bbox).map(|b| parse_bbox(&b)).transpose()?;
    let extra = Extra {
        place,
        bbox,
        factuality: nonempty(&q.factuality),
    };
    Ok((filter, extra))
}

fn page(q: &ListQuery, limits: &Limits) -> Res<(usize, usize)> {
    let limit = q.limit.unwrap_or(limits.default_page);
    if limit == 0 || limit > limits.max_page {
        return Err(ApiError::bad_request(format!(
            "limit must be between 1 and {} (page with offset)",
            limits.max_page
        )));
    }
    Ok((q.offset.unwrap_or(0), limit))
}

/// One page of a filtered scan: every kept row is counted, only the page's
/// rows are turned into JSON.
struct Pager {
    offset: usize,
    limit: usize,
    total: u64,
    items: Vec<Value>,
}

impl Pager {
    fn new(offset: usize, limit: usize) -> Self {
        Pager {
            offset,
            limit,
            total: 0,
            items: Vec::new(),
        }
    }

    fn offer(&mut self, item: impl FnOnce() -> marsad_store::Result<Value>) -> marsad_store::Result<()> {
        if self.total >= self.offset as u64 && self.items.len() < self.limit {
            self.items.push(item()?);
        }
        self.total += 1;
        Ok(())
    }

    fn json(self) -> Value {
        page_json(self.total, self.offset, self.limit, self.items)
    }
}

fn page_json(total: u64, offset: usize, limit: usize, items: Vec<Value>) -> Value {
    let next = (offset as u64).saturating_add(limit as u64);
    json!({
        "total": total,
        "offset": offset,
        "limit": limit,
        "next_offset": if next < total { Some(next) } else { None },
        "items": items,
    })
}

// ---------------------------------------------------------------- events

/// An event's id in the API: `DOC_ID:V1`.
pub fn event_key(doc_id: &str, vid: &str) -> String {
    format!("{doc_id}:{vid}")
}

fn event_item(e: &EventRow) -> marsad_store::Result<Value> {
    let mut v = serde_json::to_value(e)?;
    if let Value::Object(m) = &mut v {
        m.insert("id".into(), Value::String(event_key(&e.doc_id, &e.event_id)));
    }
    Ok(v)
}

async fn events(State(st): State<AppState>, q: Result<Query<ListQuery>, QueryRejection>) -> Res<Json<Value>> {
    let Query(q) = q?;
    if q.min_sources.is_some() {
        return Err(ApiError::bad_request(
            "min_sources is a filter on clusters: use /api/clusters?min_sources=2",
        ));
    }
    let (filter, extra) = filters(&q)?;
    let (offset, limit) = page(&q, &st.limits)?;
    let out = st
        .pool
        .run(move |store| {
            let mut pager = Pager::new(offset, limit);
            store.for_each_event(&filter, &mut |e| {
                if !extra.event(e) {
                    return Ok(());
                }
                pager.offer(|| event_item(e))
            })?;
            Ok(pager.json())
        })
        .await?;
    Ok(Json(out))
}

fn party_json(p: &marsad_store::flat::Party) -> Value {
    json!({"eid": p.eid, "ref_id": p.ref_id, "name": p.name, "label_en": p.label_en, "display": p.display()})
}

fn parse_record(record: &str, doc_id: &str) -> Res<Document> {
    serde_json::from_str(record)
        .map_err(|e| ApiError::internal(format!("the stored record of {doc_id:?} cannot be read: {e}")))
}

async fn event(State(st): State<AppState>, id: Result<Path<String>, PathRejection>) -> Res<Json<Value>> {
    let Path(id) = id?;
    let Some((doc_id, vid)) = id.rsplit_once(':').filter(|(d, v)| !d.is_empty() && !v.is_empty()) else {
        return Err(ApiError::bad_request(format!(
            "event id {id:?} is not DOC_ID:EVENT_ID (e.g. alhal-1:V1)"
        )));
    };
    let (doc_id, vid) = (doc_id.to_string(), vid.to_string());
    let out = st
        .pool
        .run(move |store| {
            let missing = || ApiError::not_found(format!("no event {vid:?} in a document {doc_id:?}"));
            let Some(d) = db::document(store, &doc_id)? else {
                return Err(missing());
            };
            let doc = parse_record(&d.record, &doc_id)?;
            let Some(ev) = doc.events.iter().find(|e| e.id == vid) else {
                return Err(missing());
            };
            let flat = marsad_store::flat::flat_events(&doc, &d.text);
            let Some(f) = flat.iter().find(|f| f.vid == vid) else {
                return Err(missing());
            };
            let cluster_id = db::cluster_of_event(store, &doc_id, &vid)?;
            let time = ev.time.as_deref().and_then(|t| doc.times.iter().find(|x| x.id == t));
            let location = ev
                .location
                .as_deref()
                .and_then(|l| doc.entities.iter().find(|x| x.id == l));
            let quote = ev.source.as_deref().and_then(|s| doc.quotes.iter().find(|x| x.id == s));
            let evidence: Vec<Value> = ev
                .evidence
                .iter()
                .map(|r| {
                    json!({"start": r.start, "end": r.end,
                           "text": marsad_store::flat::char_slice(&d.text, r.start, r.end)})
                })
                .collect();
            let place = f.place.as_ref();
            Ok(json!({
                "id": event_key(&doc_id, &vid),
                "doc_id": doc_id,
                "event_id": vid,
                "plover_type": f.plover_type,
                "plover_mode": f.plover_mode,
                "event_type": f.event_type,
                "sub_event_type": f.sub_event_type,
                "factuality": f.factuality,
                "event_date": f.date.map(|x| x.date.format("%Y-%m-%d").to_string()),
                "date_from": f.date.map(|x| x.from.format("%Y-%m-%d").to_string()),
                "date_to": f.date.map(|x| x.to.format("%Y-%m-%d").to_string()),
                "time_precision": f.date.map(|x| x.precision),
                "actor1": f.actor1,
                "actor2": f.actor2,
                "actors": f.actors.iter().map(party_json).collect::<Vec<_>>(),
                "targets": f.targets.iter().map(party_json).collect::<Vec<_>>(),
                "location": f.location,
                "country": place.and_then(|p| p.country.clone()),
                "admin1": place.and_then(|p| p.admin1.clone()),
                "admin2": place.and_then(|p| p.admin2.clone()),
                "latitude": place.and_then(|p| p.lat),
                "longitude": place.and_then(|p| p.lon),
                "geo_precision": f.geo_precision,
                "notes": f.notes,
                "evidence": evidence,
                "time": time,
                "place": location,
                "source_quote": quote,
                "cluster_id": cluster_id,
                "source": d.source,
                "document": doc.doc,
                "event": ev,
            }))
        })
        .await?;
    Ok(Json(out))
}

// ---------------------------------------------------------------- clusters

fn cluster_item(c: &Cluster) -> marsad_store::Result<Value> {
    let mut v = serde_json::to_value(c)?;
    if let Some(Value::Array(ms)) = v.get_mut("members") {
        for m in ms {
            let key = match (m.get("doc_id"), m.get("event_id")) {
                (Some(Value::String(d)), Some(Value::String(e))) => event_key(d, e),
                _ => continue,
            };
            if let Value::Object(o) = m {
                o.insert("id".into(), Value::String(key));
            }
        }
    }
    Ok(v)
}

async fn clusters(State(st): State<AppState>, q: Result<Query<ListQuery>, QueryRejection>) -> Res<Json<Value>> {
    let Query(q) = q?;
    let (filter, extra) = filters(&q)?;
    let (offset, limit) = page(&q, &st.limits)?;
    let out = st
        .pool
        .run(move |store| {
            let mut pager = Pager::new(offset, limit);
            store.for_each_cluster(&filter, &mut |c| {
                if !extra.cluster(c) {
                    return Ok(());
                }
                pager.offer(|| cluster_item(c))
            })?;
            Ok(pager.json())
        })
        .await?;
    Ok(Json(out))
}

/// Stops a store iteration once the wanted item is found.
const FOUND: &str = "marsad-server: found";

async fn cluster(State(st): State<AppState>, id: Result<Path<String>, PathRejection>) -> Res<Json<Value>> {
    let Path(id) = id?;
    let id: i64 = id
        .trim()
        .parse()
        .map_err(|_| ApiError::bad_request(format!("cluster id {id:?} is not a number")))?;
    let out = st
        .pool
        .run(move |store| {
            let missing = || ApiError::not_found(format!("no cluster {id}"));
            let Some(head) = db::cluster_head(store, id)? else {
                return Err(missing());
            };
            // Every member has the cluster's type and a date within its
            // range: the store's own filter narrows the scan to those.
            let filter = Filter {
                kind: Some(head.plover_type),
                since: head.date_from.clone().filter(|_| head.date_to.is_some()),
                until: head.date_to.clone().filter(|_| head.date_from.is_some()),
                ..Filter::default()
            };
            let mut found = None;
            let r = store.for_each_cluster(&filter, &mut |c| {
                if c.id == id {
                    found = Some(cluster_item(c)?);
                    return Err(marsad_store::Error::Unsupported(FOUND.into()));
                }
                Ok(())
            });
            match (found, r) {
                (Some(v), _) => Ok(v),
                (None, Err(e)) => Err(e.into()),
                (None, Ok(_)) => Err(missing()),
            }
        })
        .await?;
    Ok(Json(out))
}

// ---------------------------------------------------------------- documents

async fn document(State(st): State<AppState>, id: Result<Path<String>, PathRejection>) -> Res<Response> {
    let Path(id) = id?;
    let record = st
        .pool
        .run(move |store| match db::document(store, &id)? {
            Some(d) => Ok(d.record),
            None => Err(ApiError::not_found(format!("no document {id:?}"))),
        })
        .await?;
    Ok(json_text(record))
}

async fn document_text(State(st): State<AppState>, id: Result<Path<String>, PathRejection>) -> Res<Json<Value>> {
    let Path(id) = id?;
    let out = st
        .pool
        .run(move |store| match db::document(store, &id)? {
            Some(d) => Ok(json!({
                "id": id,
                "chars": d.text.chars().count(),
                "source": d.source,
                "text": d.text,
            })),
            None => Err(ApiError::not_found(format!("no document {id:?}"))),
        })
        .await?;
    Ok(Json(out))
}

// ---------------------------------------------------------------- search, stats

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SearchQuery {
    pub q: Option<String>,
    pub limit: Option<usize>,
}

async fn search(State(st): State<AppState>, q: Result<Query<SearchQuery>, QueryRejection>) -> Res<Json<Value>> {
    let Query(q) = q?;
    let Some(text) = nonempty(&q.q) else {
        return Err(ApiError::bad_request("give a query: /api/search?q=الحسكة"));
    };
    let limit = q.limit.unwrap_or(20);
    if limit == 0 || limit > st.limits.max_page {
        return Err(ApiError::bad_request(format!(
            "limit must be between 1 and {}",
            st.limits.max_page
        )));
    }
    let out = st
        .pool
        .run(move |store| Ok(serde_json::to_value(store.search(&text, limit)?).map_err(marsad_store::Error::from)?))
        .await?;
    Ok(Json(out))
}

async fn stats(State(st): State<AppState>) -> Res<Json<Value>> {
    let out = st
        .pool
        .run(|store| Ok(serde_json::to_value(store.stats()?).map_err(marsad_store::Error::from)?))
        .await?;
    Ok(Json(out))
}

// ---------------------------------------------------------------- extract

/// `POST /api/extract`: an article to read, not stored.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExtractRequest {
    pub text: String,
    pub published: Option<String>,
    pub id: Option<String>,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
}

async fn extract(State(st): State<AppState>, body: Result<Json<ExtractRequest>, JsonRejection>) -> Res<Json<Value>> {
    let Json(req) = body?;
    let meta = Meta {
        id: req.id,
        title: req.title,
        outlet: req.outlet,
        url: req.url,
        published: req.published.filter(|p| !p.trim().is_empty()),
    };
    let extractor = st.extractor.clone();
    let slot = st
        .extract_slots
        .clone()
        .acquire_owned()
        .await
        .map_err(|_| ApiError::internal("the extractor is closed"))?;
    let done = tokio::task::spawn_blocking(move || {
        let _slot = slot;
        extractor.extract(&req.text, &meta)
    })
    .await;
    match done {
        Ok(Ok(doc)) => serde_json::to_value(&doc)
            .map(Json)
            .map_err(|e| ApiError::internal(format!("writing the record: {e}"))),
        Ok(Err(e @ marsad_core::Error::BadPublished(_))) => Err(ApiError::bad_request(e.to_string())),
        Ok(Err(e)) => Err(ApiError::internal(e.to_string())),
        Err(_) => Err(ApiError::internal(
            "the extractor failed on this text (a bug: please report it with the text)",
        )),
    }
}
