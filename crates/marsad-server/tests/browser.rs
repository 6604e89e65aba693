//! The web UI in headless Chromium (`browser/test.mjs`, playwright-core),
//! over a real server on loopback with the example corpus. Runs only when
//! `MARSAD_BROWSER_TEST=1`, because it needs Debian's `chromium` package and
//! `npm ci --prefix crates/marsad-server/browser` (playwright-core); CI
//! installs both and sets the variable. Screenshots land in
//! `target/tmp/marsad-ui/`.

mod common;

use std::path::Path;
use std::process::Command;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_ui_in_headless_chromium() {
    if std::env::var("MARSAD_BROWSER_TEST").as_deref() != Ok("1") {
        eprintln!("skipped: set MARSAD_BROWSER_TEST=1 (needs chromium and npm ci in crates/marsad-server/browser)");
        return;
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("browser");
    assert!(
        dir.join("node_modules/playwright-core").is_dir(),
        "playwright-core is not installed: run `npm ci --prefix {}`",
        dir.display()
    );
    let http = common::server().await;
    let base = format!("http://{}", http.addr);
    let shots = Path::new(env!("CARGO_TARGET_TMPDIR")).join("marsad-ui");
    let script = dir.join("test.mjs");
    let out = tokio::task::spawn_blocking(move || {
        Command::new("node")
            .arg(&script)
            .arg(&base)
            .arg(&shots)
            .arg(common::XSS_ID)
            .output()
    })
    .await
    .expect("join")
    .expect("run node (is Node.js installed?)");
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "the browser test failed:\n{report}");
    eprintln!("{report}");
}
