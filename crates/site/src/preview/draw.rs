//! A card drawn as the portal looks: its header (the "SA" badge and the
//! portal's name on the surface colour), then on the page colour the
//! record's type and kind in the accent colour, its title large, its date
//! in the muted colour, and a band of the portal's two sides at the foot.
//! The drawing is an SVG, laid out and rasterised by resvg; the title is
//! measured line by line with the same fonts, so what fits is what shows.

use resvg::tiny_skia::{Pixmap, Transform};
use resvg::usvg::{Group, Node, Options, Tree};

use super::card::Card;
use super::fonts::{self, CHINESE, LATIN};
use super::lines::{wrap, wrap_shortened};
use crate::escape::text;
use portal_core::{Key, Locale};

/// The size link previews ask for (Open Graph's and Twitter's large image, 1.91:1).
pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

/// The portal's colours, from its light theme (`style/main.css`, `:root`).
mod colour {
    pub const PAGE: &str = "#f7f8fa"; // --bg
    pub const SURFACE: &str = "#ffffff"; // --surface
    pub const TEXT: &str = "#1b2430"; // --text
    pub const MUTED: &str = "#4f5b6b"; // --muted
    pub const LINE: &str = "#d9dee5"; // --line
    pub const ACCENT: &str = "#0b5f80"; // --accent
    pub const CHINA: &str = "#a3262a"; // --china

    /// Every colour a card is drawn with (its palette is made of them).
    pub const ALL: [&str; 7] = [PAGE, SURFACE, TEXT, MUTED, LINE, ACCENT, CHINA];

    /// `#rrggbb` as red, green and blue.
    pub fn rgb(hex: &str) -> [u8; 3] {
        let channel = |i: usize| u8::from_str_radix(&hex[1 + 2 * i..3 + 2 * i], 16).unwrap_or(0);
        [channel(0), channel(1), channel(2)]
    }
}

/// Left and right margin; the text is never wider than what lies between.
const MARGIN: f32 = 72.0;
const TEXT_WIDTH: f32 = WIDTH as f32 - 2.0 * MARGIN;
/// The header band's height, as the page's header stands above its content.
const HEADER: f32 = 120.0;
/// The band at the foot.
const BAND: f32 = 16.0;
/// How far above its baseline a line's letters reach, and below it, in em.
const ASCENT: f32 = 0.8;
const DESCENT: f32 = 0.25;

/// The title's sizes, largest first, with the lines each allows: a long
/// title takes a smaller size before it loses words.
const TITLE_SIZES: [(f32, usize); 2] = [(64.0, 3), (54.0, 4)];

/// How one line of text is set.
#[derive(Clone, Copy)]
struct Font {
    family: &'static str,
    size: f32,
    bold: bool,
    /// Extra space between letters, in em (the record pages' kind line has 0.08em).
    spacing: f32,
}

impl Font {
    fn attributes(&self) -> String {
        format!(
            "font-family=\"{}\" font-size=\"{}\" font-weight=\"{}\" letter-spacing=\"{}\"",
            self.family,
            self.size,
            if self.bold { 700 } else { 400 },
            self.spacing * self.size
        )
    }
}

/// The family for a language's text: Chinese has its own, whose Latin letters match its characters.
fn family(locale: Locale) -> &'static str {
    match locale {
        Locale::Zh => CHINESE,
        Locale::Fr | Locale::En => LATIN,
    }
}

/// Draws cards; holds the fonts, read once.
pub struct Painter {
    options: Options<'static>,
}

impl Painter {
    /// Fails if a font file is missing (see [`fonts`]).
    pub fn new() -> Result<Painter, String> {
        Ok(Painter {
            options: fonts::text_options()?,
        })
    }

