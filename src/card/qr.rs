//! The QR code of your card, and its drawing in text.
//!
//! A terminal cell is about twice as tall as it is wide, so one character
//! holds two modules, one above the other, with the half blocks `▀ ▄ █` and a
//! space: a square code in square-ish modules, half as many rows as a code
//! drawn with two characters per module, so it fits on a laptop screen.
//!
//! A phone reads dark modules on a light background. Which modules are
//! drawn with the glyph (its "ink", [`Ink`]) and which are left to the
//! background depends on the colours the drawing gets:
//! - with colour, black ink on a white background: [`Ink::Dark`], right on
//!   every terminal whatever its theme;
//! - without colour (`NO_COLOR`, or not a terminal) nothing can force the
//!   background, and only the terminal's own foreground and background
//!   are left. [`Ink::Light`] draws the light modules (and the quiet zone)
//!   as blocks, for a light foreground on a dark background, the default of
//!   most terminals; `qrencode -t UTF8` and python-qrcode on a tty do the
//!   same. [`Ink::Dark`] suits a dark-on-light terminal (`qrencode -t
//!   UTF8i`). [`Ink::for_plain_terminal`] picks one from `COLORFGBG` when
//!   the terminal says its colours, else the dark-background one; the user
//!   can swap it (`--invert`, `i` in the app).

use qrcode::{EcLevel, QrCode};

use super::CardError;

/// Light modules around the code on every side, as the QR standard asks
/// (ISO/IEC 18004): without it a camera may not find the code.
pub const QUIET_ZONE: usize = 4;

/// Medium error correction (about 15% of the code can be lost): a screen has
/// no stains or tears, so the higher levels (Q, H) would only make the code
/// denser, with smaller modules that a camera reads less well from a screen.
pub const ERROR_CORRECTION: EcLevel = EcLevel::M;

/// A QR code's modules, without the quiet zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrMatrix {
    width: usize,
    /// Row by row; `true` is a dark module.
    dark: Vec<bool>,
}

/// Which modules a drawing draws with the glyph (the terminal's foreground,
/// or the colour it is given); the others are left to the background.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ink {
    /// Dark modules are drawn: for black on white, or a light terminal.
    Dark,
    /// Light modules and the quiet zone are drawn: for a dark terminal.
    Light,
}

impl Ink {
    /// The other one: what `--invert` and `i` give.
    pub fn inverted(self) -> Ink {
        match self {
            Ink::Dark => Ink::Light,
            Ink::Light => Ink::Dark,
        }
    }

    /// The ink for a terminal without colour, whose background is dark
    /// unless `COLORFGBG` (set by rxvt, Konsole and others, as `fg;bg`)
    /// says it is light.
    pub fn for_plain_terminal(colorfgbg: Option<&str>) -> Ink {
        let background = colorfgbg
            .and_then(|v| v.rsplit(';').next())
            .and_then(|bg| bg.trim().parse::<u8>().ok());
        match background {
            // 7 (white) and 9 to 15 (the bright colours but black, 8) are light.
            Some(7 | 9..=15) => Ink::Dark,
            _ => Ink::Light,
        }
    }
}

impl QrMatrix {
    /// The QR code of `text` (UTF-8 bytes, byte mode) at [`ERROR_CORRECTION`],
    /// in the smallest version that holds it.
    pub fn encode(text: &str) -> Result<QrMatrix, CardError> {
        let code = QrCode::with_error_correction_level(text.as_bytes(), ERROR_CORRECTION)
            .map_err(|_| CardError::TooLong)?;
        let dark = code
            .to_colors()
            .into_iter()
            .map(|c| c == qrcode::Color::Dark)
            .collect();
        Ok(QrMatrix {
            width: code.width(),
            dark,
        })
    }

    /// Modules per side, without the quiet zone.
    pub fn width(&self) -> usize {
        self.width
    }

    /// Whether the module at column `x`, row `y` is dark; outside the code
    /// (the quiet zone) every module is light.
    pub fn is_dark(&self, x: isize, y: isize) -> bool {
        let inside = |v: isize| usize::try_from(v).ok().filter(|&v| v < self.width);
        match (inside(x), inside(y)) {
            (Some(x), Some(y)) => self.dark[y * self.width + x],
            _ => false,
        }
    }

    /// Characters per line of [`QrMatrix::half_blocks`]: the code and its
    /// quiet zone.
    pub fn text_width(&self) -> usize {
        self.width + 2 * QUIET_ZONE
    }

    /// Lines of [`QrMatrix::half_blocks`]: two modules per line.
    pub fn text_height(&self) -> usize {
        self.text_width().div_ceil(2)
    }

    /// The code with its quiet zone, two modules per character (top and
    /// bottom half), the modules of `ink` drawn. The last line's bottom
    /// half lies below the quiet zone and is never drawn.
    pub fn half_blocks(&self, ink: Ink) -> Vec<String> {
        let side = self.text_width() as isize;
        let q = QUIET_ZONE as isize;
        let inked = |x: isize, y: isize| {
            if y >= side {
                return false;
            }
            self.is_dark(x - q, y - q) == (ink == Ink::Dark)
        };
        (0..self.text_height() as isize)
            .map(|row| {
                (0..side)
                    .map(|x| match (inked(x, 2 * row), inked(x, 2 * row + 1)) {
                        (true, true) => '█',
                        (true, false) => '▀',
                        (false, true) => '▄',
                        (false, false) => ' ',
                    })
                    .collect()
            })
            .collect()
    }
}

/// The modules a half-block drawing shows, read back (`true` is dark), as a
/// camera would see them: two rows per line, with `ink` saying which modules
/// the glyphs are. The inverse of [`QrMatrix::half_blocks`], quiet zone
/// included; tests decode it to prove what the terminal shows.
pub fn read_half_blocks(lines: &[String], ink: Ink) -> Vec<Vec<bool>> {
    let mut rows = Vec::with_capacity(lines.len() * 2);
    for line in lines {
        let (mut top, mut bottom) = (Vec::new(), Vec::new());
        for c in line.chars() {
            let (t, b) = match c {
                '█' => (true, true),
                '▀' => (true, false),
                '▄' => (false, true),
                _ => (false, false),
            };
            top.push(t == (ink == Ink::Dark));
            bottom.push(b == (ink == Ink::Dark));
        }
        rows.push(top);
        rows.push(bottom);
    }
    rows
}
