//! What the server tests share: a real SQLite store made from
//! `examples/corpus/` (plus one article with markup in it) through the
//! library calls `marsad ingest` makes, a real server on loopback, and a
//! small HTTP client (hyper).

#![allow(dead_code)]

use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use marsad_core::{Extractor, Meta};
use marsad_ingest::{Item, ReadOptions};
use marsad_server::{AppState, Limits};
use marsad_store::{ClusterParams, InputInfo, Prepared, SearchText, SqliteStore, Store};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

/// The id of the article whose text holds `<script>` and other markup.
pub const XSS_ID: &str = "xss-test-1";

/// Its text.
pub const XSS_TEXT: &str = "قتل ثلاثة عناصر في هجوم على حاجز بالحسكة <script>window.__pwned = 1; alert(\"x\")</script> \
     و<img src=x onerror=\"window.__pwned = 2\"> وقال المتحدث: \"سنرد على <b>الهجوم</b>\".";

pub fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/corpus")
}

/// Extracts and stores every article under `inputs` as `marsad ingest`
/// does (read → extract → prepare → one batch → clusters).
pub fn ingest(db: &Path, inputs: &[PathBuf], extractor: &Extractor) {
    let mut store = SqliteStore::open(db).expect("create the store");
    let opts = ReadOptions::default();
    let mut batch = Vec::new();
    for input in inputs {
        for file in marsad_ingest::list_inputs(input) {
            for item in marsad_ingest::read_path(&file, &opts) {
                let Item::Doc(raw) = item else { continue };
                let meta = Meta {
                    id: raw.id.clone(),
                    title: raw.title.clone(),
                    outlet: raw.outlet.clone(),
                    url: raw.url.clone(),
                    published: raw.published.clone(),
                };
                let doc = extractor.extract(&raw.text, &meta).expect("extract");
                let search = SearchText::of(&raw.text);
                let input = InputInfo {
                    origin: raw.origin.clone(),
                    format: format!("{:?}", raw.format).to_lowercase(),
                    meta: raw.meta.clone(),
                };
                batch.push(Prepared::new(doc, raw.text, search, input).expect("prepare"));
            }
        }
    }
    store.insert_batch(&batch).expect("store the batch");
    store.rebuild_clusters(&ClusterParams::default()).expect("cluster");
}

pub struct Fixture {
    _dir: tempfile::TempDir,
    pub db: PathBuf,
    pub state: AppState,
}

/// The store and the server state, made once per test binary.
pub fn fixture() -> &'static Fixture {
    static F: OnceLock<Fixture> = OnceLock::new();
    F.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let extra = dir.path().join("extra");
        std::fs::create_dir_all(&extra).expect("mkdir");
        let line = serde_json::json!({
            "id": XSS_ID, "title": "<i>عنوان</i> <script>alert(1)</script>", "outlet": "<b>منفذ</b>",
            "published": "2024-05-20", "url": "https://example.org/<script>", "text": XSS_TEXT,
        });
        std::fs::write(extra.join("markup.jsonl"), format!("{line}\n")).expect("write");
        let db = dir.path().join("marsad.db");
        let extractor = Extractor::new().expect("extractor");
        ingest(&db, &[corpus(), extra], &extractor);
        let pool = marsad_server::db::Pool::open(&db, 4).expect("pool");
        let state = AppState::new(pool, Arc::new(extractor), Limits::default());
        Fixture { _dir: dir, db, state }
    })
}

/// The store, opened for the test's own reading.
pub fn store() -> SqliteStore {
    SqliteStore::open_existing(&fixture().db).expect("open the store")
}

/// A server on 127.0.0.1:0 with `state`; it stops when the test's runtime ends.
pub async fn start(state: AppState) -> Http {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(marsad_server::serve(listener, state, std::future::pending()));
    Http::new(addr)
}

/// The shared store with the default limits.
pub async fn server() -> Http {
    start(fixture().state.clone()).await
}

pub struct Http {
    pub addr: SocketAddr,
    client: Client<HttpConnector, Full<Bytes>>,
}

pub struct Resp {
    pub status: u16,
    pub headers: hyper::HeaderMap,
    pub body: Vec<u8>,
}

impl Resp {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }

    pub fn header(&self, name: &str) -> &str {
        self.headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or("")
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// Asserts an error answer: this status, JSON `{"error": …}` containing `needle`.
    pub fn assert_error(&self, status: u16, needle: &str) {
        assert_eq!(self.status, status, "{}", self.text());
        assert!(
            self.header("content-type").starts_with("application/json"),
            "{:?}",
            self.headers
        );
        let v = self.json();
        let msg = v["error"].as_str().unwrap_or_else(|| panic!("no error message: {v}"));
        assert!(msg.contains(needle), "{msg:?} does not contain {needle:?}");
        assert_eq!(v.as_object().map(|o| o.len()), Some(1), "{v}");
    }
}

impl Http {
    pub fn new(addr: SocketAddr) -> Self {
        Http {
            addr,
            client: Client::builder(TokioExecutor::new()).build_http(),
        }
    }

    pub async fn request(&self, method: &str, path: &str, content_type: Option<&str>, body: Vec<u8>) -> Resp {
        let mut req = hyper::Request::builder()
            .method(method)
            .uri(format!("http://{}{}", self.addr, path));
        if let Some(ct) = content_type {
            req = req.header("content-type", ct);
        }
        let req = req.body(Full::new(Bytes::from(body))).expect("request");
        let res = self.client.request(req).await.expect("send");
        let status = res.status().as_u16();
        let headers = res.headers().clone();
        let body = res.into_body().collect().await.expect("body").to_bytes().to_vec();
        Resp { status, headers, body }
    }

    pub async fn get(&self, path: &str) -> Resp {
        self.request("GET", path, None, Vec::new()).await
    }

    /// GET, asserting 200 and JSON.
    pub async fn get_json(&self, path: &str) -> serde_json::Value {
        let r = self.get(path).await;
        assert_eq!(r.status, 200, "GET {path}: {}", r.text());
        assert!(r.header("content-type").starts_with("application/json"), "GET {path}");
        r.json()
    }

    pub async fn post_json(&self, path: &str, body: &serde_json::Value) -> Resp {
        self.request("POST", path, Some("application/json"), body.to_string().into_bytes())
            .await
    }
}

/// Percent-encodes a query value or path segment.
pub fn enc(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