    /// How far `line` reaches to the right of where it starts, set in `font`.
    fn measure(&self, line: &str, font: &Font) -> f32 {
        let svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\">\
             <text x=\"0\" y=\"100\" {}>{}</text></svg>",
            font.attributes(),
            text(line)
        );
        Tree::from_str(&svg, &self.options)
            .map_or(f32::INFINITY, |tree| tree.root().abs_bounding_box().right())
    }

    /// One line of text at `x`, `baseline`, in `font` and `fill`.
    fn line(&self, x: f32, baseline: f32, font: &Font, fill: &str, line: &str) -> String {
        format!(
            "<text x=\"{x}\" y=\"{baseline}\" {} fill=\"{fill}\">{}</text>\n",
            font.attributes(),
            text(line)
        )
    }

    /// `line` on one line, shortened with an ellipsis if it is too wide.
    fn single_line(&self, line: &str, font: &Font) -> String {
        let measure = |s: &str| self.measure(s, font);
        wrap_shortened(line, TEXT_WIDTH, 1, &measure)
            .into_iter()
            .next()
            .unwrap_or_default()
    }

    /// The title in lines, at the largest size it fits whole, else shortened
    /// at the smallest.
    fn title_lines(&self, card: &Card) -> (Font, Vec<String>) {
        let font = |size| Font {
            family: family(card.locale),
            size,
            bold: true,
            spacing: 0.0,
        };
        for (size, max_lines) in TITLE_SIZES {
            let title_font = font(size);
            let measure = |s: &str| self.measure(s, &title_font);
            if let Some(lines) = wrap(&card.title, TEXT_WIDTH, max_lines, &measure) {
                return (title_font, lines);
            }
        }
        let (size, max_lines) = TITLE_SIZES[TITLE_SIZES.len() - 1];
        let title_font = font(size);
        let measure = |s: &str| self.measure(s, &title_font);
        let lines = wrap_shortened(&card.title, TEXT_WIDTH, max_lines, &measure);
        (title_font, lines)
    }

    /// The card as an SVG document.
    pub fn svg(&self, card: &Card) -> String {
        let l = card.locale;
        let (w, h) = (WIDTH as f32, HEIGHT as f32);
        let mut svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\">\n\
             <rect width=\"{w}\" height=\"{h}\" fill=\"{page}\"/>\n\
             <rect width=\"{w}\" height=\"{HEADER}\" fill=\"{surface}\"/>\n\
             <rect y=\"{HEADER}\" width=\"{w}\" height=\"2\" fill=\"{line}\"/>\n\
             <rect x=\"{MARGIN}\" y=\"28\" width=\"64\" height=\"64\" rx=\"12\" fill=\"{accent}\"/>\n\
             <rect y=\"{band}\" width=\"{half}\" height=\"{BAND}\" fill=\"{accent}\"/>\n\
             <rect x=\"{half}\" y=\"{band}\" width=\"{half}\" height=\"{BAND}\" fill=\"{china}\"/>\n",
            page = colour::PAGE,
            surface = colour::SURFACE,
            line = colour::LINE,
            accent = colour::ACCENT,
            china = colour::CHINA,
            band = h - BAND,
            half = w / 2.0,
        );
        // The badge and the portal's name, as in the page's header.
        let badge = Font {
            family: LATIN,
            size: 24.0,
            bold: true,
            spacing: 0.02,
        };
        svg.push_str(&format!(
            "<text x=\"{}\" y=\"69\" text-anchor=\"middle\" {} fill=\"{}\">SA</text>\n",
            MARGIN + 32.0,
            badge.attributes(),
            colour::SURFACE
        ));
        let name = Font {
            family: family(l),
            size: 32.0,
            bold: true,
            spacing: 0.0,
        };
        svg.push_str(&self.line(
            MARGIN + 88.0,
            71.0,
            &name,
            colour::TEXT,
            l.text(Key::PortalName),
        ));
        // The kind, the title and the date, one under the other, the whole
        // centred between the header and the band.
        let mut block = Vec::new();
        let mut height = 0.0;
        if !card.kind.is_empty() {
            // As the record pages set it above their heading: capitals, spaced (not in Chinese).
            let (kind, spacing) = match l {
                Locale::Zh => (card.kind.clone(), 0.02),
                Locale::Fr | Locale::En => (card.kind.to_uppercase(), 0.08),
            };
            let font = Font {
                family: family(l),
                size: 26.0,
                bold: true,
                spacing,
            };
            let kind = self.single_line(&kind, &font);
            block.push((ASCENT * font.size, font, colour::ACCENT, kind));
            height += 56.0;
        }
        let (font, lines) = self.title_lines(card);
        let size = font.size;
        let count = lines.len();
        for (i, line) in lines.into_iter().enumerate() {
            let baseline = height + ASCENT * size + i as f32 * 1.22 * size;
            block.push((baseline, font, colour::TEXT, line));
        }
        height += ASCENT * size + (count.max(1) - 1) as f32 * 1.22 * size + DESCENT * size;
        if let Some(below) = &card.below {
            let font = Font {
                family: family(l),
                size: 30.0,
                bold: false,
                spacing: 0.0,
            };
            let below = self.single_line(below, &font);
            height += 40.0;
            block.push((height + ASCENT * font.size, font, colour::MUTED, below));
            height += (ASCENT + DESCENT) * font.size;
        }
        let top = HEADER + (h - BAND - HEADER - height) / 2.0;
        for (baseline, font, fill, line) in block {
            svg.push_str(&self.line(MARGIN, top + baseline, &font, fill, &line));
        }
        svg.push_str("</svg>\n");
        svg
    }

    /// The card as a PNG file; an error if the fonts lack a character of it.
    pub fn png(&self, card: &Card) -> Result<Vec<u8>, String> {
        let tree = Tree::from_str(&self.svg(card), &self.options)
            .map_err(|e| format!("the preview of `{}` is not a valid SVG: {e}", card.title))?;
        if let Some(text) = missing_glyph(tree.root()) {
            return Err(format!(
                "the preview of `{}`: the fonts have no glyph for `{text}`",
                card.title
            ));
        }
        let mut pixmap = Pixmap::new(WIDTH, HEIGHT).ok_or("cannot allocate a preview image")?;
        resvg::render(&tree, Transform::default(), &mut pixmap.as_mut());
        super::png::encode(&pixmap, &colour::ALL.map(colour::rgb))
    }
}

