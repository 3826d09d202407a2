//! Every string the TUI itself shows, in one place, so a later issue can add
//! a French table beside this English one. Data from the directory is shown as
//! written and never goes through here.

pub const APP_NAME: &str = "maillage";

// Tabs.
pub const TAB_STANDS: &str = "Stands";
pub const TAB_ORGANISATIONS: &str = "Organisations";
pub const TAB_NOTES: &str = "Notes";

// Search box and header.
pub const SEARCH_PROMPT: &str = "Search: ";
pub const SEARCH_PLACEHOLDER: &str = "type to search…";
pub const THEMES_ACTIVE: &str = "Themes (any): ";
pub const NO_RESULTS: &str = "Nothing matches.";
pub const NOTHING_SELECTED: &str = "Nothing selected.";
pub const DETAIL_TITLE: &str = "Detail";

// Detail labels.
pub const STAND: &str = "Stand";
pub const LOCATION: &str = "Location";
pub const ILLUSTRATIVE: &str = "illustrative layout";
pub const NOT_ON_PLAN: &str = "not on the plan";
pub const ORGANISATIONS: &str = "Organisations";
pub const TITLE: &str = "Title";
pub const THEMES: &str = "Themes";
pub const PEOPLE: &str = "People";
pub const OFFICIAL_NAME: &str = "Official name";
pub const ALSO_KNOWN_AS: &str = "Also known as";
pub const KIND: &str = "Kind";
pub const WEBSITE: &str = "Website";
pub const PART_OF: &str = "Part of";
pub const STANDS: &str = "Stands";
pub const NONE: &str = "none";
pub const BACK_DEPTH: &str = "Esc: back";

// Popups.
pub const HELP_TITLE: &str = "Keys";
pub const HELP_FOOTER: &str = "Esc, F1 or ? closes this help";
pub const HELP_TYPING: &str = "Any other character types into the search (list) or starts a new search (detail). \
`?` opens help only when the search is empty or the detail has focus; F1 always does. \
`q` quits only from the detail pane, since in the list it is a letter to search for; \
so do the note keys n, e, d and f: from the list, use Alt-n, Alt-e, Alt-d, Alt-f or F5 to F8. \
With several themes chosen, items having ANY of them are shown. \
Mouse: the wheel scrolls; a click selects a tab, a row or a link, and a second click opens it.";
pub const THEMES_TITLE: &str = "Filter by theme (any of)";
pub const THEMES_EMPTY: &str = "This directory has no themes.";
pub const THEMES_FOOTER: &str = "Space toggles · Backspace clears · Enter closes";

// Too small.
/// Filled in with the current and the needed size: `terminal too small (30×10, needs 40×12)`.
pub fn too_small(width: u16, height: u16, min_width: u16, min_height: u16) -> String {
    format!("terminal too small ({width}×{height}, needs {min_width}×{min_height})")
}

// Help sections, one per keymap context.
pub const CONTEXT_NOTE_DETAIL: &str = "Detail of a note";
pub const CONTEXT_NOTES_BROKEN: &str = "Notes file unreadable";
pub const CONTEXT_FORM: &str = "Note form";
pub const CONTEXT_CONFIRM: &str = "Confirmation";
pub const CONTEXT_GLOBAL: &str = "Everywhere";
pub const CONTEXT_BROWSE: &str = "List and detail";
pub const CONTEXT_LIST: &str = "List (search box has the keyboard)";
pub const CONTEXT_LIST_IDLE: &str = "List, search empty";
pub const CONTEXT_DETAIL: &str = "Detail pane";
pub const CONTEXT_HELP: &str = "This help";
pub const CONTEXT_THEMES: &str = "Theme picker";

pub mod notes;
pub use notes::*;

