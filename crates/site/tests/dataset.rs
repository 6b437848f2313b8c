//! The shipped dataset, `public/data/portal.json`: it validates, every text a
//! visitor reads exists in the three languages, references resolve, and the
//! five source articles are all used and cited. The checks against the
//! articles' own text are in `seeds.rs`.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use crate::support::{dataset, FIGURES, SEEDS};
use portal_core::model::{Dataset, Localized, OrganisationKind, PartialDate, Party, Qualifier};

fn has_cjk(s: &str) -> bool {
    s.chars().any(|c| {
        matches!(c as u32,
            0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
    })
}

/// Every visitor-visible text, with where it is and whether its `zh` is prose
/// (which must be written in Chinese characters) or a proper name that may
/// stay in Latin letters (a company's name, say).
fn texts(d: &Dataset) -> Vec<(String, &Localized, bool)> {
    let mut v: Vec<(String, &Localized, bool)> = Vec::new();
    for (i, s) in d.sources.iter().enumerate() {
        v.push((format!("sources[{i}].title"), &s.title, true));
        if let Some(p) = &s.publisher {
            v.push((format!("sources[{i}].publisher"), p, false));
        }
        if let Some(n) = &s.note {
            v.push((format!("sources[{i}].note"), n, true));
        }
    }
    for (i, t) in d.topics.iter().enumerate() {
        v.push((format!("topics[{i}].name"), &t.name, true));
    }
    for (i, p) in d.parks.iter().enumerate() {
        v.push((format!("parks[{i}].name"), &p.name, true));
        v.push((format!("parks[{i}].city"), &p.city, true));
        v.push((format!("parks[{i}].region"), &p.region, true));
        v.push((format!("parks[{i}].description"), &p.description, true));
        for (j, f) in p.figures.iter().enumerate() {
            v.push((format!("parks[{i}].figures[{j}].label"), &f.label, true));
        }
        if let Some(n) = &p.note {
            v.push((format!("parks[{i}].note"), n, true));
        }
    }
    for (i, o) in d.organisations.iter().enumerate() {
        let name_is_prose = o.kind != OrganisationKind::Company;
        v.push((format!("organisations[{i}].name"), &o.name, name_is_prose));
        v.push((
            format!("organisations[{i}].description"),
            &o.description,
            true,
        ));
        if let Some(n) = &o.note {
            v.push((format!("organisations[{i}].note"), n, true));
        }
    }
    for (i, p) in d.people.iter().enumerate() {
        v.push((format!("people[{i}].role"), &p.role, true));
        if let Some(n) = &p.note {
            v.push((format!("people[{i}].note"), n, true));
        }
    }
    for (i, a) in d.agreements.iter().enumerate() {
        v.push((format!("agreements[{i}].title"), &a.title, true));
        v.push((format!("agreements[{i}].summary"), &a.summary, true));
        if let Some(p) = &a.place {
            v.push((format!("agreements[{i}].place"), p, true));
        }
        if let Some(n) = &a.note {
            v.push((format!("agreements[{i}].note"), n, true));
        }
    }
    for (i, e) in d.events.iter().enumerate() {
        v.push((format!("events[{i}].title"), &e.title, true));
        v.push((format!("events[{i}].summary"), &e.summary, true));
        for (j, o) in e.outcomes.iter().enumerate() {
            v.push((format!("events[{i}].outcomes[{j}]"), o, true));
        }
        if let Some(p) = &e.place {
            v.push((format!("events[{i}].place"), p, true));
        }
        if let Some(n) = &e.note {
            v.push((format!("events[{i}].note"), n, true));
        }
    }
    v
}

#[test]
fn the_shipped_dataset_validates() {
    let d = dataset();
    assert_eq!(d.version, 1);
    assert_eq!(d.sources.len(), 5);
    assert!(d.parks.len() >= 9);
    assert!(!d.organisations.is_empty() && !d.people.is_empty());
    assert!(!d.agreements.is_empty() && !d.events.is_empty());
}

#[test]
fn every_visitor_visible_text_is_in_three_languages() {
    let d = dataset();
    let texts = texts(&d);
    assert!(texts.len() > 200);
    for (path, t, _) in &texts {
        for (lang, s) in [("fr", &t.fr), ("en", &t.en), ("zh", &t.zh)] {
            assert!(!s.trim().is_empty(), "{path}.{lang} is empty");
            assert_eq!(s.trim(), s.as_str(), "{path}.{lang} has stray spaces");
        }
    }
}

#[test]
fn chinese_prose_is_written_in_chinese() {
    let d = dataset();
    let mut bad = Vec::new();
    for (path, t, prose) in texts(&d) {
        if prose && !has_cjk(&t.zh) {
            bad.push(format!("{path}.zh = {:?}", t.zh));
        }
        // And the French and English are not left in Chinese only.
        for (lang, s) in [("fr", &t.fr), ("en", &t.en)] {
            if !s.chars().any(|c| c.is_ascii_alphabetic()) {
                bad.push(format!("{path}.{lang} = {s:?}"));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "texts in the wrong script:\n{}",
        bad.join("\n")
    );
}

#[test]
fn chinese_zones_have_their_chinese_name_and_sophia_its_own() {
    let d = dataset();
    for p in &d.parks {
        if p.country == "CN" {
            assert!(has_cjk(&p.local_name), "{}: {}", p.id, p.local_name);
        }
    }
    let park = |id: &str| d.parks.iter().find(|p| p.id == id).unwrap();
    assert_eq!(park("sophia-antipolis").local_name, "Sophia Antipolis");
    assert_eq!(
        park("chengdu-hi-tech-zone").local_name,
        "成都高新技术产业开发区"
    );
    assert_eq!(
        park("qingdao-hi-tech-zone").local_name,
        "青岛国家高新技术产业开发区"
    );
    assert_eq!(park("shenfu-demonstration-zone").local_name, "沈抚示范区");
    assert_eq!(park("zhangjiang-hi-tech-park").local_name, "张江高科技园区");
    assert_eq!(
        park("shenzhen-science-technology-industrial-park").local_name,
        "深圳科技工业园"
    );
    assert_eq!(
        park("xian-hi-tech-zone").local_name,
        "西安高新技术产业开发区"
    );
    assert_eq!(park("jiangning-development-zone").local_name, "江宁开发区");
}

/// One name per thing: the names of a park or an organisation in the three
/// languages, and its official name in Chinese, carry the same qualifiers,
/// so that "National" in English is « nationale » in French and 国家 in
/// Chinese, or none of them says it.
#[test]
fn each_name_carries_the_same_qualifiers_in_every_language() {
    /// A qualifier, and how English, French and Chinese write it.
    type Qualifier = (
        &'static str,
        &'static [&'static str],
        &'static [&'static str],
        &'static [&'static str],
    );
    const QUALIFIERS: [Qualifier; 5] = [
        ("national", &["national"], &["national"], &["国家"]),
        ("economic", &["economic"], &["économique"], &["经济"]),
        (
            "demonstration",
            &["demonstration", "pilot"],
            &["démonstration", "pilote"],
            &["示范"],
        ),
        ("reform", &["reform"], &["réforme"], &["改革"]),
        (
            "development",
            &["development"],
            &["développement"],
            &["开发"],
        ),
    ];
    let d = dataset();
    let mut names: Vec<(&str, &Localized, Option<&str>)> = Vec::new();
    names.extend(
        d.parks
            .iter()
            .map(|p| (p.id.as_str(), &p.name, Some(p.local_name.as_str()))),
    );
    names.extend(
        d.organisations
            .iter()
            .map(|o| (o.id.as_str(), &o.name, o.local_name.as_deref())),
    );
    let has = |text: &str, words: &[&str]| {
        let text = text.to_lowercase();
        words.iter().any(|w| text.contains(w))
    };
    let mut disagreeing = Vec::new();
    for (id, name, local) in names {
        for (qualifier, en, fr, zh) in QUALIFIERS {
            let mut found = vec![has(&name.en, en), has(&name.fr, fr), has(&name.zh, zh)];
            if let Some(local) = local.filter(|l| has_cjk(l)) {
                found.push(has(local, zh));
            }
            if found.iter().any(|f| *f != found[0]) {
                disagreeing.push(format!(
                    "{id}: `{qualifier}` in {found:?} of en, fr, zh (and the official name): {} | {} | {} | {local:?}",
                    name.en, name.fr, name.zh
                ));
            }
        }
    }
    assert!(disagreeing.is_empty(), "{}", disagreeing.join("\n"));
}

