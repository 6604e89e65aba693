//! HTML pages: charset, then main text and metadata.
//!
//! The bytes are decoded before parsing (dom_smoothie takes `&str`), with
//! the charset from, in order: a byte-order mark, the HTTP header (WARC),
//! `<meta charset>` / `http-equiv` in the first 8 KB, else a `chardetng`
//! guess. A declared charset the bytes do not fit (an old Arabic site
//! saying UTF-8 and sending windows-1256) gives way to the guess. Bytes
//! that fit no charset are replaced, as browsers do, and counted in
//! `meta.charset_errors`.
//!
//! The main text is dom_smoothie's (a port of Mozilla's Readability):
//! navigation, sidebars and footers are left out and each block of the
//! article becomes a paragraph. Title, site name and publication date come
//! from JSON-LD (`headline`, `publisher.name`, `datePublished`), Open Graph
//! and `article:published_time`, then `itemprop="datePublished"`,
//! `<meta name="date">` and `<time datetime>`.

use crate::input::{Input, looks_binary, paragraphs};
use crate::{Format, Item, RawDocument, ReadOptions, date, lang};
use dom_smoothie::{Config, Readability, ReadabilityError, TextMode};
use encoding_rs::Encoding;
use serde_json::{Map, Value};

/// Pages with more elements than this are refused (parsing cost).
const MAX_ELEMENTS: usize = 200_000;
/// Main text with fewer letters and digits than this is not an article.
const MIN_LETTERS: usize = 25;

/// What the container of a page (a WARC record) knows about it.
#[derive(Default)]
pub(crate) struct Context {
    pub id: Option<String>,
    pub url: Option<String>,
    /// `charset=` of the HTTP `Content-Type`.
    pub http_charset: Option<String>,
    /// Used when the page gives no date of its own.
    pub fallback_published: Option<String>,
    pub meta: Map<String, Value>,
}

pub(crate) fn read_file(input: Input, origin: String, opts: &ReadOptions) -> Item {
    if looks_binary(&input.head) {
        return Item::failed(
            origin,
            "binary file (NUL bytes or mostly control characters); not an HTML page",
        );
    }
    match input.read_all(opts.max_bytes) {
        Ok(bytes) => page(&bytes, Context::default(), origin, Format::Html, opts),
        Err(e) => Item::failed(origin, e),
    }
}

/// One HTML page to a document (or the reason there is none).
pub(crate) fn page(bytes: &[u8], ctx: Context, origin: String, format: Format, opts: &ReadOptions) -> Item {
    let tld = ctx.url.as_deref().and_then(tld_of);
    let decoded = decode(bytes, ctx.http_charset.as_deref(), tld.as_deref());
    let mut meta = ctx.meta;
    meta.insert("charset".into(), decoded.encoding.name().into());
    meta.insert("charset_source".into(), decoded.source.into());
    if decoded.errors {
        meta.insert("charset_errors".into(), true.into());
    }

    let doc = dom_query::Document::from(decoded.text.as_str());
    if doc.select("body").text().trim().is_empty() {
        return Item::skipped(origin, "no text: the page has no body, or an empty one");
    }
    let extra = extra_metadata(&doc);
    let url = ctx.url.filter(|u| !u.is_empty());
    let base = url
        .as_deref()
        .filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    let cfg = Config {
        text_mode: TextMode::Formatted,
        max_elements_to_parse: MAX_ELEMENTS,
        ..Config::default()
    };
    let article = match Readability::with_document(doc, base, Some(cfg.clone())) {
        Ok(mut r) => r.parse(),
        // A URL dom_smoothie refuses only costs relative-link resolution.
        Err(_) => Readability::with_document(dom_query::Document::from(decoded.text.as_str()), None, Some(cfg))
            .and_then(|mut r| r.parse()),
    };
    let article = match article {
        Ok(a) => a,
        Err(ReadabilityError::GrabFailed) => {
            return Item::skipped(
                origin,
                "no article text found in the page (only navigation, links or very short text)",
            );
        }
        Err(ReadabilityError::TooManyElements(n, max)) => {
            return Item::failed(
                origin,
                format!("the page has {n} elements, more than the {max} Marsad parses; is it really an article?"),
            );
        }
        Err(e) => return Item::failed(origin, format!("cannot extract the page's text: {e}")),
    };

    let site_name = nonempty(article.site_name.clone()).or(extra.site_name);
    let title = nonempty(Some(article.title.clone())).map(|t| strip_site_suffix(&t, site_name.as_deref()));
    let mut text = paragraphs(&article.text_content);
    // Readability may keep the headline as the first block.
    if let Some(t) = &title
        && let Some(rest) = text.strip_prefix(t.as_str())
        && (rest.is_empty() || rest.starts_with("\n\n"))
    {
        text = rest.trim_start().to_string();
    }
    if text.chars().filter(|c| c.is_alphanumeric()).count() < MIN_LETTERS || mostly_links(&article.content) {
        return Item::skipped(
            origin,
            "no article text found in the page (only navigation, links or very short text)",
        );
    }
    if opts.arabic_only
        && let Some(code) = lang::non_arabic(&text)
    {
        return Item::skipped(origin, format!("not Arabic (detected {code})"));
    }

    let mut published = None;
    let raw_dates = [
        article.published_time.clone(),
        extra.published.clone(),
        extra.time_element.clone(),
    ];
    for raw in raw_dates.iter().flatten() {
        if let Some(d) = date::normalize(raw) {
            published = Some(d);
            break;
        }
    }
    if published.is_none() {
        if let Some(raw) = raw_dates.iter().flatten().next() {
            meta.insert("published_unreadable".into(), raw.clone().into());
        }
        published = ctx.fallback_published;
    }
    if let Some(lang) = nonempty(article.lang.clone()) {
        meta.insert("lang".into(), lang.into());
    }
    if let Some(by) = nonempty(article.byline.clone()) {
        meta.insert("byline".into(), by.into());
    }
    if let Some(m) = article.modified_time.as_deref().and_then(date::normalize) {
        meta.insert("modified".into(), m.into());
    }
    let url = url.or_else(|| nonempty(article.url.clone())).or(extra.canonical);
    Item::Doc(RawDocument {
        id: ctx.id,
        text,
        title,
        url,
        published,
        outlet: site_name,
        meta,
        origin,
        format,
    })
}

