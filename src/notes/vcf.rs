//! Reading vCard files (`maillage notes import FILE.vcf`): versions 2.1, 3.0
//! and 4.0, as phones, Thunderbird, khard and maillage itself write them.
//!
//! Written here rather than taken from a crate: `vcard4` reads only 4.0 (a
//! phone's export is 2.1 or 3.0), `ical`'s reader trims the spaces where a
//! line was folded (a word split at the fold loses its space) and has no
//! quoted-printable, and `calcard` brings chrono-tz and a mail parser for
//! the handful of properties a note keeps.
//!
//! - Lines end with CRLF, LF or CR; a line starting with a space or a tab
//!   continues the one before (RFC 6350 folding); a quoted-printable value
//!   ending with `=` continues on the next line (vCard 2.1).
//! - `ENCODING=QUOTED-PRINTABLE` (or a bare `QUOTED-PRINTABLE` parameter)
//!   values are decoded; `CHARSET` may be UTF-8 (the default) or Latin-1.
//!   Photos and other binary values are not kept.
//! - Text values are unescaped (`\\`, `\,`, `\;`, `\n`, `\N`); structured
//!   values (N, ORG, CATEGORIES) are split on unescaped separators first.
//! - Group prefixes (`item1.EMAIL`) are ignored; property names are read in
//!   any case.

/// The properties of one card that a note keeps.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Card {
    /// The line of its `BEGIN:VCARD`, for messages.
    pub line: usize,
    pub uid: Option<String>,
    /// FN.
    pub formatted_name: Option<String>,
    /// N's family and given names (additional names join the given ones).
    pub family: Option<String>,
    pub given: Option<String>,
    /// ORG, its units joined with `, `.
    pub organisation: Option<String>,
    pub title: Option<String>,
    pub role: Option<String>,
    /// EMAIL and TEL, the preferred first (`TYPE=pref`, `PREF=1`).
    pub emails: Vec<String>,
    pub phones: Vec<String>,
    pub note: Option<String>,
    pub categories: Vec<String>,
    /// maillage's own X-MAILLAGE-STAND.
    pub stand: Option<String>,
}

impl Card {
    /// The name to show: FN, else N's given and family names.
    pub fn name(&self) -> Option<String> {
        let formatted = self.formatted_name.as_deref().map(str::trim);
        if let Some(name) = formatted.filter(|n| !n.is_empty()) {
            return Some(name.to_string());
        }
        let parts: Vec<&str> = [&self.given, &self.family]
            .into_iter()
            .flatten()
            .map(|p| p.trim())
            .filter(|p| !p.is_empty())
            .collect();
        (!parts.is_empty()).then(|| parts.join(" "))
    }
}

/// What is wrong with a part of the file; the cards around it are read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VcfProblem {
    /// A card with neither FN nor N (its `BEGIN` line): it is not imported.
    NoName { line: usize },
    /// `BEGIN:VCARD` without its `END:VCARD` (the `BEGIN` line): the card is
    /// not imported.
    Unclosed { line: usize },
}

impl VcfProblem {
    pub fn line(&self) -> usize {
        match self {
            VcfProblem::NoName { line } | VcfProblem::Unclosed { line } => *line,
        }
    }

    /// The message in `lang`, without the line.
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        (crate::i18n::t(lang).notes.vcf_problem)(self)
    }
}

/// One property: name (upper case), parameters, raw value.
struct Property {
    name: String,
    params: Vec<(String, String)>,
    value: String,
}

impl Property {
    fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// vCard 2.1 writes `TEL;PREF;WORK:…` (bare types), 3.0
    /// `TYPE=pref`, 4.0 `PREF=1`.
    fn is_preferred(&self) -> bool {
        self.params.iter().any(|(n, v)| {
            let types = |s: &str| s.split(',').any(|t| t.trim().eq_ignore_ascii_case("pref"));
            (n.eq_ignore_ascii_case("TYPE") && types(v))
                || (v.is_empty() && n.eq_ignore_ascii_case("PREF"))
                || (n.eq_ignore_ascii_case("PREF") && v.trim() == "1")
        })
    }

