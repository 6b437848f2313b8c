//! Writes into a Trunk build every page file (each page whole, rendered by the
//! app's components), `404.html`, `sitemap.xml` and `robots.txt`, so a plain
//! file host serves every address of the portal; and, from the dataset, the
//! names file, the events' calendar files, the CSV tables and the Atom feeds,
//! and each page's structured data. It refuses a dataset the validator rejects.
//!
//!     cargo run --release -p portal-site --bin static-pages -- dist https://owner.github.io/repo/
//!
//! The site URL's path must be the `--public-url` the build was made with.
//! The build time (the calendars' `DTSTAMP`, and "today" for what is upcoming)
//! is now, or `SOURCE_DATE_EPOCH` when set (for reproducible builds). The
//! publisher's details come from `site.toml` in the current folder, or the
//! file `SITE_CONFIG` names.

use std::path::Path;
use std::process::ExitCode;

use std::sync::Arc;

use portal_core::address::{files, Site};
use portal_core::i18n::Names;
use portal_core::map::parse_geometry;
use portal_core::model::PartialDate;
use portal_core::{Catalog, Route};
use portal_site::head::{defer_app_start, without_comments, GENERATED_MARK};
use portal_site::info::{info_texts, SiteConfig};
use portal_site::names::name_table;
use portal_site::offline::service_worker;
use portal_site::pages::{data_files, page_files};
use portal_site::validate::validate;
use portal_site::OutputFile;
use portal_site::{feeds, qr, share, structured_data};
use sophia_china_portal::render;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dist, site_url] = args.as_slice() else {
        eprintln!(
            "usage: static-pages <dist folder> <site URL, e.g. https://owner.github.io/repo/>"
        );
        return ExitCode::from(2);
    };
    match run(Path::new(dist), site_url) {
        Ok(count) => {
            println!("static-pages: wrote {count} files into {dist}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("static-pages: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(dist: &Path, site_url: &str) -> Result<usize, String> {
    let site = Site::parse(site_url)?;
    let read = |name: &str| {
        std::fs::read_to_string(dist.join(name))
            .map_err(|e| format!("cannot read {}: {e}", dist.join(name).display()))
    };
    let template = read("index.html")?;
    if template.contains(GENERATED_MARK) {
        return Err(format!(
            "{} was already processed: run `trunk build` again first",
            dist.display()
        ));
    }
    let expected_base = format!("<base href=\"{}\">", site.base);
    if !template.contains(&expected_base) {
        return Err(format!(
            "{}/index.html was not built for {} (no `{expected_base}`): build with `trunk build --public-url {}`",
            dist.display(),
            site.base,
            site.base
        ));
    }
    let dataset_path = files::DATASET.trim_start_matches('/');
    let dataset_text = read(dataset_path)?;
    let dataset = validate(&dataset_text).map_err(|problems| {
        let listing: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
        format!(
            "{dataset_path} is not valid, nothing was written ({} problems; `validate` lists them):\n{}",
            problems.len(),
            listing.join("\n")
        )
    })?;
    let names = Names::new(name_table(&dataset));
    let catalog = Arc::new(Catalog::new(dataset, names));
    let geometry = read(files::MAP_GEOMETRY.trim_start_matches('/'))
        .ok()
        .and_then(|text| parse_geometry(&text))
        .map(Arc::new);
    let seconds = build_time()?;
    let repository = std::env::var(share::REPOSITORY_ENV).ok();
    let publication = share::publication(&site, repository.as_deref())?;
    let config = site_config()?;
    let info_texts = Arc::new(info_texts(&config, &publication, &site.base));
    let render = render::Site {
        base: site.base(),
        catalog: catalog.clone(),
        geometry,
        today: date_of(seconds),
        publication,
        info_texts,
    };
    let template = defer_app_start(&without_comments(&template))?;
    let template = share::name_publication(&template, &render.publication);
    let mut out = page_files(&template, &render, &site);
    structured_data::add_to_pages(&mut out, &catalog, &site);
    out.extend(data_files(&catalog, &dataset_text, &site, seconds));
    out.extend(feeds::feed_files(&catalog, &site));
    out.extend(qr::qr_files(&Route::all(&catalog), &site)?);
    // The link-preview images (before the pages, so missing fonts stop the build
    // with nothing written); the worker does not keep them.
    let previews = portal_site::preview::write_images(dist, &catalog)?;
    println!("static-pages: {previews}");
    for file in &out {
        write(dist, file)?;
    }
    // Last, as it lists (and digests) the files as published.
    write(dist, &worker(dist, &site.base)?)?;
    Ok(out.len() + 1)
}

fn write(dist: &Path, file: &OutputFile) -> Result<(), String> {
    let target = dist.join(&file.path);
    if let Some(parent) = target.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    }
    std::fs::write(&target, &file.contents)
        .map_err(|e| format!("cannot write {}: {e}", target.display()))
}

/// The publisher and host, from `site.toml` (or the file `SITE_CONFIG`
/// names); every field left empty is named in a warning, and the pages then
/// say it is not set.
fn site_config() -> Result<SiteConfig, String> {
    let path = std::env::var("SITE_CONFIG").unwrap_or_else(|_| "site.toml".into());
    let config = match std::fs::read_to_string(&path) {
        Ok(text) => SiteConfig::parse(&text).map_err(|e| format!("{path}: {e}"))?,
        Err(e) => {
            eprintln!("static-pages: warning: cannot read {path} ({e}): the publisher is not set");
            SiteConfig::default()
        }
    };
    let missing = config.missing();
    if !missing.is_empty() {
        eprintln!(
            "static-pages: warning: {path} does not set {}: the about, contact and legal-notice pages say so",
            missing.join(", ")
        );
    }
    Ok(config)
}

/// The calendar date of a time in seconds since 1970 (UTC).
fn date_of(unix_seconds: u64) -> PartialDate {
    let (year, month, day) = portal_core::dates::civil_from_days((unix_seconds / 86_400) as i64);
    PartialDate {
        year,
        month: Some(month),
        day: Some(day),
    }
}

/// Seconds since 1970: `SOURCE_DATE_EPOCH` when set, else now.
fn build_time() -> Result<u64, String> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(value) => value
            .trim()
            .parse()
            .map_err(|_| format!("SOURCE_DATE_EPOCH `{value}` is not a number of seconds")),
        Err(_) => std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .map_err(|e| format!("the clock is before 1970: {e}")),
    }
}