struct Decoded {
    text: String,
    encoding: &'static Encoding,
    source: &'static str,
    errors: bool,
}

fn decode(bytes: &[u8], http_charset: Option<&str>, tld: Option<&str>) -> Decoded {
    let guess = || {
        let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
        det.feed(bytes, true);
        det.guess(tld.map(str::as_bytes), chardetng::Utf8Detection::Allow)
    };
    let run = |encoding: &'static Encoding, source: &'static str| {
        let (text, errors) = encoding.decode_without_bom_handling(bytes);
        Decoded {
            text: text.into_owned(),
            encoding,
            source,
            errors,
        }
    };
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, errors) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        return Decoded {
            text: text.into_owned(),
            encoding,
            source: "bom",
            errors,
        };
    }
    let declared = http_charset
        .and_then(|l| Encoding::for_label(l.trim().as_bytes()))
        .map(|e| (e, "http"))
        .or_else(|| meta_charset(bytes).map(|e| (e, "meta")));
    match declared {
        Some((encoding, source)) => {
            // A page that names UTF-16 in ASCII cannot be UTF-16.
            let encoding = if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE {
                encoding_rs::UTF_8
            } else {
                encoding
            };
            let d = run(encoding, source);
            if d.errors {
                let g = guess();
                if g != encoding {
                    let alt = run(g, "guess");
                    if !alt.errors {
                        return alt;
                    }
                }
            }
            d
        }
        None if std::str::from_utf8(bytes).is_ok() => run(encoding_rs::UTF_8, "utf-8"),
        None => run(guess(), "guess"),
    }
}

/// The charset a `<meta>` in the first 8 KB names.
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(8 * 1024)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(pos) = find(&lower[from..], b"<meta") {
        let start = from + pos;
        let end = find(&lower[start..], b">").map(|e| start + e).unwrap_or(lower.len());
        if let Some(label) = charset_param(&lower[start..end])
            && let Some(enc) = Encoding::for_label(label)
        {
            return Some(enc);
        }
        from = end;
    }
    None
}

/// The value after `charset=` in a tag or header, without quotes.
fn charset_param(s: &[u8]) -> Option<&[u8]> {
    let at = find(s, b"charset")?;
    let rest = &s[at + 7..];
    let rest = rest.trim_ascii_start().strip_prefix(b"=")?.trim_ascii_start();
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|b| matches!(b, b'"' | b'\'' | b';' | b' ' | b'/' | b'>'))
        .unwrap_or(rest.len());
    (end > 0).then_some(&rest[..end])
}