    fn is_quoted_printable(&self) -> bool {
        self.params.iter().any(|(n, v)| {
            (n.eq_ignore_ascii_case("ENCODING") && v.eq_ignore_ascii_case("QUOTED-PRINTABLE"))
                || (v.is_empty() && n.eq_ignore_ascii_case("QUOTED-PRINTABLE"))
        })
    }

    /// The value's text, decoded (quoted-printable, base64, charset) but
    /// not unescaped.
    fn text(&self) -> String {
        let latin1 = self.param("CHARSET").is_some_and(|c| {
            ["ISO-8859-1", "LATIN1", "WINDOWS-1252"].contains(&&*c.to_uppercase())
        });
        // Latin-1 bytes are the first 256 code points; UTF-8 is kept as such
        // even when the card says Latin-1 (a common mislabelling).
        let decode = |bytes: Vec<u8>| match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(e) if latin1 => e.as_bytes().iter().map(|&b| b as char).collect(),
            Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        };
        if self.is_quoted_printable() {
            return decode(quoted_printable(&self.value));
        }
        self.value.clone()
    }
}

/// The cards of a vCard file, and the problems met, in file order.
pub fn read_cards(text: &str) -> (Vec<Card>, Vec<VcfProblem>) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut cards = Vec::new();
    let mut problems = Vec::new();
    let mut current: Option<Card> = None;
    // Nested cards (a 2.1 AGENT) are skipped whole.
    let mut nested = 0usize;
    for (line, property) in properties(text) {
        match property.name.as_str() {
            "BEGIN" if property.value.trim().eq_ignore_ascii_case("VCARD") => {
                if current.is_some() {
                    nested += 1;
                } else {
                    current = Some(Card {
                        line,
                        ..Card::default()
                    });
                }
            }
            "END" if property.value.trim().eq_ignore_ascii_case("VCARD") => {
                if nested > 0 {
                    nested -= 1;
                } else if let Some(card) = current.take() {
                    match card.name() {
                        Some(_) => cards.push(card),
                        None => problems.push(VcfProblem::NoName { line: card.line }),
                    }
                }
            }
            _ if nested > 0 => {}
            _ => {
                if let Some(card) = current.as_mut() {
                    card_property(card, &property);
                }
            }
        }
    }
    if let Some(card) = current {
        problems.push(VcfProblem::Unclosed { line: card.line });
    }
    (cards, problems)
}

fn card_property(card: &mut Card, property: &Property) {
    let text = property.text();
    let single = || Some(unescape(&text)).filter(|v| !v.trim().is_empty());
    match property.name.as_str() {
        "UID" => card.uid = single(),
        "FN" => card.formatted_name = single(),
        "N" => {
            let parts = split_unescaped(&text, ';');
            let part = |i: usize| parts.get(i).map(|p| unescape(p)).unwrap_or_default();
            let family = part(0).replace(',', " ");
            let given: Vec<String> = [part(1), part(2)]
                .into_iter()
                .map(|p| p.replace(',', " "))
                .filter(|p| !p.trim().is_empty())
                .collect();
            card.family = Some(family.trim().to_string()).filter(|f| !f.is_empty());
            card.given = Some(given.join(" ").trim().to_string()).filter(|g| !g.is_empty());
        }
        "ORG" => {
            let units: Vec<String> = split_unescaped(&text, ';')
                .iter()
                .map(|u| unescape(u).trim().to_string())
                .filter(|u| !u.is_empty())
                .collect();
            card.organisation = Some(units.join(", ")).filter(|o| !o.is_empty());
        }
        "TITLE" => card.title = single(),
        "ROLE" => card.role = single(),
        "EMAIL" | "TEL" => {
            let mut value = unescape(&text).trim().to_string();
            if property.name == "TEL"
                && let Some(number) = value.strip_prefix("tel:")
            {
                value = number.to_string();
            }
            if value.is_empty() {
                return;
            }
            let list = if property.name == "EMAIL" {
                &mut card.emails
            } else {
                &mut card.phones
            };
            if property.is_preferred() {
                list.insert(0, value);
            } else {
                list.push(value);
            }
        }
        "NOTE" => card.note = single(),
        "CATEGORIES" => card.categories.extend(
            split_unescaped(&text, ',')
                .iter()
                .map(|c| unescape(c).trim().to_string())
                .filter(|c| !c.is_empty()),
        ),
        "X-MAILLAGE-STAND" => card.stand = single(),
        _ => {}
    }
}

