//! The structured data (schema.org, JSON-LD) of every page in every language,
//! from the shipped dataset, compared with the dataset read as plain JSON
//! (not through the portal's model): the types of each kind of page, names
//! as the page's heading and breadcrumbs give them, dates at the data's
//! precision; and the data block in the page files, where it cannot break
//! out of its element or weaken the Content-Security-Policy.

use crate::support;

use std::collections::BTreeSet;

use crate::support::{catalog, catalog_of, page_paths, shipped_text};
use portal_core::address::route::Info;
use portal_core::address::Site;
use portal_core::{Key, Locale, Route};
use portal_site::head::content_security_policy;
use portal_site::structured_data::{add_to_pages, document, script};
use portal_site::OutputFile;
use serde_json::{json, Value};

const BASE: &str = "https://owner.github.io/portal/";

fn site() -> Site {
    Site::parse(BASE).unwrap()
}

fn dataset_json() -> Value {
    serde_json::from_str(&shipped_text()).unwrap()
}

/// A record of the dataset file by section and id.
fn record<'a>(json: &'a Value, section: &str, id: &str) -> &'a Value {
    json[section]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == id)
        .unwrap()
}

/// ISO 8601 at the data's precision.
fn iso(date: &Value) -> String {
    let year = date["year"].as_i64().unwrap();
    match (date["month"].as_i64(), date["day"].as_i64()) {
        (Some(m), Some(d)) => format!("{year:04}-{m:02}-{d:02}"),
        (Some(m), None) => format!("{year:04}-{m:02}"),
        _ => format!("{year:04}"),
    }
}

/// The page's heading, as `page_files.rs` expects it.
fn heading(record: &Value, locale: Locale) -> String {
    support::record_heading(record, locale)
}

/// The nodes of a document's graph with this type (alone or among others).
fn nodes<'a>(doc: &'a Value, kind: &str) -> Vec<&'a Value> {
    doc["@graph"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| match &n["@type"] {
            Value::String(t) => t == kind,
            Value::Array(ts) => ts.iter().any(|t| t == kind),
            _ => false,
        })
        .collect()
}

fn one<'a>(doc: &'a Value, kind: &str) -> &'a Value {
    let found = nodes(doc, kind);
    assert_eq!(found.len(), 1, "{kind} in {doc}");
    found[0]
}

/// The breadcrumbs' (name, address) in order.
fn trail(doc: &Value) -> Vec<(String, Option<String>)> {
    let list = one(doc, "BreadcrumbList");
    list["itemListElement"]
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
        .map(|(i, item)| {
            assert_eq!(item["@type"], "ListItem");
            assert_eq!(item["position"], i + 1);
            (
                item["name"].as_str().unwrap().to_string(),
                item["item"].as_str().map(str::to_string),
            )
        })
        .collect()
}

/// schema.org's type for each kind of organisation, as the portal argues it.
fn organisation_type(kind: &str) -> &'static str {
    match kind {
        "foundation" | "association" => "NGO",
        "university" => "CollegeOrUniversity",
        "company" => "Corporation",
        "government" => "GovernmentOrganization",
        "innovation-centre" | "network" => "Organization",
        other => panic!("a new kind of organisation: {other}"),
    }
}

