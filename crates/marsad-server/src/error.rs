//! Errors as the API returns them: JSON `{"error": "…"}` with the status
//! that fits, for the handlers' own errors, for rejected requests (bad
//! query string, bad JSON, body too large) and for the limits' responses
//! (timeout), which [`finish_response`] turns into JSON on the way out.

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

/// An error answer: a status and a message that says what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    pub status: StatusCode,
    pub message: String,
}

impl ApiError {
    pub fn new(status: StatusCode, message: impl Into<String>) -> Self {
        ApiError {
            status,
            message: message.into(),
        }
    }

    pub fn bad_request(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, message)
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, message)
    }

    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(StatusCode::INTERNAL_SERVER_ERROR, message)
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.status.as_u16(), self.message)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status, Json(serde_json::json!({ "error": self.message }))).into_response()
    }
}

impl From<marsad_store::Error> for ApiError {
    fn from(e: marsad_store::Error) -> Self {
        use marsad_store::Error as E;
        let status = match &e {
            E::BadFilter(_) | E::EmptyQuery(_) => StatusCode::BAD_REQUEST,
            E::Missing(_) | E::NewerSchema { .. } => StatusCode::SERVICE_UNAVAILABLE,
            E::Sqlite { source, .. }
                if matches!(
                    source.sqlite_error_code(),
                    Some(rusqlite::ErrorCode::OperationInterrupted)
                ) =>
            {
                StatusCode::SERVICE_UNAVAILABLE
            }
            _ => StatusCode::INTERNAL_SERVER_ERROR,
        };
        ApiError::new(status, e.to_string())
    }
}

impl From<axum::extract::rejection::QueryRejection> for ApiError {
    fn from(r: axum::extract::rejection::QueryRejection) -> Self {
        ApiError::new(r.status(), format!("bad query string: {}", r.body_text()))
    }
}

impl From<axum::extract::rejection::JsonRejection> for ApiError {
    fn from(r: axum::extract::rejection::JsonRejection) -> Self {
        ApiError::new(r.status(), r.body_text())
    }
}

impl From<axum::extract::rejection::PathRejection> for ApiError {
    fn from(r: axum::extract::rejection::PathRejection) -> Self {
        ApiError::new(r.status(), r.body_text())
    }
}

/// The page's Content-Security-Policy: everything from this server, no
/// inline script, nothing from elsewhere.
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
                       connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/// Last touch on every response: error answers that are not JSON yet (a
/// timeout, a body over the limit, a method the route does not take)
/// become `{"error": …}`, and the security headers are set.
pub async fn finish_response(res: Response) -> Response {
    let status = res.status();
    let is_json = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    let mut res = if (status.is_client_error() || status.is_server_error()) && !is_json {
        let message = match status {
            StatusCode::PAYLOAD_TOO_LARGE => "the request body is larger than this server takes".to_string(),
            StatusCode::SERVICE_UNAVAILABLE => "the request took too long and was stopped; narrow it down".to_string(),
            StatusCode::METHOD_NOT_ALLOWED => "this route does not take that method (the API is read-only; \
                                               see /api/openapi.json)"
                .to_string(),
            StatusCode::NOT_FOUND => "no such route; see /api/openapi.json".to_string(),
            s => s.canonical_reason().unwrap_or("error").to_lowercase(),
        };
        let (mut parts, _) = res.into_parts();
        parts.headers.remove(header::CONTENT_LENGTH);
        parts.headers.remove(header::CONTENT_TYPE);
        let mut new = ApiError::new(status, message).into_response();
        for (k, v) in parts.headers.iter() {
            if !new.headers().contains_key(k) {
                new.headers_mut().insert(k.clone(), v.clone());
            }
        }
        new
    } else {
        res
    };
    let h = res.headers_mut();
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    res
}