/// The logical lines of `text` (unfolded), each with the line it starts on,
/// parsed as properties; lines that are not properties are skipped.
fn properties(text: &str) -> Vec<(usize, Property)> {
    // Physical lines, numbered; CRLF, LF and a lone CR each end one.
    let mut lines: Vec<(usize, &str)> = Vec::new();
    let mut number = 1;
    let mut rest = text;
    while !rest.is_empty() {
        let end = rest.find(['\r', '\n']).unwrap_or(rest.len());
        lines.push((number, &rest[..end]));
        rest = &rest[end..];
        if rest.starts_with("\r\n") {
            rest = &rest[2..];
        } else if !rest.is_empty() {
            rest = &rest[1..];
        }
        number += 1;
    }

    let mut out: Vec<(usize, Property)> = Vec::new();
    let mut logical: Option<(usize, String)> = None;
    let mut continues_qp = false;
    let flush = |logical: &mut Option<(usize, String)>, out: &mut Vec<(usize, Property)>| {
        if let Some((line, text)) = logical.take()
            && let Some(property) = parse_property(&text)
        {
            out.push((line, property));
        }
    };
    for (number, line) in lines {
        if let Some((_, text)) = logical.as_mut() {
            if continues_qp {
                // A soft line break: the `=` ends the line before.
                text.pop();
                text.push_str(line.trim_start_matches([' ', '\t']));
                continues_qp = text.ends_with('=');
                continue;
            }
            if let Some(rest) = line.strip_prefix([' ', '\t']) {
                text.push_str(rest);
                continue;
            }
        }
        flush(&mut logical, &mut out);
        if line.trim().is_empty() {
            continue;
        }
        let is_qp = {
            let head = line.split(':').next().unwrap_or("").to_ascii_uppercase();
            head.contains("QUOTED-PRINTABLE")
        };
        continues_qp = is_qp && line.ends_with('=');
        logical = Some((number, line.to_string()));
    }
    flush(&mut logical, &mut out);
    out
}

/// `[group.]NAME[;PARAM[=VALUE]]*:VALUE`; `None` when there is no colon.
fn parse_property(line: &str) -> Option<Property> {
    // The value starts at the first colon outside a quoted parameter value.
    let mut quoted = false;
    let colon = line.char_indices().find_map(|(i, c)| match c {
        '"' => {
            quoted = !quoted;
            None
        }
        ':' if !quoted => Some(i),
        _ => None,
    })?;
    let (head, value) = (&line[..colon], &line[colon + 1..]);
    let mut parts = split_params(head).into_iter();
    let name = parts.next()?;
    let name = name
        .rsplit('.')
        .next()
        .unwrap_or(&name)
        .trim()
        .to_uppercase();
    if name.is_empty() {
        return None;
    }
    let params = parts
        .map(|p| match p.split_once('=') {
            Some((n, v)) => (n.trim().to_string(), v.trim().trim_matches('"').to_string()),
            None => (p.trim().to_string(), String::new()),
        })
        .collect();
    Some(Property {
        name,
        params,
        value: value.to_string(),
    })
}

/// The name and parameters of a property, split on `;` outside quotes.
fn split_params(head: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut part = String::new();
    let mut quoted = false;
    for c in head.chars() {
        match c {
            ';' if !quoted => parts.push(std::mem::take(&mut part)),
            c => {
                quoted ^= c == '"';
                part.push(c);
            }
        }
    }
    parts.push(part);
    parts
}

/// `value` split on `separator` where it is not escaped; the parts are
/// still escaped.
fn split_unescaped(value: &str, separator: char) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut escaped = false;
    for (i, c) in value.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            c if c == separator => {
                parts.push(&value[start..i]);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    parts.push(&value[start..]);
    parts
}

