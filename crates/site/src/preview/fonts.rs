//! The faces the preview images are drawn with, read from their files rather
//! than looked up among the machine's fonts, so that every build draws the
//! same images, and a build without Chinese faces stops instead of
//! publishing images with empty boxes for every character.

use std::sync::Arc;

use resvg::usvg::{fontdb, FontResolver, Options};

/// Latin text, as the portal shows it on Debian (its `system-ui`).
pub const LATIN: &str = "DejaVu Sans";
/// Chinese text: the Simplified Chinese face of the Noto CJK collection (its
/// Japanese, Korean and Traditional faces draw some characters otherwise).
pub const CHINESE: &str = "Noto Sans CJK SC";

/// Each face's file where Debian and Ubuntu install it, and its package;
/// `scripts/setup.sh` installs both packages.
const FILES: [(&str, &str); 4] = [
    (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "fonts-dejavu-core",
    ),
    (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        "fonts-dejavu-core",
    ),
    (
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "fonts-noto-cjk",
    ),
    (
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
        "fonts-noto-cjk",
    ),
];

/// How texts are laid out: the two families in regular and bold, and
/// nothing else, so a character one family lacks is drawn by the other in
/// the same weight (usvg's own fallback takes the first face that has it,
/// whatever its weight).
pub fn text_options() -> Result<Options<'static>, String> {
    let mut db = fontdb::Database::new();
    for (path, package) in FILES {
        let data = std::fs::read(path).map_err(|e| {
            format!("the preview images need {path} (Debian's {package}; scripts/setup.sh installs it): {e}")
        })?;
        db.load_font_data(data);
    }
    let others: Vec<fontdb::ID> = db
        .faces()
        .filter(|face| {
            !face
                .families
                .iter()
                .any(|(name, _)| [LATIN, CHINESE].contains(&name.as_str()))
        })
        .map(|face| face.id)
        .collect();
    for id in others {
        db.remove_face(id);
    }
    for family in [LATIN, CHINESE] {
        for weight in [fontdb::Weight::NORMAL, fontdb::Weight::BOLD] {
            let found = db.query(&fontdb::Query {
                families: &[fontdb::Family::Name(family)],
                weight,
                ..fontdb::Query::default()
            });
            if found.is_none_or(|id| db.face(id).is_none_or(|face| face.weight != weight)) {
                return Err(format!(
                    "no {family} face of weight {} in the font files {}",
                    weight.0,
                    FILES.map(|(path, _)| path).join(", ")
                ));
            }
        }
    }
    let mut options = Options {
        font_family: LATIN.to_string(),
        fontdb: Arc::new(db),
        ..Options::default()
    };
    options.font_resolver = FontResolver {
        select_fallback: Box::new(|_, used, db| {
            let weight = db.face(*used.first()?)?.weight;
            db.faces()
                .find(|face| face.weight == weight && !used.contains(&face.id))
                .map(|face| face.id)
        }),
        ..FontResolver::default()
    };
    Ok(options)
}