/// `sw.js`: the offline worker, with the build's files to keep (its code,
/// styles, favicon and dataset) and a version named after them. The map's
/// geometry is left to be cached when the map page first asks for it, so no
/// other page downloads it.
fn worker(dist: &Path, base: &str) -> Result<OutputFile, String> {
    use sha2::{Digest, Sha256};
    let mut precache = Vec::new();
    for folder in ["", "data"] {
        let Ok(entries) = std::fs::read_dir(dist.join(folder)) else {
            continue;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().to_string();
            let path = format!("/{folder}/{name}");
            let keep = matches!(name.rsplit('.').next(), Some("js" | "wasm" | "css" | "svg"))
                || path == files::DATASET
                || path == files::NAMES;
            if keep && entry.path().is_file() && format!("/{name}") != files::WORKER {
                precache.push(if folder.is_empty() {
                    name
                } else {
                    format!("{folder}/{name}")
                });
            }
        }
    }
    precache.sort();
    // The version covers the map's files too, so a new geometry replaces the cached one.
    let mut versioned = precache.clone();
    if let Ok(entries) = std::fs::read_dir(dist.join("map")) {
        versioned.extend(
            entries
                .flatten()
                .map(|e| format!("map/{}", e.file_name().to_string_lossy())),
        );
    }
    versioned.sort();
    let mut digest = Sha256::new();
    for file in &versioned {
        digest.update(file.as_bytes());
        digest.update(
            std::fs::read(dist.join(file)).map_err(|e| format!("cannot read {file}: {e}"))?,
        );
    }
    let version: String = digest
        .finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect();
    Ok(OutputFile {
        path: files::WORKER.trim_start_matches('/').into(),
        contents: service_worker(base, &precache, &version),
    })
}