/// `charset=` of an HTTP `Content-Type` value.
pub(crate) fn http_charset(content_type: &str) -> Option<String> {
    let lower = content_type.to_ascii_lowercase();
    charset_param(lower.as_bytes()).map(|l| String::from_utf8_lossy(l).into_owned())
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The top-level domain of a URL, lower-case ASCII letters only (what
/// chardetng accepts), e.g. `sy` for `https://sana.sy/…`.
fn tld_of(url: &str) -> Option<String> {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map(|(_, h)| h).unwrap_or(host);
    let host = host.split(':').next()?;
    let tld = host.rsplit('.').next()?.to_ascii_lowercase();
    (!tld.is_empty() && tld.bytes().all(|b| b.is_ascii_lowercase())).then_some(tld)
}

#[derive(Default)]
struct Extra {
    published: Option<String>,
    time_element: Option<String>,
    site_name: Option<String>,
    canonical: Option<String>,
}

/// Metadata dom_smoothie does not look at.
fn extra_metadata(doc: &dom_query::Document) -> Extra {
    let attr = |sel: &str, name: &str| {
        doc.select(sel)
            .iter()
            .find_map(|n| n.attr(name).map(|v| v.trim().to_string()).filter(|v| !v.is_empty()))
    };
    let published = [
        "meta[itemprop=datePublished]",
        "meta[property='og:published_time']",
        "meta[name=pubdate]",
        "meta[name=publishdate]",
        "meta[name=date]",
        "meta[name='dc.date']",
        "meta[name='DC.date.issued']",
    ]
    .iter()
    .find_map(|s| attr(s, "content"));
    let mut ld = JsonLd::default();
    for script in doc.select("script[type='application/ld+json']").iter() {
        if let Ok(v) = serde_json::from_str::<Value>(script.text().trim()) {
            ld.visit(&v, 0);
        }
    }
    Extra {
        published: published.or(ld.published),
        time_element: attr("time[datetime]", "datetime"),
        site_name: attr("meta[name=application-name]", "content").or(ld.publisher),
        canonical: attr("link[rel=canonical]", "href").or(ld.url),
    }
}

/// What JSON-LD says, when dom_smoothie did not take it (no `@context`,
/// an `@graph` it did not walk).
#[derive(Default)]
struct JsonLd {
    published: Option<String>,
    publisher: Option<String>,
    url: Option<String>,
}

impl JsonLd {
    fn visit(&mut self, v: &Value, depth: usize) {
        if depth > 8 {
            return;
        }
        match v {
            Value::Array(items) => items.iter().for_each(|i| self.visit(i, depth + 1)),
            Value::Object(o) => {
                let text = |k: &str| {
                    o.get(k)
                        .and_then(Value::as_str)
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                };
                if let Some(d) = text("datePublished")
                    && self.published.is_none()
                {
                    self.published = Some(d.to_string());
                    self.url = self.url.take().or(text("url").map(String::from));
                }
                if self.publisher.is_none()
                    && let Some(name) = o.get("publisher").and_then(|p| p.get("name")).and_then(Value::as_str)
                {
                    self.publisher = Some(name.trim().to_string()).filter(|s| !s.is_empty());
                }
                if let Some(graph) = o.get("@graph") {
                    self.visit(graph, depth + 1);
                }
            }
            _ => {}
        }
    }
}

/// True when most of the extracted text sits inside links (a menu or a
/// list of headlines that readability took for the article).
fn mostly_links(content: &str) -> bool {
    let frag = dom_query::Document::fragment(content);
    let count = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).count();
    let all = count(&frag.select("body").text()).max(count(&frag.root().text()));
    let linked: usize = frag.select("a").iter().map(|a| count(&a.text())).sum();
    all > 0 && linked * 2 > all
}

fn nonempty(s: Option<String>) -> Option<String> {
    s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

/// `Headline | Site` → `Headline` when `Site` is the site's name.
fn strip_site_suffix(title: &str, site: Option<&str>) -> String {
    if let Some(site) = site {
        for sep in [" | ", " - ", " – ", " — ", " :: ", " « ", " » "] {
            if let Some(head) = title.strip_suffix(site).and_then(|t| t.strip_suffix(sep)) {
                return head.trim().to_string();
            }
        }
    }
    title.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charset_from_meta() {
        assert_eq!(
            meta_charset(b"<html><head><meta charset=\"windows-1256\">"),
            Some(encoding_rs::WINDOWS_1256)
        );
        assert_eq!(
            meta_charset(b"<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=ISO-8859-6'>"),
            Some(encoding_rs::ISO_8859_6)
        );
        assert_eq!(meta_charset(b"<meta name=description content=x><p>charset=utf-8"), None);
        assert_eq!(http_charset("text/html; Charset=\"UTF-8\"").as_deref(), Some("utf-8"));
    }

    #[test]
    fn tld() {
        assert_eq!(tld_of("https://sana.sy/?p=1").as_deref(), Some("sy"));
        assert_eq!(tld_of("http://user@Example.IQ:8080/x").as_deref(), Some("iq"));
        assert_eq!(tld_of("http://10.0.0.1/"), None);
    }

    #[test]
    fn site_suffix() {
        assert_eq!(
            strip_site_suffix("مقتل 11 | مرايا الشرق", Some("مرايا الشرق")),
            "مقتل 11"
        );
        assert_eq!(strip_site_suffix("مقتل 11", Some("مرايا الشرق")), "مقتل 11");
    }
}
