//! The service worker that keeps the portal working offline after a first
//! visit: written at build time into `dist/sw.js` with the exact list of the
//! build's files, so each deploy gets a new worker (and a new cache) that
//! replaces the old one.
//!
//! What it does, by kind of request:
//! - the build's own files (code, styles, map geometry: names that change with
//!   their content): from the cache, fetched once;
//! - the dataset and the pages: from the network, so a new deploy shows at
//!   once, with the cached copy when the network fails. A page never visited
//!   falls back to the offline shell (`offline.html`: the app without a page),
//!   and the app shows the page the address names.

use portal_core::address::files;

/// The `<meta name>` by which each page file names the worker of its build,
/// for the app to register. Pages without it (the development server's) have
/// no worker.
pub const WORKER_META: &str = "offline-worker";

/// The worker's source. `base` is the public path (`/repo/`), `precache` the
/// files to cache at install (paths relative to the base), `version` a digest
/// of the build that names its cache.
pub fn service_worker(base: &str, precache: &[String], version: &str) -> String {
    let precache: Vec<String> = precache.iter().map(|f| format!("{base}{f}")).collect();
    // Each value as a JavaScript literal (JSON is one).
    let literal = |value: &str| serde_json::Value::from(value).to_string();
    // The template carries no comments but its first line (visitors download
    // it): `DATA`, the dataset and names files, which change with the data
    // and not with the code, come from the network first; the build's own
    // files from the cache; a page never visited falls back to `SHELL`.
    crate::template::fill(
        include_str!("../templates/sw.js"),
        &[
            ("cache", literal(&format!("portal-{version}"))),
            ("base", literal(base)),
            ("precache", serde_json::Value::from(precache).to_string()),
            ("dataset", literal(files::DATASET.trim_start_matches('/'))),
            ("names", literal(files::NAMES.trim_start_matches('/'))),
            (
                "shell",
                literal(files::OFFLINE_SHELL.trim_start_matches('/')),
            ),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::service_worker;

    #[test]
    fn the_worker_names_its_cache_after_the_build_and_lists_its_files() {
        let sw = service_worker(
            "/repo/",
            &["app-1a2b.wasm".into(), "data/portal.json".into()],
            "abc123",
        );
        assert!(sw.contains(r#"const CACHE = "portal-abc123";"#));
        assert!(sw.contains(r#"["/repo/app-1a2b.wasm","/repo/data/portal.json"]"#));
        assert!(sw.contains(r#"const BASE = "/repo/";"#));
    }
}
