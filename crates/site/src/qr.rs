//! The QR code of each shared page's canonical address, drawn at build time
//! into a file beside the page file (`/fr/parks/<id>/qr.svg`), which the page
//! file and the app both show as an image: the app needs no QR encoder, and
//! shows the code after client-side navigation too.
//!
//! The code is encoded by the `qrcode` crate (error correction level M, which
//! survives a screen's glare and moiré) and drawn as dark modules on white
//! with the standard quiet zone of four modules, whatever the page's colour
//! scheme: phone cameras read dark on light.

use portal_core::address::share::has_share_panel;
use portal_core::address::{files, Site};
use portal_core::{Locale, Route};
use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

use crate::OutputFile;

/// The quiet zone around the code, in modules (ISO/IEC 18004 asks for four).
pub const QUIET_ZONE: u32 = 4;

/// `text` as a QR code in SVG, one unit a module: black modules on a white
/// square that includes the quiet zone; the page sets the displayed size.
pub fn qr_svg(text: &str) -> Result<String, String> {
    let code = QrCode::with_error_correction_level(text, EcLevel::M)
        .map_err(|e| format!("cannot encode `{text}` as a QR code: {e}"))?;
    let svg = code
        .render::<svg::Color>()
        .quiet_zone(true)
        .module_dimensions(1, 1)
        .dark_color(svg::Color("#000"))
        .light_color(svg::Color("#fff"))
        .build();
    // The XML declaration is of no use to a browser; the rest is the drawing.
    Ok(match svg.find("<svg") {
        Some(start) => svg[start..].to_string(),
        None => svg,
    })
}

/// The QR code file of every page with a share panel, in every language,
/// each encoding the page's canonical address.
pub fn qr_files(routes: &[Route], site: &Site) -> Result<Vec<OutputFile>, String> {
    let mut out = Vec::new();
    for route in routes.iter().filter(|r| has_share_panel(r)) {
        for locale in Locale::ALL {
            out.push(OutputFile {
                path: files::page_qr(route, locale)
                    .trim_start_matches('/')
                    .to_string(),
                contents: qr_svg(&site.page(route, locale))?,
            });
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_drawing_is_dark_on_white_with_its_quiet_zone() {
        let url = "https://owner.github.io/sophia-china-portal/zh/organisations/fondation-sophia-antipolis/";
        let svg = qr_svg(url).unwrap();
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        let code = QrCode::with_error_correction_level(url, EcLevel::M).unwrap();
        let side = code.width() as u32 + 2 * QUIET_ZONE;
        assert!(
            svg.contains(&format!("viewBox=\"0 0 {side} {side}\"")),
            "{svg}"
        );
        assert!(svg.contains(&format!(
            "<rect x=\"0\" y=\"0\" width=\"{side}\" height=\"{side}\" fill=\"#fff\"/>"
        )));
        assert!(svg.contains("<path fill=\"#000\" d=\"M"));
        // No module is drawn inside the quiet zone.
        let moves = svg.split('M').skip(1).map(|step| {
            let mut xy = step.split(|c: char| !c.is_ascii_digit()).take(2);
            let mut next = || xy.next().unwrap().parse::<u32>().unwrap();
            (next(), next())
        });
        for (x, y) in moves {
            assert!((QUIET_ZONE..side - QUIET_ZONE).contains(&x), "x {x}");
            assert!((QUIET_ZONE..side - QUIET_ZONE).contains(&y), "y {y}");
        }
    }

    #[test]
    fn every_shared_page_has_its_code_in_every_language() {
        let site = Site::parse("https://owner.github.io/portal/").unwrap();
        let routes = [Route::Home, Route::Parks, Route::Park("chengdu".into())];
        let out = qr_files(&routes, &site).unwrap();
        let paths: Vec<&str> = out.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "fr/parks/qr.svg",
                "en/parks/qr.svg",
                "zh/parks/qr.svg",
                "fr/parks/chengdu/qr.svg",
                "en/parks/chengdu/qr.svg",
                "zh/parks/chengdu/qr.svg",
            ]
        );
        assert_eq!(
            out[4].contents,
            qr_svg("https://owner.github.io/portal/en/parks/chengdu/").unwrap()
        );
    }
}
