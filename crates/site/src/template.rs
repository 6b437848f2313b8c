//! The scripts the generator writes (the offline worker, the page loader)
//! are template files under `crates/site/templates/`, read at compile time,
//! with named placeholders (`{{name}}`) filled in here.

/// `template` with each `{{name}}` replaced by its value. Panics if a
/// placeholder is left unfilled or a value is not used: a mismatch between a
/// template and its caller is a bug, found by the tests.
pub fn fill(template: &str, values: &[(&str, String)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        let placeholder = format!("{{{{{name}}}}}");
        assert!(
            out.contains(&placeholder),
            "no {placeholder} in the template"
        );
        out = out.replace(&placeholder, value);
    }
    assert!(!out.contains("{{"), "a placeholder is left unfilled: {out}");
    out
}

#[cfg(test)]
mod tests {
    use super::fill;

    #[test]
    fn placeholders_are_filled_by_name() {
        let filled = fill(
            "a {{x}} b {{y}} {{x}}",
            &[("x", "1".into()), ("y", "\"2\"".into())],
        );
        assert_eq!(filled, "a 1 b \"2\" 1");
    }

    #[test]
    #[should_panic(expected = "left unfilled")]
    fn a_placeholder_left_over_is_a_bug() {
        fill("a {{x}} {{z}}", &[("x", "1".into())]);
    }
}