/// Every official name says its language, so that a page in another language
/// can mark it (`lang="…"`): a name in Chinese characters is `zh-Hans`, a name
/// in Latin letters is not Chinese at all.
#[test]
fn every_local_name_is_tagged_with_its_language() {
    let d = dataset();
    let mut names: Vec<(String, &str, &str)> = Vec::new();
    for p in &d.parks {
        names.push((format!("park {}", p.id), &p.local_name, &p.local_name_lang));
    }
    for o in &d.organisations {
        match (&o.local_name, &o.local_name_lang) {
            (Some(name), Some(lang)) => names.push((format!("organisation {}", o.id), name, lang)),
            (None, None) => {}
            (name, lang) => panic!(
                "organisation {}: local_name {name:?} but local_name_lang {lang:?}",
                o.id
            ),
        }
    }
    assert!(names.len() >= 12, "{names:#?}");
    let mut bad = Vec::new();
    for (record, name, lang) in &names {
        let latin = name.chars().any(|c| c.is_ascii_alphabetic());
        if has_cjk(name) && latin {
            bad.push(format!("{record}: {name:?} mixes scripts"));
        } else if has_cjk(name) && *lang != "zh-Hans" {
            bad.push(format!(
                "{record}: {name:?} is tagged {lang:?}, not \"zh-Hans\""
            ));
        } else if !has_cjk(name) && (*lang == "zh" || lang.starts_with("zh-")) {
            bad.push(format!(
                "{record}: {name:?} is in Latin letters but tagged {lang:?}"
            ));
        }
    }
    assert!(
        bad.is_empty(),
        "local names with the wrong language:\n{}",
        bad.join("\n")
    );

    let lang_of = |record: &str| {
        names
            .iter()
            .find(|(r, _, _)| r == record)
            .unwrap_or_else(|| panic!("no local name for {record}"))
            .2
    };
    for (record, lang) in [
        ("park sophia-antipolis", "fr"),
        ("park barcelona-science-park", "ca"),
        ("park chengdu-hi-tech-zone", "zh-Hans"),
        ("organisation fondation-sophia-antipolis", "fr"),
        ("organisation symisa", "fr"),
        (
            "organisation university-of-health-and-rehabilitation-sciences",
            "zh-Hans",
        ),
    ] {
        assert_eq!(lang_of(record), lang, "{record}");
    }
    for p in &d.parks {
        if p.country == "CN" {
            assert_eq!(p.local_name_lang, "zh-Hans", "{}", p.id);
        }
    }
}