/// Descriptions of the key bindings (help overlay) and their short forms (hint bar).
pub mod keys {
    pub const QUIT: &str = "quit";
    pub const HELP: &str = "help";
    pub const CLOSE_HELP: &str = "close help";
    pub const THEMES: &str = "filter by theme";
    pub const THEMES_SHORT: &str = "themes";
    pub const NEXT_TAB: &str = "next list";
    pub const PREV_TAB: &str = "previous list";
    pub const TAB_SHORT: &str = "list";
    pub const MOVE: &str = "move in the list";
    pub const MOVE_SHORT: &str = "move";
    pub const PAGE: &str = "move a page";
    pub const FIRST_LAST: &str = "first / last";
    pub const OPEN: &str = "open the detail";
    pub const OPEN_SHORT: &str = "open";
    pub const CLEAR: &str = "clear the search";
    pub const CLEAR_SHORT: &str = "clear";
    pub const BACKSPACE: &str = "delete a character";
    pub const DELETE_WORD: &str = "delete a word";
    pub const LINK: &str = "choose a link";
    pub const LINK_SHORT: &str = "link";
    pub const SCROLL: &str = "scroll";
    pub const FIRST_LAST_LINK: &str = "first / last link";
    pub const FOLLOW: &str = "follow the link";
    pub const FOLLOW_SHORT: &str = "follow";
    pub const BACK: &str = "back (previous detail, then the list)";
    pub const BACK_SHORT: &str = "back";
    pub const THEME_MOVE: &str = "move";
    pub const THEME_TOGGLE: &str = "tick / untick a theme";
    pub const THEME_TOGGLE_SHORT: &str = "tick";
    pub const THEME_CLEAR: &str = "untick all";
    pub const THEME_CLOSE: &str = "close";
    pub const NEW_NOTE: &str = "new note, prefilled from what is shown";
    pub const NEW_NOTE_SHORT: &str = "new note";
    pub const EDIT_NOTE: &str = "edit the note";
    pub const EDIT_SHORT: &str = "edit";
    pub const DELETE_NOTE: &str = "delete the note (asks first)";
    pub const DELETE_SHORT: &str = "delete";
    pub const CYCLE_FOLLOW_UP: &str = "follow-up: none → to do → done";
    pub const FOLLOW_UP_SHORT: &str = "follow-up";
    pub const FOLLOW_UP_FILTER: &str = "Notes: only those to follow up, soonest first";
    pub const FOLLOW_UP_FILTER_SHORT: &str = "to follow up";
    pub const SET_ASIDE: &str = "set the unreadable notes file aside (asks first)";
    pub const SET_ASIDE_SHORT: &str = "set file aside";
    pub const FORM_NEXT: &str = "next field";
    pub const FORM_PREV: &str = "previous field";
    pub const FORM_FIELD_SHORT: &str = "field";
    pub const FORM_SAVE: &str = "save the note";
    pub const FORM_SAVE_SHORT: &str = "save";
    pub const FORM_CANCEL: &str = "close the form (asks if something changed)";
    pub const FORM_CANCEL_SHORT: &str = "cancel";
    pub const FORM_EDITOR: &str = "edit the text in $VISUAL / $EDITOR";
    pub const FORM_EDITOR_SHORT: &str = "editor";
    pub const FORM_QUIT: &str = "quit (asks if the form has changes)";
    pub const CONFIRM_YES: &str = "yes";
    pub const CONFIRM_NO: &str = "no";
    pub const SHOW_ON_PLAN: &str = "show the stand on the plan";
    pub const SHOW_ON_PLAN_SHORT: &str = "plan";
    pub const STAR: &str = "star / unstar the stand (to visit)";
    pub const STAR_SHORT: &str = "star";
    pub const VISITED: &str = "mark the stand visited / not visited";
    pub const VISITED_SHORT: &str = "visited";
    pub const HERE: &str = "I am at this stand (\"you are here\")";
    pub const HERE_SHORT: &str = "I am here";
    pub const RESET_HERE: &str = "\"you are here\" back to the main entrance";
    pub const PAN: &str = "move the view";
    pub const PAN_SHORT: &str = "pan";
    pub const ZOOM_IN: &str = "zoom in";
    pub const ZOOM_OUT: &str = "zoom out";
    pub const ZOOM_FIT: &str = "fit the hall to the window";
    pub const ZOOM_SHORT: &str = "zoom";
    pub const NEXT_STAND: &str = "next matching stand";
    pub const PREV_STAND: &str = "previous matching stand";
    pub const STAND_SHORT: &str = "stand";
    pub const TOUR: &str = "draw the whole tour or not";
    pub const TOUR_SHORT: &str = "tour";
    pub const NEXT_HALL: &str = "next hall or floor";
    pub const PREV_HALL: &str = "previous hall or floor";
}

// Plan and "Ma visite".
pub const TAB_PLAN: &str = "Plan";
pub const TAB_VISIT: &str = "Ma visite";
pub const CONTEXT_PLAN: &str = "Plan (letters are commands; type a search in Stands)";
pub const CONTEXT_VISIT: &str = "Ma visite";
pub const PLAN_READ_ONLY: &str = "the plan file was left untouched; stars, visits and \"you are here\" are read-only until it is repaired";
pub const PLAN_NO_STAND: &str = "Select a stand first.";
pub const STARRED: &str = "★ to visit";
pub const VISITED: &str = "✓ visited";
pub const MY_VISIT: &str = "My visit";
pub const HOW_TO_GET_THERE: &str = "How to get there";
pub const YOU_ARE_HERE: &str = "You are here";
pub const MAIN_ENTRANCE: &str = "main entrance";
pub const ROUTE_TO: &str = "Route to stand";
pub const NO_STAND_SELECTED: &str = "No stand selected: search one in Stands, or n / p.";
pub const LEGEND: &str = "Legend";
pub const LEGEND_STAND: &str = "stand";
pub const LEGEND_SELECTED: &str = "selected";
pub const LEGEND_MATCHED: &str = "matches the search";
pub const LEGEND_WALL: &str = "wall";
pub const LEGEND_ENTRANCE: &str = "entrance";
pub const LEGEND_HERE: &str = "you are here";
pub const LEGEND_ROUTE: &str = "route";
pub const LEGEND_TOUR: &str = "tour";
pub const LEGEND_LINK: &str = "door / stairs / lift";
pub const LEGEND_STAR: &str = "starred";
pub const LEGEND_TICK: &str = "visited";
pub const NO_VENUE: &str = "This directory has no plan of the venue.";
pub const VISIT_TITLE: &str = "Ma visite — starred stands in walking order";
pub const VISIT_EMPTY: &str =
    "No stand starred yet: select a stand and press Alt-s (s in the detail or the plan).";
pub const VISIT_FROM: &str = "From";
pub const VISIT_TOTAL: &str = "Total walk";
pub const VISIT_DONE: &str = "visited";
pub const TOUR_SHOWN: &str = "tour shown";

/// `Plan — Grande salle (1/2)`.
pub fn plan_title(hall: &str, index: usize, count: usize) -> String {
    if count > 1 {
        format!("Plan — {hall} ({}/{count}, [ ] to switch)", index + 1)
    } else {
        format!("Plan — {hall}")
    }
}
