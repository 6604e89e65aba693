//! The web UI: three files and a map, embedded in the binary
//! (`ui/index.html`, `ui/app.js`, `ui/app.css`, and the Natural Earth
//! country and governorate outlines in `ui/data/`, see
//! `ui/data/PROVENANCE.md`). No CDN, no fetch from elsewhere: it works with
//! no internet.

use axum::Router;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use crate::AppState;

/// Each embedded file: (URL path, content type, bytes).
pub const ASSETS: &[(&str, &str, &[u8])] = &[
    ("/", "text/html; charset=utf-8", include_bytes!("../ui/index.html")),
    (
        "/app.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../ui/app.js"),
    ),
    ("/app.css", "text/css; charset=utf-8", include_bytes!("../ui/app.css")),
    (
        "/data/countries-110m.json",
        "application/json",
        include_bytes!("../ui/data/countries-110m.json"),
    ),
    (
        "/data/admin1-mena.json",
        "application/json",
        include_bytes!("../ui/data/admin1-mena.json"),
    ),
];

fn asset(content_type: &'static str, body: &'static [u8]) -> Response {
    let mut r = body.into_response();
    let h = r.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    r
}

/// The UI's routes.
pub fn router() -> Router<AppState> {
    let mut r = Router::new();
    for &(path, ct, body) in ASSETS {
        r = r.route(path, get(move || async move { asset(ct, body) }));
    }
    r.route(
        "/index.html",
        get(|| async { asset("text/html; charset=utf-8", include_bytes!("../ui/index.html")) }),
    )
}
