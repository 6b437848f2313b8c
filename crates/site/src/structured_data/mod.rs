//! Each page file's structured data: schema.org in JSON-LD, in the page's
//! language, for search engines and other programs that read pages as data.
//! Every page has a `BreadcrumbList` (home, section, record, named as the
//! page's breadcrumbs name them); a record page describes its record
//! ([`records`]); the other pages describe themselves as a `WebPage` of the
//! closest kind, named as their heading, with the site on the home page, the
//! source articles on the sources page and the dataset on the open-data page.
//!
//! The context is schema.org's vocabulary given inline (`@vocab`), not
//! schema.org's context document by its address: a JSON-LD processor then
//! needs nothing from another site to read a page, and search engines read
//! the same terms either way. The properties whose values are addresses are
//! declared as such, as schema.org's own context does.
//!
//! The site generator adds the data to the page files it has rendered
//! ([`add_to_pages`]); in the browser the app removes it once it runs, as it
//! would describe the first page after the visitor moves on
//! (`drop_static_head_tags` in the app).

pub mod records;

use portal_core::address::route::Info;
use portal_core::address::{files, Site};
use portal_core::dates::format::iso;
use portal_core::document::page_head;
use portal_core::{Catalog, Key, Locale, Route};
use serde_json::{json, Map, Value};

use crate::OutputFile;

/// The JSON-LD context: schema.org's terms, and which of them hold addresses.
fn context() -> Value {
    let address = json!({ "@type": "@id" });
    json!({
        "@vocab": "https://schema.org/",
        "url": address,
        "item": address,
        "isBasedOn": address,
        "subjectOf": address,
        "license": address,
        "contentUrl": address,
        "eventStatus": address,
        "eventAttendanceMode": address,
    })
}

/// A node under construction, each property set only when the data has it.
pub struct Node(Map<String, Value>);

impl Node {
    /// A node of one type (`"Event"`) or several (`["Place", "Organization"]`).
    pub fn new(types: impl Into<Value>) -> Node {
        let mut map = Map::new();
        map.insert("@type".into(), types.into());
        Node(map)
    }

    pub fn set(mut self, key: &str, value: impl Into<Value>) -> Node {
        self.0.insert(key.into(), value.into());
        self
    }

    /// Sets `key` when there is a value.
    pub fn maybe(self, key: &str, value: Option<impl Into<Value>>) -> Node {
        match value {
            Some(value) => self.set(key, value),
            None => self,
        }
    }

    /// Sets `key` to a list, unless it is empty.
    pub fn list(self, key: &str, values: Vec<Value>) -> Node {
        if values.is_empty() {
            self
        } else {
            self.set(key, values)
        }
    }

    pub fn done(self) -> Value {
        Value::Object(self.0)
    }
}

/// The structured data of `route` in `locale`: one JSON-LD document.
pub fn document(route: &Route, locale: Locale, catalog: &Catalog, site: &Site) -> Value {
    let mut graph = vec![breadcrumb_list(route, locale, catalog, site)];
    graph.extend(page_nodes(route, locale, catalog, site));
    json!({ "@context": context(), "@graph": graph })
}

/// The trail of the page's breadcrumbs: the home page, the section of a
/// record, the page itself, each with its canonical address (the not-found
/// page has none).
fn breadcrumb_list(route: &Route, locale: Locale, catalog: &Catalog, site: &Site) -> Value {
    let title = |route: &Route| page_head(route, locale, catalog).title;
    let mut trail = vec![(
        locale.text(Key::NavHome).to_string(),
        Some(site.page(&Route::Home, locale)),
    )];
    match route {
        Route::Home => {}
        Route::NotFound(_) => trail.push((title(route), None)),
        _ => {
            let section = route.section();
            if section != *route {
                trail.push((title(&section), Some(site.page(&section, locale))));
            }
            trail.push((title(route), Some(site.page(route, locale))));
        }
    }
    let items = trail
        .into_iter()
        .enumerate()
        .map(|(i, (name, item))| {
            Node::new("ListItem")
                .set("position", i + 1)
                .set("name", name)
                .maybe("item", item)
                .done()
        })
        .collect();
    Node::new("BreadcrumbList")
        .list("itemListElement", items)
        .done()
}