#[test]
fn every_reference_resolves() {
    let d = dataset();
    let ids = |v: Vec<&String>| -> HashSet<String> { v.into_iter().cloned().collect() };
    let sources = ids(d.sources.iter().map(|x| &x.id).collect());
    let topics = ids(d.topics.iter().map(|x| &x.id).collect());
    let parks = ids(d.parks.iter().map(|x| &x.id).collect());
    let orgs = ids(d.organisations.iter().map(|x| &x.id).collect());
    let people = ids(d.people.iter().map(|x| &x.id).collect());
    let agreements = ids(d.agreements.iter().map(|x| &x.id).collect());
    let events = ids(d.events.iter().map(|x| &x.id).collect());

    let check = |set: &HashSet<String>, id: &str, what: &str| {
        assert!(set.contains(id), "{what} `{id}` does not exist");
    };
    let party = |p: &Party| match p {
        Party::Park(id) => check(&parks, id, "park"),
        Party::Organisation(id) => check(&orgs, id, "organisation"),
    };
    let cite = |list: &[String]| {
        assert!(!list.is_empty(), "a record has no source");
        for s in list {
            check(&sources, s, "source");
        }
    };

    for p in &d.parks {
        p.sectors.iter().for_each(|t| check(&topics, t, "topic"));
        p.figures.iter().for_each(|f| cite(&f.sources));
        cite(&p.sources);
    }
    for o in &d.organisations {
        if let Some(p) = &o.park {
            check(&parks, p, "park");
        }
        o.sectors.iter().for_each(|t| check(&topics, t, "topic"));
        cite(&o.sources);
    }
    for p in &d.people {
        if let Some(o) = &p.organisation {
            check(&orgs, o, "organisation");
        }
        if let Some(pk) = &p.park {
            check(&parks, pk, "park");
        }
        cite(&p.sources);
    }
    for a in &d.agreements {
        a.parties.iter().for_each(party);
        a.topics.iter().for_each(|t| check(&topics, t, "topic"));
        if let Some(e) = &a.event {
            check(&events, e, "event");
            let event = d.events.iter().find(|x| &x.id == e).unwrap();
            assert!(
                event.agreements.contains(&a.id),
                "{e} does not list {}",
                a.id
            );
        }
        cite(&a.sources);
    }
    for e in &d.events {
        e.organisers.iter().chain(&e.participants).for_each(party);
        e.people.iter().for_each(|p| check(&people, p, "person"));
        e.agreements
            .iter()
            .for_each(|a| check(&agreements, a, "agreement"));
        e.parks.iter().for_each(|p| check(&parks, p, "park"));
        e.topics.iter().for_each(|t| check(&topics, t, "topic"));
        cite(&e.sources);
    }
}