/// Checks a record page's document against the dataset file.
fn check_record(doc: &Value, section: &str, id: &str, locale: Locale, json: &Value) {
    let lang = locale.code();
    let data = record(json, section, id);
    let url = format!("{BASE}{lang}/{section}/{id}/");
    let kind = match section {
        "parks" => "Place",
        "events" => "Event",
        "agreements" => "CreativeWork",
        _ => organisation_type(data["kind"].as_str().unwrap()),
    };
    let node = one(doc, kind);
    assert_eq!(node["name"], heading(data, locale), "{url}");
    assert_eq!(node["url"], url);
    let sources: Vec<String> = data["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| format!("{BASE}{lang}/sources/#{}", s.as_str().unwrap()))
        .collect();
    assert_eq!(node["isBasedOn"], json!(sources), "{url}");
    match section {
        "parks" => {
            assert_eq!(node["geo"]["latitude"], data["location"]["lat"]);
            assert_eq!(node["geo"]["longitude"], data["location"]["lon"]);
            assert_eq!(node["address"]["addressCountry"], data["country"]);
            assert_eq!(node["address"]["addressLocality"], data["city"][lang]);
        }
        "events" => {
            let date = data.get("date").filter(|d| !d.is_null());
            assert_eq!(
                node["startDate"].as_str().map(str::to_string),
                date.map(|d| iso(&d["from"])),
                "{url}"
            );
            assert_eq!(
                node["endDate"].as_str().map(str::to_string),
                date.and_then(|d| d.get("to"))
                    .filter(|t| !t.is_null())
                    .map(iso),
            );
            let mode = match data["format"].as_str().unwrap() {
                "on-site" => "Offline",
                "online" => "Online",
                _ => "Mixed",
            };
            assert_eq!(
                node["eventAttendanceMode"],
                format!("https://schema.org/{mode}EventAttendanceMode")
            );
            assert_eq!(node["eventStatus"], "https://schema.org/EventScheduled");
            let organisers = data["organisers"].as_array().unwrap().len();
            assert_eq!(node["organizer"].as_array().map_or(0, Vec::len), organisers);
            // Each person the event names, linked to their page.
            let attendees: Vec<String> = node["attendee"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|p| p["url"].as_str().unwrap().to_string())
                .collect();
            let people: Vec<String> = data["people"]
                .as_array()
                .unwrap()
                .iter()
                .map(|id| format!("{BASE}{lang}/people/{}/", id.as_str().unwrap()))
                .collect();
            assert_eq!(attendees, people, "{url}");
            if let Some(at) = data.get("location").filter(|l| !l.is_null()) {
                assert_eq!(node["location"]["geo"]["latitude"], at["lat"], "{url}");
            }
        }
        "agreements" => {
            let parties = data["parties"].as_array().unwrap().len();
            assert_eq!(node["creator"].as_array().unwrap().len(), parties);
            if let Some(date) = data.get("date").filter(|d| !d.is_null()) {
                match date.get("to").filter(|t| !t.is_null()) {
                    None => assert_eq!(node["dateCreated"], iso(&date["from"])),
                    Some(to) => assert_eq!(
                        node["temporalCoverage"],
                        format!("{}/{}", iso(&date["from"]), iso(to))
                    ),
                }
            } else {
                assert!(node.get("dateCreated").is_none());
            }
        }
        _ => {}
    }
}

#[test]
fn every_page_has_breadcrumbs_and_the_types_of_its_kind() {
    let catalog = catalog();
    let json = dataset_json();
    let site = site();
    let routes = Route::all(&catalog);
    assert_eq!(
        routes.len(),
        page_paths().len(),
        "one route per page of the dataset file"
    );
    for locale in Locale::ALL {
        let lang = locale.code();
        let home = (
            locale.text(Key::NavHome).to_string(),
            Some(format!("{BASE}{lang}/")),
        );
        // The articles' entries on the sources page, which records are based on.
        let sources_doc = document(&Route::Sources, locale, &catalog, &site);
        let articles: BTreeSet<String> = nodes(&sources_doc, "Article")
            .iter()
            .map(|a| a["@id"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(articles.len(), json["sources"].as_array().unwrap().len());
        for route in &routes {
            let doc = document(route, locale, &catalog, &site);
            assert_eq!(doc["@context"]["@vocab"], "https://schema.org/");
            let path = route.path(locale);
            let url = format!("{BASE}{}", path.trim_start_matches('/'));
            let crumbs = trail(&doc);
            assert_eq!(crumbs[0], home, "{path}");
            let page = |kind: &str, title: Key| {
                let node = one(&doc, kind);
                assert_eq!(node["name"], locale.text(title), "{path}");
                assert_eq!(node["url"], url);
                assert_eq!(node["inLanguage"], locale.html_lang());
                assert_eq!(
                    crumbs,
                    [home.clone(), (locale.text(title).into(), Some(url.clone()))]
                );
            };
            match route {
                Route::Home => {
                    assert_eq!(one(&doc, "WebPage")["name"], locale.text(Key::HomeTitle));
                    assert_eq!(one(&doc, "WebSite")["url"], url);
                    assert_eq!(crumbs.len(), 1);
                    assert_eq!(crumbs[0], home);
                }
                Route::Parks => page("CollectionPage", Key::ParksTitle),
                Route::Agreements => page("CollectionPage", Key::AgreementsTitle),
                Route::Events => page("CollectionPage", Key::EventsTitle),
                Route::Organisations => page("CollectionPage", Key::OrganisationsTitle),
                Route::People => page("CollectionPage", Key::PeopleTitle),
                Route::Person(id) => {
                    // A person: named as the page's heading, the other form
                    // of the name beside it, the articles naming them.
                    let data = record(&json, "people", id);
                    let person = catalog.person(id).unwrap();
                    let node = one(&doc, "Person");
                    assert_eq!(node["name"], person.name_in(locale), "{path}");
                    assert_eq!(node["url"], url);
                    assert_eq!(node["jobTitle"], data["role"][lang]);
                    let names = [person.native_name.as_str(), person.latin_name.as_str()];
                    for alternate in node["alternateName"].as_array().into_iter().flatten() {
                        assert!(names.contains(&alternate.as_str().unwrap()), "{path}");
                        assert_ne!(alternate, &node["name"]);
                    }
                    for source in node["subjectOf"].as_array().unwrap() {
                        assert!(articles.contains(source.as_str().unwrap()), "{path}");
                    }
                    assert_eq!(
                        crumbs,
                        [
                            home.clone(),
                            (
                                locale.text(Key::PeopleTitle).to_string(),
                                Some(format!("{BASE}{lang}/people/"))
                            ),
                            (person.name_in(locale), Some(url.clone())),
                        ],
                        "{path}"
                    );
                }
                Route::Topics => page("CollectionPage", Key::TopicsTitle),
                Route::Topic(id) => {
                    // A collection about the topic, a term of the topics page's set.
                    let name = catalog.topic(id).unwrap().name.get(locale);
                    let node = one(&doc, "CollectionPage");
                    assert_eq!(node["name"], name, "{path}");
                    assert_eq!(node["url"], url);
                    assert_eq!(node["about"]["@type"], "DefinedTerm");
                    assert_eq!(node["about"]["name"], name);
                    assert_eq!(
                        node["about"]["inDefinedTermSet"],
                        format!("{BASE}{lang}/topics/")
                    );
                    assert_eq!(
                        crumbs,
                        [
                            home.clone(),
                            (
                                locale.text(Key::TopicsTitle).to_string(),
                                Some(format!("{BASE}{lang}/topics/"))
                            ),
                            (name.to_string(), Some(url.clone())),
                        ],
                        "{path}"
                    );
                }
                Route::Timeline => page("CollectionPage", Key::TimelineTitle),
                Route::Sources => page("CollectionPage", Key::SourcesTitle),
                Route::Search => page("SearchResultsPage", Key::SearchTitle),
                Route::Map => page("WebPage", Key::MapTitle),
                Route::Info(info) => {
                    let kind = match info {
                        Info::About => "AboutPage",
                        Info::Contact => "ContactPage",
                        _ => "WebPage",
                    };
                    page(kind, info.title());
                    // Not a page of records: the data's date is not its own.
                    assert!(one(&doc, kind).get("dateModified").is_none(), "{path}");
                }
                Route::OpenData => {
                    page("WebPage", Key::OpenDataTitle);
                    assert_eq!(
                        one(&doc, "WebPage")["dateModified"],
                        iso_of(&json["updated"])
                    );
                    let dataset = one(&doc, "Dataset");
                    assert_eq!(dataset["dateModified"], iso_of(&json["updated"]));
                    assert_eq!(dataset["distribution"].as_array().unwrap().len(), 8);
                    assert!(dataset["license"]
                        .as_str()
                        .unwrap()
                        .starts_with("https://creativecommons.org/"));
                }
                Route::Park(id)
                | Route::Agreement(id)
                | Route::Event(id)
                | Route::Organisation(id) => {
                    let section = path.split('/').nth(2).unwrap();
                    check_record(&doc, section, id, locale, &json);
                    // Breadcrumbs as the page shows them: the list, then the
                    // record's name (an organisation's without its acronym).
                    let data = record(&json, section, id);
                    let name = data.get("title").unwrap_or(&data["name"])[lang]
                        .as_str()
                        .unwrap();
                    let list = Route::parse(&format!("/{lang}/{section}/")).unwrap().1;
                    let list_title =
                        portal_core::document::page_head(&list, locale, &catalog).title;
                    assert_eq!(
                        crumbs,
                        [
                            home.clone(),
                            (list_title, Some(format!("{BASE}{lang}/{section}/"))),
                            (name.to_string(), Some(url.clone())),
                        ],
                        "{path}"
                    );
                    let based_on = one(
                        &doc,
                        match section {
                            "parks" => "Place",
                            "events" => "Event",
                            "agreements" => "CreativeWork",
                            _ => organisation_type(data["kind"].as_str().unwrap()),
                        },
                    )["isBasedOn"]
                        .as_array()
                        .unwrap()
                        .clone();
                    for source in based_on {
                        assert!(
                            articles.contains(source.as_str().unwrap()),
                            "{path}: {source}"
                        );
                    }
                }
                Route::NotFound(_) => unreachable!("no page file names no page"),
            }
        }
    }
}

#[test]
fn a_park_is_an_organisation_where_it_acts_as_one() {
    let mut dataset = support::dataset();
    // A park that signs nothing and organises nothing is a place only.
    let quiet = dataset.parks[0].clone();
    dataset.parks.push(portal_core::model::Park {
        id: "quiet-park".into(),
        ..quiet
    });
    let catalog = catalog_of(dataset);
    let doc = |id: &str| document(&Route::Park(id.into()), Locale::En, &catalog, &site());
    assert_eq!(one(&doc("quiet-park"), "Place")["@type"], "Place");
    assert_eq!(
        one(&doc("sophia-antipolis"), "Place")["@type"],
        json!(["Place", "Organization"])
    );
}

#[test]
fn page_files_get_one_data_block_and_the_policy_is_unchanged() {
    let catalog = catalog();
    let template = "<html><head>\n<meta charset=\"utf-8\">\n<script type=\"module\">init()</script>\n</head><body></body></html>";
    let mut files: Vec<OutputFile> = Vec::new();
    for lang in ["fr", "en", "zh"] {
        for page in page_paths() {
            files.push(OutputFile {
                path: format!("{lang}/{page}index.html"),
                contents: template.into(),
            });
        }
    }
    for other in ["index.html", "404.html", "offline.html", "fr/feed.xml"] {
        files.push(OutputFile {
            path: other.into(),
            contents: template.into(),
        });
    }
    add_to_pages(&mut files, &catalog, &site());
    let open = "<script type=\"application/ld+json\">";
    for file in &files {
        let blocks = file.contents.matches(open).count();
        let expected = usize::from(!matches!(
            file.path.as_str(),
            "offline.html" | "fr/feed.xml"
        ));
        assert_eq!(blocks, expected, "{}", file.path);
        if expected == 1 {
            let start = file.contents.find(open).unwrap();
            assert!(
                start < file.contents.find("</head>").unwrap(),
                "{}",
                file.path
            );
            let body = &file.contents[start + open.len()..];
            let doc: Value =
                serde_json::from_str(&body[..body.find("</script>").unwrap()]).unwrap();
            assert!(!nodes(&doc, "BreadcrumbList").is_empty(), "{}", file.path);
        }
        // The data block is not a script to allow: the policy is the template's.
        assert_eq!(
            content_security_policy(&file.contents),
            content_security_policy(template)
        );
    }
    let not_found = files.iter().find(|f| f.path == "404.html").unwrap();
    assert!(not_found.contents.contains(&format!(
        "\"name\":\"{}\"",
        Locale::En.text(Key::NotFoundTitle)
    )));
}

#[test]
fn text_from_the_data_cannot_end_the_data_block() {
    let mut dataset = support::dataset();
    dataset.events[0].title.en = "</script><script>alert(1)</script><!--".into();
    let catalog = catalog_of(dataset);
    let id = catalog.data().events[0].id.clone();
    let html = script(&document(&Route::Event(id), Locale::En, &catalog, &site()));
    assert_eq!(html.matches("</script>").count(), 1);
    assert!(!html.contains("<script>") && !html.contains("<!--"));
}

/// A JSON date of the dataset (`{"year": 2026, "month": 11, "day": 30}`) as ISO 8601.
fn iso_of(date: &Value) -> String {
    format!(
        "{}-{:02}-{:02}",
        date["year"],
        date["month"].as_u64().unwrap(),
        date["day"].as_u64().unwrap()
    )
}