/// The first text the fonts drew with their "missing" glyph (an empty box),
/// where a group draws any.
fn missing_glyph(group: &Group) -> Option<String> {
    group.children().iter().find_map(|node| match node {
        Node::Group(group) => missing_glyph(group),
        Node::Text(text) => text
            .layouted()
            .iter()
            .flat_map(|span| &span.positioned_glyphs)
            .find(|glyph| glyph.id.0 == 0)
            .map(|glyph| glyph.text.clone()),
        Node::Path(_) | Node::Image(_) => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(locale: Locale, title: &str) -> Card {
        Card {
            locale,
            kind: "Event · Forum".into(),
            title: title.into(),
            below: Some("2 July 2016".into()),
        }
    }

    /// The title's lines as the card's SVG sets them, largest text first.
    fn title_lines(svg: &str) -> Vec<&str> {
        let size =
            |line: &str| line.contains("font-size=\"64\"") || line.contains("font-size=\"54\"");
        svg.lines()
            .filter(|line| line.starts_with("<text") && size(line))
            .map(|line| &line[line.find('>').unwrap() + 1..line.rfind("</text>").unwrap()])
            .collect()
    }

    #[test]
    fn a_long_title_is_shortened_within_the_margins() {
        let painter = Painter::new().unwrap();
        for (locale, title) in [
            (Locale::En, "Sister-park agreement between the Sophia Antipolis Foundation and the Chengdu, Nanjing, Qingdao, Shenfu, Shenzhen and Xi’an hi-tech zones, renewed for another ten years"),
            (Locale::Zh, "索菲亚·安蒂波利斯基金会与成都高新技术产业开发区、江宁经济技术开发区、青岛高新技术产业开发区、沈抚改革创新示范区和西安高新技术产业开发区关于创新合作与企业孵化的长期战略合作框架协议"),
        ] {
            let svg = painter.svg(&card(locale, title));
            let lines = title_lines(&svg);
            assert_eq!(lines.len(), TITLE_SIZES[1].1, "{svg}");
            assert!(lines.last().unwrap().ends_with('…'), "{lines:?}");
            let font = Font { family: family(locale), size: TITLE_SIZES[1].0, bold: true, spacing: 0.0 };
            for line in lines {
                assert!(painter.measure(line, &font) <= TEXT_WIDTH, "{line}");
            }
        }
        // A short title keeps the largest size, whole.
        let svg = painter.svg(&card(Locale::Fr, "Salon de l’agriculture"));
        assert_eq!(title_lines(&svg), vec!["Salon de l’agriculture"]);
        assert!(svg.contains("font-size=\"64\""));
    }

    #[test]
    fn a_character_the_fonts_lack_stops_the_drawing() {
        let painter = Painter::new().unwrap();
        assert!(painter.png(&card(Locale::Zh, "中法创新合作论坛")).is_ok());
        let error = painter
            .png(&card(Locale::En, "Forum \u{13000}"))
            .unwrap_err();
        assert!(error.contains('\u{13000}'), "{error}");
    }
}