/// What the page is about, besides its breadcrumbs.
fn page_nodes(route: &Route, l: Locale, catalog: &Catalog, site: &Site) -> Vec<Value> {
    let page = |kind: &str| web_page(kind, route, l, catalog, site);
    match route {
        Route::Home => vec![page("WebPage"), web_site(l, site)],
        Route::Parks
        | Route::Agreements
        | Route::Events
        | Route::Organisations
        | Route::People
        | Route::Topics
        | Route::Timeline => vec![page("CollectionPage")],
        // The topic as a term of the portal's set of topics.
        Route::Topic(id) => catalog
            .topic(id)
            .map(|topic| {
                let mut node = page("CollectionPage");
                node["about"] = json!({
                    "@type": "DefinedTerm",
                    "name": topic.name.get(l),
                    "inDefinedTermSet": site.page(&Route::Topics, l),
                });
                node
            })
            .into_iter()
            .collect(),
        Route::Sources => {
            let mut nodes = vec![page("CollectionPage")];
            nodes.extend(
                catalog
                    .data()
                    .sources
                    .iter()
                    .map(|s| records::source(s, l, site)),
            );
            nodes
        }
        Route::Search => vec![page("SearchResultsPage")],
        Route::Map => vec![page("WebPage")],
        Route::OpenData => vec![page("WebPage"), dataset(l, catalog, site)],
        // schema.org has types for two of the pages about the portal.
        Route::Info(info) => vec![page(match info {
            Info::About => "AboutPage",
            Info::Contact => "ContactPage",
            _ => "WebPage",
        })],
        Route::Park(id) => catalog
            .park(id)
            .map(|r| records::park(r, catalog, l, site))
            .into_iter()
            .collect(),
        Route::Organisation(id) => catalog
            .organisation(id)
            .map(|r| records::organisation(r, catalog, l, site))
            .into_iter()
            .collect(),
        Route::Agreement(id) => catalog
            .agreement(id)
            .map(|r| records::agreement(r, catalog, l, site))
            .into_iter()
            .collect(),
        Route::Event(id) => catalog
            .event(id)
            .map(|r| records::event(r, catalog, l, site))
            .into_iter()
            .collect(),
        Route::Person(id) => catalog
            .person(id)
            .map(|r| records::person(r, catalog, l, site))
            .into_iter()
            .collect(),
        Route::NotFound(_) => Vec::new(),
    }
}

/// The portal as a whole, named as link previews name it, with its search.
fn web_site(l: Locale, site: &Site) -> Value {
    let search = format!("{}?q={{search_term_string}}", site.page(&Route::Search, l));
    Node::new("WebSite")
        .set("name", l.text(Key::PortalLongName))
        .set("alternateName", l.text(Key::PortalName))
        .set("url", site.page(&Route::Home, l))
        .set("inLanguage", l.html_lang())
        .set("description", l.text(Key::HomeDescription))
        .set(
            "potentialAction",
            json!({
                "@type": "SearchAction",
                "target": search,
                "query-input": "required name=search_term_string",
            }),
        )
        .done()
}

/// A page that is not one record's, named as its heading (`<h1>`).
fn web_page(kind: &str, route: &Route, l: Locale, catalog: &Catalog, site: &Site) -> Value {
    let head = page_head(route, l, catalog);
    let name = match route {
        Route::Home => l.text(Key::HomeTitle).to_string(),
        _ => head.title,
    };
    Node::new(kind)
        .set("name", name)
        .set("description", head.description)
        .set("url", site.page(route, l))
        .set("inLanguage", l.html_lang())
        // A page of records changes with them; a page about the portal does not.
        .maybe(
            "dateModified",
            (!matches!(route, Route::Info(_))).then(|| iso(&catalog.data().updated)),
        )
        .set(
            "isPartOf",
            json!({ "@type": "WebSite", "name": l.text(Key::PortalLongName), "url": site.page(&Route::Home, l) }),
        )
        .done()
}