/// Source id → the ids of every record (and key figure's park) citing it.
fn citations(d: &Dataset) -> BTreeMap<&str, BTreeSet<String>> {
    let mut map: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    let mut add = |sources: &[String], record: String| {
        for s in sources {
            map.entry(d.sources.iter().find(|x| &x.id == s).unwrap().id.as_str())
                .or_default()
                .insert(record.clone());
        }
    };
    for p in &d.parks {
        add(&p.sources, format!("park:{}", p.id));
        for f in &p.figures {
            add(&f.sources, format!("figure:{}", p.id));
        }
    }
    for o in &d.organisations {
        add(&o.sources, format!("organisation:{}", o.id));
    }
    for p in &d.people {
        add(&p.sources, format!("person:{}", p.id));
    }
    for a in &d.agreements {
        add(&a.sources, format!("agreement:{}", a.id));
    }
    for e in &d.events {
        add(&e.sources, format!("event:{}", e.id));
    }
    map
}

#[test]
fn each_seed_article_is_a_source_cited_by_records() {
    let d = dataset();
    let cited = citations(&d);
    for seed in SEEDS {
        let source = d
            .sources
            .iter()
            .find(|s| s.seed == seed)
            .unwrap_or_else(|| panic!("no source for the seed {seed}"));
        let records = cited.get(source.id.as_str()).cloned().unwrap_or_default();
        assert!(
            records.len() >= 5,
            "{seed} ({}) is cited by only {records:?}",
            source.id
        );
    }
}

