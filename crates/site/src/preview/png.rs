//! The PNG file of a drawn card, in at most 256 colours. A card is a few
//! flat inks, and at the edges of its letters and corners blends of two of
//! them; so the palette is the inks and, between each two inks that meet,
//! evenly spaced blends (some forty steps each, finer than the eye tells
//! apart). Full colour would make the longest Chinese titles' images too
//! heavy for link previews, and a general quantiser (NeuQuant) is far slower
//! for the same size.

use std::collections::HashMap;

use resvg::tiny_skia::Pixmap;

type Rgb = [u8; 3];

/// Farther than this from every blend of two inks (RGB distance), a colour
/// is something else (a gradient, a photograph): the card is then written
/// in full colour rather than with a palette that would betray it.
const MAX_MISS: f32 = 12.0;

/// Where a colour lies among the inks: the blend of `from` and `to` at `t` (0 to 1).
#[derive(Clone, Copy)]
struct Blend {
    from: usize,
    to: usize,
    t: f32,
    miss: f32,
}

/// The blend of two inks nearest to `colour`.
fn nearest_blend(inks: &[Rgb], colour: Rgb) -> Blend {
    let v = |c: Rgb| c.map(f32::from);
    let c = v(colour);
    let mut best = Blend {
        from: 0,
        to: 0,
        t: 0.0,
        miss: f32::INFINITY,
    };
    for (i, a) in inks.iter().map(|&a| v(a)).enumerate() {
        for (j, b) in inks.iter().map(|&b| v(b)).enumerate().skip(i) {
            let d: [f32; 3] = std::array::from_fn(|k| b[k] - a[k]);
            let length = d.iter().map(|x| x * x).sum::<f32>();
            let t = if length == 0.0 {
                0.0
            } else {
                ((0..3).map(|k| (c[k] - a[k]) * d[k]).sum::<f32>() / length).clamp(0.0, 1.0)
            };
            let miss = (0..3)
                .map(|k| (a[k] + t * d[k] - c[k]).powi(2))
                .sum::<f32>()
                .sqrt();
            if miss < best.miss {
                best = Blend {
                    from: i,
                    to: j,
                    t,
                    miss,
                };
            }
        }
    }
    best
}

/// The card's pixels as palette indices and the palette; none if some
/// colour is not a blend of two inks.
fn indexed(pixmap: &Pixmap, inks: &[Rgb]) -> Option<(Vec<u8>, Vec<u8>)> {
    // Every pixel is opaque (the card paints its whole background), so the
    // premultiplied colours are the colours.
    let rgb = |p: &[u8]| [p[0], p[1], p[2]];
    let mut blends: HashMap<Rgb, Blend> = HashMap::new();
    // Most pixels repeat the one before them: look those up once.
    let mut last = None;
    for pixel in pixmap.data().chunks_exact(4) {
        let colour = rgb(pixel);
        if last != Some(colour) {
            blends
                .entry(colour)
                .or_insert_with(|| nearest_blend(inks, colour));
            last = Some(colour);
        }
    }
    if blends.values().any(|b| b.miss > MAX_MISS) {
        return None;
    }
    let mut pairs: Vec<(usize, usize)> = blends
        .values()
        .filter(|b| b.from != b.to && b.t > 0.0 && b.t < 1.0)
        .map(|b| (b.from, b.to))
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    let steps = (256 - inks.len()) / pairs.len().max(1) + 1;
    let mut palette: Vec<u8> = inks.concat();
    for &(from, to) in &pairs {
        for step in 1..steps {
            let t = step as f32 / steps as f32;
            palette.extend((0..3).map(|k| {
                let (a, b) = (f32::from(inks[from][k]), f32::from(inks[to][k]));
                (a + t * (b - a)).round() as u8
            }));
        }
    }
    let index = |b: &Blend| -> u8 {
        let step = (b.t * steps as f32).round() as usize;
        let i = match step {
            0 => b.from,
            s if s >= steps => b.to,
            s => {
                let pair = pairs.binary_search(&(b.from, b.to)).unwrap_or(0);
                inks.len() + pair * (steps - 1) + s - 1
            }
        };
        i as u8
    };
    let indices: HashMap<Rgb, u8> = blends.iter().map(|(c, b)| (*c, index(b))).collect();
    let mut last = None;
    let pixels = pixmap
        .data()
        .chunks_exact(4)
        .map(|p| {
            let colour = rgb(p);
            match last {
                Some((seen, index)) if seen == colour => index,
                _ => {
                    let index = indices[&colour];
                    last = Some((colour, index));
                    index
                }
            }
        })
        .collect();
    Some((pixels, palette))
}

/// The card as a PNG file; `inks` are the flat colours it was drawn with.
pub fn encode(pixmap: &Pixmap, inks: &[Rgb]) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let mut encoder = ::png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
    encoder.set_depth(::png::BitDepth::Eight);
    encoder.set_compression(::png::Compression::High);
    let pixels = match indexed(pixmap, inks) {
        Some((pixels, palette)) => {
            encoder.set_color(::png::ColorType::Indexed);
            encoder.set_palette(palette);
            pixels
        }
        None => {
            encoder.set_color(::png::ColorType::Rgb);
            let full = pixmap.data().chunks_exact(4);
            full.flat_map(|p| [p[0], p[1], p[2]]).collect()
        }
    };
    let mut writer = encoder.write_header().map_err(|e| e.to_string())?;
    writer
        .write_image_data(&pixels)
        .map_err(|e| e.to_string())?;
    writer.finish().map_err(|e| e.to_string())?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use resvg::tiny_skia::{Color, Paint, PathBuilder, Transform};

    const INKS: [Rgb; 3] = [[247, 248, 250], [27, 36, 48], [11, 95, 128]];

    /// A circle of the second ink on the first: anti-aliased edges.
    fn circle(ink: Rgb) -> Pixmap {
        let mut pixmap = Pixmap::new(64, 64).unwrap();
        pixmap.fill(Color::from_rgba8(INKS[0][0], INKS[0][1], INKS[0][2], 255));
        let mut paint = Paint::default();
        paint.set_color_rgba8(ink[0], ink[1], ink[2], 255);
        let path = PathBuilder::from_circle(32.0, 32.0, 20.5).unwrap();
        pixmap.fill_path(
            &path,
            &paint,
            Default::default(),
            Transform::identity(),
            None,
        );
        pixmap
    }

    #[test]
    fn blends_of_two_inks_keep_their_colour() {
        let pixmap = circle(INKS[1]);
        let (pixels, palette) = indexed(&pixmap, &INKS).unwrap();
        assert!(palette.len() <= 256 * 3);
        for (pixel, original) in pixels.iter().zip(pixmap.data().chunks_exact(4)) {
            let shown = &palette[*pixel as usize * 3..][..3];
            for k in 0..3 {
                assert!(
                    shown[k].abs_diff(original[k]) <= 3,
                    "{shown:?} for {original:?}"
                );
            }
        }
        let png = encode(&pixmap, &INKS).unwrap();
        assert_eq!(png[25], 3, "colour type: indexed");
    }

    #[test]
    fn a_colour_that_is_no_blend_is_written_in_full() {
        let pixmap = circle([200, 30, 30]);
        assert!(indexed(&pixmap, &INKS).is_none());
        assert_eq!(encode(&pixmap, &INKS).unwrap()[25], 2, "colour type: RGB");
    }
}