/// The dataset the open-data page offers, with each of its downloads.
fn dataset(l: Locale, catalog: &Catalog, site: &Site) -> Value {
    let download = |name: &str, format: &str, path: &str| {
        Node::new("DataDownload")
            .set("name", name)
            .set("encodingFormat", format)
            .set("contentUrl", site.url(path))
            .done()
    };
    let mut downloads = vec![download(
        l.text(Key::OpenDataJsonLink),
        "application/json",
        files::DATASET,
    )];
    for table in files::Table::ALL {
        downloads.push(download(l.text(table.label()), "text/csv", &table.path()));
    }
    let sources = catalog.data().sources.iter().map(|s| s.id.clone());
    Node::new("Dataset")
        .set("name", l.text(Key::StructuredDataDatasetName))
        .set("description", l.text(Key::OpenDataAbout))
        .set("url", site.page(&Route::OpenData, l))
        .set("license", l.text(Key::OpenDataLicenceUrl))
        .set("isAccessibleForFree", true)
        .set("dateModified", iso(&catalog.data().updated))
        .set(
            "inLanguage",
            Locale::ALL.map(|locale| locale.html_lang()).to_vec(),
        )
        .set(
            "creator",
            json!({ "@type": "Organization", "name": l.text(Key::PortalLongName), "url": site.page(&Route::Home, l) }),
        )
        .list("distribution", downloads)
        .list(
            "isBasedOn",
            records::based_on(&sources.collect::<Vec<_>>(), l, site),
        )
        .done()
}

/// A JSON-LD document as a `<script>` data block. `<` occurs only inside
/// JSON strings, where `\u003c` means the same: escaped, no text from the
/// data can close the element (`</script>`) or open a comment in it.
pub fn script(document: &Value) -> String {
    let json = serde_json::to_string(document).expect("JSON values always serialise");
    format!(
        "<script type=\"application/ld+json\">{}</script>\n",
        json.replace('<', "\\u003c")
    )
}

/// The page a file shows, from its path in the build: `fr/parks/x/index.html`
/// is a park's page in French; the site root shows the English home page and
/// `404.html` the English not-found page (see [`crate::pages`]). `None` for
/// any other file.
pub fn page_of(path: &str) -> Option<(Locale, Route)> {
    match path {
        "index.html" => Some((Locale::En, Route::Home)),
        "404.html" => Some((Locale::En, Route::NotFound("404".into()))),
        _ => Route::parse(&format!("/{}", path.strip_suffix("index.html")?)),
    }
}

/// Adds to every page file among `files` its structured data, at the end of
/// its head. Other files are left as they are.
pub fn add_to_pages(files: &mut [OutputFile], catalog: &Catalog, site: &Site) {
    for file in files {
        let Some((locale, route)) = page_of(&file.path) else {
            continue;
        };
        if let Some(end) = file.contents.find("</head>") {
            let data = script(&document(&route, locale, catalog, site));
            file.contents.insert_str(end, &data);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_text_can_close_the_script_element() {
        let html = script(&json!({ "name": "</script><script>alert(1)</script><!--" }));
        assert_eq!(html.matches("</script>").count(), 1);
        assert!(!html.contains("<!--"));
        let json = html
            .trim_start_matches("<script type=\"application/ld+json\">")
            .trim_end_matches("</script>\n");
        let value: Value = serde_json::from_str(json).unwrap();
        assert_eq!(value["name"], "</script><script>alert(1)</script><!--");
    }

    #[test]
    fn files_name_their_pages() {
        assert_eq!(
            page_of("zh/parks/chengdu/index.html"),
            Some((Locale::Zh, Route::Park("chengdu".into())))
        );
        assert_eq!(page_of("fr/index.html"), Some((Locale::Fr, Route::Home)));
        assert_eq!(page_of("index.html"), Some((Locale::En, Route::Home)));
        assert!(matches!(
            page_of("404.html"),
            Some((Locale::En, Route::NotFound(_)))
        ));
        for other in [
            "offline.html",
            "fr/feed.xml",
            "data/parks.csv",
            "fr/events/x/event.ics",
        ] {
            assert_eq!(page_of(other), None, "{other}");
        }
    }
}