#[test]
fn each_source_is_cited_by_the_records_drawn_from_it() {
    let d = dataset();
    let cited = citations(&d);
    let expect: [(&str, &[&str]); 5] = [
        (
            "000_0275e5c52c08726a.txt",
            &[
                "park:sophia-antipolis",
                "park:chengdu-hi-tech-zone",
                "figure:chengdu-hi-tech-zone",
                "organisation:fondation-sophia-antipolis",
                "organisation:chengdu-eu-project-innovation-center",
                "organisation:skema-business-school",
                "organisation:sichuan-aos",
                "person:liu-yandong",
                "person:pierre-laffitte",
                "agreement:sophia-chengdu-sister-parks-2016",
                "event:franco-chinese-forum-future-leaders-2016",
                "event:chinhui-cup-2016",
                "event:chinese-matchmaking-2016",
            ],
        ),
        (
            "001_e616c3d33100e524.txt",
            &[
                "park:jiangning-development-zone",
                "organisation:symisa",
                "person:jean-pierre-mascarelli",
                "person:dominique-de-villepin",
                "person:yao-jinyuan",
                "agreement:fsa-jiangning-strategic-cooperation",
                "event:china-france-innovation-cooperation-forum-2021",
            ],
        ),
        (
            "002_986bb0c1a2dac203.txt",
            &[
                "park:zhangjiang-hi-tech-park",
                "park:shenzhen-science-technology-industrial-park",
                "park:xian-hi-tech-zone",
                "park:barcelona-science-park",
                "person:philippe-mariani",
                "agreement:chengdu-technology-parks-declaration-2017",
                "agreement:sophia-chengdu-sister-parks-2016",
                "event:chengdu-technology-parks-summit-2017",
                "event:global-innovation-entrepreneurship-fair-2017",
            ],
        ),
        (
            "003_20d794eed928c2e8.txt",
            &[
                "park:qingdao-hi-tech-zone",
                "organisation:university-of-health-and-rehabilitation-sciences",
                "organisation:european-first-class-parks-qingdao-center",
                "organisation:fair-vision",
                "organisation:epicnpoc",
                "organisation:finwedge",
                "agreement:fsa-qingdao-cooperation",
                "event:european-first-class-parks-online-summit",
                "event:sophia-antipolis-innovation-roadshow-ai-ict",
            ],
        ),
        (
            "004_2f534a846d59b422.txt",
            &[
                "park:shenfu-demonstration-zone",
                "organisation:aifc",
                "organisation:china-europe-jiangyin-cooperation-centre",
                "organisation:ustc-silicon-valley",
                "organisation:ustc-silicon-valley-paris-centre",
                "organisation:chinese-academy-of-sciences",
                "person:zhu-hongyu",
                "person:shao-hui",
                "person:shi-jianqi",
                "person:dou-dou",
                "person:hui-qi",
                "agreement:shenfu-aifc-cooperation-intention-2025",
                "event:shenfu-aifc-meeting-2025",
                "event:french-delegation-to-china-2025",
                "event:amiens-international-fair",
                "event:paris-agricultural-show-2026",
            ],
        ),
    ];
    for (seed, records) in expect {
        let source = d.sources.iter().find(|s| s.seed == seed).unwrap();
        let cited_by = &cited[source.id.as_str()];
        for r in records {
            assert!(cited_by.contains(*r), "{r} does not cite {}", source.id);
        }
    }
    // And every source is cited at all.
    for s in &d.sources {
        assert!(
            cited.contains_key(s.id.as_str()),
            "{} is cited by nothing",
            s.id
        );
    }
}

#[test]
fn every_topic_is_used() {
    let d = dataset();
    let mut used: HashSet<&str> = HashSet::new();
    for p in &d.parks {
        used.extend(p.sectors.iter().map(String::as_str));
    }
    for o in &d.organisations {
        used.extend(o.sectors.iter().map(String::as_str));
    }
    for a in &d.agreements {
        used.extend(a.topics.iter().map(String::as_str));
    }
    for e in &d.events {
        used.extend(e.topics.iter().map(String::as_str));
    }
    for t in &d.topics {
        assert!(used.contains(t.id.as_str()), "topic {} is unused", t.id);
    }
}