/// Undoes RFC 6350's escaping: `\\`, `\,`, `\;`, `\:`, `\n` and `\N`; a
/// backslash before anything else is kept.
pub fn unescape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push('\n'),
            Some(c @ ('\\' | ',' | ';' | ':')) => out.push(c),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// Decodes quoted-printable (`=C3=A9` → é's bytes; a malformed `=` is kept).
fn quoted_printable(value: &str) -> Vec<u8> {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'='
            && let (Some(&a), Some(&b)) = (bytes.get(i + 1), bytes.get(i + 2))
            && let (Some(a), Some(b)) = (hex(a), hex(b))
        {
            out.push((a * 16 + b) as u8);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phone_export_in_vcard_2_1_reads() {
        let text = "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Dupont;=C3=89lise;;;\r\n\
            FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=89lise Dupont\r\n\
            TEL;CELL:+352 621 000 000\r\nTEL;WORK;PREF:+352 40 00 00\r\n\
            EMAIL;HOME:elise@example.org\r\n\
            NOTE;ENCODING=QUOTED-PRINTABLE:Premi=C3=A8re ligne=0D=0A=\r\nseconde ligne\r\n\
            END:VCARD\r\n";
        let (cards, problems) = read_cards(text);
        assert_eq!(problems, []);
        let card = &cards[0];
        assert_eq!(card.formatted_name.as_deref(), Some("Élise Dupont"));
        assert_eq!(card.given.as_deref(), Some("Élise"));
        assert_eq!(card.family.as_deref(), Some("Dupont"));
        assert_eq!(card.phones, ["+352 40 00 00", "+352 621 000 000"]);
        assert_eq!(card.emails, ["elise@example.org"]);
        assert_eq!(
            card.note.as_deref(),
            Some("Première ligne\r\nseconde ligne")
        );
    }

    #[test]
    fn folding_escapes_groups_and_versions_3_and_4() {
        let text = "BEGIN:VCARD\nVERSION:3.0\nFN:Jean de\n  La Fontaine\nitem1.EMAIL;TYPE=INTERNET:jean@example.org\n\
            ORG:Caritas\\, Luxembourg;Accueil\nNOTE:a\\, b\\; c\\nd\\\\e\nCATEGORIES:santé,a\\,b\nEND:VCARD\n\
            BEGIN:VCARD\rVERSION:4.0\rFN:Ada\rUID:urn:uuid:01900000-0000-7000-8000-000000000001\r\
            TEL;VALUE=uri;PREF=1:tel:+352-1\rTITLE:Chef\rEND:VCARD\r";
        let (cards, problems) = read_cards(text);
        assert_eq!(problems, []);
        assert_eq!(cards.len(), 2);
        assert_eq!(
            cards[0].formatted_name.as_deref(),
            Some("Jean de La Fontaine")
        );
        assert_eq!(cards[0].emails, ["jean@example.org"]);
        assert_eq!(
            cards[0].organisation.as_deref(),
            Some("Caritas, Luxembourg, Accueil")
        );
        assert_eq!(cards[0].note.as_deref(), Some("a, b; c\nd\\e"));
        assert_eq!(cards[0].categories, ["santé", "a,b"]);
        assert_eq!(cards[1].line, 10);
        assert_eq!(cards[1].phones, ["+352-1"]);
        assert_eq!(cards[1].title.as_deref(), Some("Chef"));
        assert_eq!(
            cards[1].uid.as_deref(),
            Some("urn:uuid:01900000-0000-7000-8000-000000000001")
        );
    }

    #[test]
    fn a_card_without_a_name_or_an_end_is_reported_with_its_line() {
        let text = "BEGIN:VCARD\nVERSION:3.0\nFN:Ada\nEND:VCARD\n\nBEGIN:VCARD\nVERSION:3.0\nEMAIL:x@y.z\nEND:VCARD\n\
            BEGIN:VCARD\nN:;Bruno;;;\nEND:VCARD\nBEGIN:VCARD\nFN:Cut\n";
        let (cards, problems) = read_cards(text);
        let names: Vec<_> = cards.iter().filter_map(Card::name).collect();
        assert_eq!(names, ["Ada", "Bruno"]);
        assert_eq!(
            problems,
            [
                VcfProblem::NoName { line: 6 },
                VcfProblem::Unclosed { line: 13 }
            ]
        );
    }
}
