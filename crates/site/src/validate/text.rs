//! Paths, values in messages, ids and language tags.

use serde_json::Value;

use super::MAX_ID_CHARS;

pub(super) enum Step {
    Key(String),
    Index(usize),
}

/// The steps of a path as [`child`] and `[i]` write them: `$.parks[2].name`.
pub(super) fn steps(path: &str) -> Vec<Step> {
    let mut out = Vec::new();
    let mut rest = path.strip_prefix('$').unwrap_or(path);
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('.') {
            let end = after.find(['.', '[']).unwrap_or(after.len());
            out.push(Step::Key(after[..end].to_string()));
            rest = &after[end..];
        } else if let Some(after) = rest.strip_prefix("[\"") {
            // A quoted key: `["odd key"]`.
            let end = after.find("\"]").unwrap_or(after.len());
            out.push(Step::Key(after[..end].to_string()));
            rest = after.get(end + 2..).unwrap_or("");
        } else if let Some(after) = rest.strip_prefix('[') {
            let end = after.find(']').unwrap_or(after.len());
            out.push(Step::Index(after[..end].parse().unwrap_or(usize::MAX)));
            rest = after.get(end + 1..).unwrap_or("");
        } else {
            break;
        }
    }
    out
}

/// A JSON Pointer (`/parks/2/name`), as the schema validator gives a place,
/// written as a path (`$.parks[2].name`).
pub(super) fn pointer_to_path(pointer: &str) -> String {
    let mut path = String::from("$");
    for segment in pointer.split('/').skip(1) {
        let segment = segment.replace("~1", "/").replace("~0", "~");
        match segment.parse::<usize>() {
            Ok(i) if !segment.starts_with('+') => path.push_str(&format!("[{i}]")),
            _ => path = child(&path, &segment),
        }
    }
    path
}

/// The path of a field of the object at `path`.
pub(super) fn child(path: &str, key: &str) -> String {
    let plain = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        && !key.starts_with(|c: char| c.is_ascii_digit());
    if plain {
        format!("{path}.{key}")
    } else {
        format!("{path}[{}]", Value::String(key.to_string()))
    }
}

pub(super) fn describe(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// A value as it appears in a message.
pub(super) fn short(v: &Value) -> String {
    match v {
        Value::String(s) => format!("`{s}`"),
        other => {
            let text = other.to_string();
            if text.chars().count() > 60 {
                format!("{}…", text.chars().take(60).collect::<String>())
            } else {
                text
            }
        }
    }
}

/// Why `id` is not a slug (`[a-z0-9]+(-[a-z0-9]+)*`), or `None` when it is one.
pub(crate) fn slug_problem(id: &str) -> Option<String> {
    if id.chars().count() > MAX_ID_CHARS {
        return Some(format!("an id has at most {MAX_ID_CHARS} characters"));
    }
    let rule = "use lower-case letters a-z, digits and single hyphens, e.g. `chengdu-hi-tech-zone`";
    let why = if id.contains('/') || id.contains('\\') {
        "it contains a slash"
    } else if id.contains("..") {
        "it contains `..`"
    } else if id.chars().any(char::is_whitespace) {
        "it contains a space"
    } else if id.chars().any(char::is_uppercase) {
        "it contains upper-case letters"
    } else if id.starts_with('-') || id.ends_with('-') {
        "it starts or ends with a hyphen"
    } else if id.contains("--") {
        "it contains a double hyphen"
    } else if !id
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        "it contains a character other than a-z, 0-9 and `-`"
    } else {
        return None;
    };
    Some(format!("{why}; {rule}"))
}

/// Why `tag` is not a language tag of the kind the portal uses, or `None` when
/// it is one. The accepted tags are a simple subset of BCP 47: a language
/// subtag of 2 or 3 lower-case letters (`fr`, `ca`, `zh`), then optionally a
/// script subtag of 4 letters with a capital first (`Hans`) and/or a region
/// subtag of 2 capital letters (`CN`), joined by hyphens: `zh-Hans-CN`.
pub(crate) fn language_tag_problem(tag: &str) -> Option<String> {
    if tag.contains('_') {
        return Some("subtags are joined by a hyphen `-`, not an underscore `_`".into());
    }
    if tag.chars().any(char::is_whitespace) {
        return Some("it contains a space".into());
    }
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or("");
    if !(2..=3).contains(&language.len()) || !language.bytes().all(|b| b.is_ascii_alphabetic()) {
        return Some(format!(
            "it must start with a language code of 2 or 3 letters (ISO 639, e.g. `fr`, `ca`, `zh`), not `{language}`"
        ));
    }
    if !language.bytes().all(|b| b.is_ascii_lowercase()) {
        return Some(format!(
            "the language code is written in lower case (`{}`, not `{language}`)",
            language.to_ascii_lowercase()
        ));
    }
    let mut seen_script = false;
    let mut seen_region = false;
    for part in parts {
        let letters = !part.is_empty() && part.bytes().all(|b| b.is_ascii_alphabetic());
        let why = if !letters {
            format!("`{part}` is neither a script (e.g. `Hans`) nor a region (e.g. `CN`)")
        } else if part.len() == 4 && !seen_script && !seen_region {
            let mut chars = part.chars();
            let first_upper = chars.next().is_some_and(|c| c.is_ascii_uppercase());
            if first_upper && chars.all(|c| c.is_ascii_lowercase()) {
                seen_script = true;
                continue;
            }
            let fixed: String = part
                .char_indices()
                .map(|(i, c)| {
                    if i == 0 {
                        c.to_ascii_uppercase()
                    } else {
                        c.to_ascii_lowercase()
                    }
                })
                .collect();
            format!("a script is written with a capital first (`{fixed}`, not `{part}`)")
        } else if part.len() == 2 && !seen_region {
            if part.bytes().all(|b| b.is_ascii_uppercase()) {
                seen_region = true;
                continue;
            }
            format!(
                "a region is written in capitals (`{}`, not `{part}`)",
                part.to_ascii_uppercase()
            )
        } else if part.len() == 4 || part.len() == 2 {
            format!("`{part}` is out of place: the script comes before the region, and each at most once")
        } else {
            format!("`{part}` is neither a script (4 letters, e.g. `Hans`) nor a region (2 letters, e.g. `CN`)")
        };
        return Some(why);
    }
    None
}