#[test]
fn facts_the_articles_give_are_recorded_as_given() {
    let d = dataset();
    let park = |id: &str| d.parks.iter().find(|p| p.id == id).unwrap();
    let agreement = |id: &str| d.agreements.iter().find(|a| a.id == id).unwrap();
    let event = |id: &str| d.events.iter().find(|e| e.id == id).unwrap();
    let date = |year, month, day| PartialDate { year, month, day };

    assert_eq!(
        park("qingdao-hi-tech-zone").founded,
        Some(date(1992, Some(11), None))
    );
    let chengdu = park("chengdu-hi-tech-zone");
    for value in [2000.0, 168.0, 2_800_000.0] {
        let f = chengdu.figures.iter().find(|f| f.value == value).unwrap();
        assert!(f.label.en.contains("Sichuan District"), "{:?}", f.label);
    }
    let sister = agreement("sophia-chengdu-sister-parks-2016");
    assert_eq!(sister.date.unwrap().from, date(2016, Some(7), Some(2)));
    assert!(sister.note.as_ref().unwrap().en.contains("Saturday"));
    assert!(agreement("fsa-jiangning-strategic-cooperation")
        .date
        .is_none());

    let forum = event("china-france-innovation-cooperation-forum-2021");
    assert_eq!(forum.date.unwrap().from, date(2021, Some(6), Some(24)));
    assert_eq!(forum.attendance.unwrap().count, 400);
    assert_eq!(
        forum.attendance.unwrap().qualifier,
        Some(Qualifier::MoreThan),
        "seed 001: “over 400 participants”"
    );
    let summit = event("chengdu-technology-parks-summit-2017")
        .attendance
        .unwrap();
    assert_eq!(
        (summit.count, summit.qualifier),
        (80, Some(Qualifier::About)),
        "seed 002: “about 80 representatives”"
    );

    let show = event("paris-agricultural-show-2026");
    assert_eq!(show.date.unwrap().from, date(2026, Some(2), None));
    assert!(show.note.as_ref().unwrap().en.contains("2025 agenda"));
    assert!(event("amiens-international-fair").date.is_none());
    assert_eq!(
        event("french-delegation-to-china-2025").date.unwrap().from,
        date(2025, Some(11), None)
    );

    let shi = d.people.iter().find(|p| p.id == "shi-jianqi").unwrap();
    assert_eq!(shi.native_name, "石槙琦");
    assert!(shi.note.as_ref().unwrap().en.contains("Shi Jianqi"));

    // The website footer of seed 000 is not part of the dataset.
    let all = serde_json::to_string(&d).unwrap();
    for footer in [
        "Tour de France",
        "Nice Climate Summit",
        "IBT 2024",
        "Océans",
    ] {
        assert!(!all.contains(footer), "{footer} leaked into the dataset");
    }
    // No web addresses anywhere.
    for scheme in ["http://", "https://", "www."] {
        assert!(
            !all.contains(scheme),
            "a web address ({scheme}) in the dataset"
        );
    }
}

/// Every number the dataset gives, with its qualifier and the article's own
/// words for it: "more than", "over", "about", "environ", "plus de" become a
/// qualifier, a bare number does not (168 incubators, one fifth, 160 companies).
/// A figure added to the dataset must be added here, with its wording.
#[test]
fn numbers_are_qualified_as_the_articles_word_them() {
    let expected = FIGURES;

    let d = dataset();
    // (record, value, qualifier, sources) for every figure and attendance.
    let mut actual: Vec<(&str, f64, Option<Qualifier>, &[String])> = Vec::new();
    for p in &d.parks {
        for f in &p.figures {
            actual.push((&p.id, f.value, f.qualifier, &f.sources));
        }
    }
    for e in &d.events {
        if let Some(a) = e.attendance {
            actual.push((&e.id, f64::from(a.count), a.qualifier, &e.sources));
        }
    }
    let listed: Vec<_> = expected.iter().map(|(r, v, q, _)| (*r, *v, *q)).collect();
    let found: Vec<_> = actual.iter().map(|(r, v, q, _)| (*r, *v, *q)).collect();
    assert_eq!(found, listed);
}
