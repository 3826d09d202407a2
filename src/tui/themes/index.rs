//! The themes of every stand and organisation as indices, computed once, so
//! the theme filter costs a few comparisons per hit instead of the
//! directory's linear look-ups (quadratic at 50,000 stands).

use std::collections::HashMap;

use crate::directory::{Directory, Text};
use crate::tui::tab::Tab;

/// For the stands and the organisations, the themes of each record as
/// indices into `App::themes`: record `r`'s are `indices[starts[r]..starts[r + 1]]`.
#[derive(Debug)]
pub(crate) struct RecordThemes {
    stands: (Vec<u32>, Vec<u32>),
    organisations: (Vec<u32>, Vec<u32>),
}

impl RecordThemes {
    pub(crate) fn new(directory: &Directory, themes: &[String]) -> RecordThemes {
        let theme_index: HashMap<&str, u32> = themes
            .iter()
            .enumerate()
            .map(|(i, t)| (t.as_str(), i as u32))
            .collect();
        let org_index: HashMap<&str, usize> = directory
            .organisations
            .iter()
            .enumerate()
            .map(|(i, o)| (o.id.as_str(), i))
            .collect();
        let index = |names: &mut dyn Iterator<Item = &Text>, out: &mut (Vec<u32>, Vec<u32>)| {
            out.1
                .extend(names.filter_map(|t| theme_index.get(t.as_str()).copied()));
            out.0.push(out.1.len() as u32);
        };
        let mut stands = (vec![0], Vec::new());
        for stand in &directory.stands {
            let mut names = stand
                .themes
                .iter()
                .chain(stand.organisations.iter().flat_map(|id| {
                    org_index
                        .get(id.as_str())
                        .into_iter()
                        .flat_map(|&o| directory.organisations[o].themes.iter())
                }));
            index(&mut names, &mut stands);
        }
        let mut organisations = (vec![0], Vec::new());
        for org in &directory.organisations {
            index(&mut org.themes.iter(), &mut organisations);
        }
        RecordThemes {
            stands,
            organisations,
        }
    }

    /// Whether record `record` of `tab` has any of the ticked themes.
    pub(crate) fn has_any(&self, tab: Tab, record: usize, ticked: &[bool]) -> bool {
        let (starts, indices) = match tab {
            Tab::Organisations => &self.organisations,
            _ => &self.stands,
        };
        indices[starts[record] as usize..starts[record + 1] as usize]
            .iter()
            .any(|&t| ticked[t as usize])
    }
}
