//! The TUI in English. See `crate::i18n` for how to add a string.

use std::path::Path;

use crate::i18n::{Keys, Lang, Ui};

pub(super) const UI: Ui = Ui {
    lang: Lang::En,
    app_name: "maillage",
    tab_stands: "Stands",
    tab_organisations: "Organisations",
    tab_notes: "Notes",
    search_prompt: "Search: ",
    search_placeholder: "type to search…",
    themes_active: "Themes (any): ",
    no_results: "Nothing matches.",
    why_theme: "theme: ",
    why_role: "role: ",
    why_stand: "stand ",
    why_person: "person: ",
    nothing_selected: "Nothing selected.",
    detail_title: "Detail",
    stand: "Stand",
    location: "Location",
    illustrative: "illustrative layout",
    illustrative_stand: "supposed stand: no source says it was held",
    illustrative_person: "made up: no source names this person",
    not_on_plan: "not on the plan",
    organisations: "Organisations",
    title: "Title",
    themes: "Themes",
    people: "People",
    official_name: "Official name",
    also_known_as: "Also known as",
    kind: "Kind",
    website: "Website",
    part_of: "Part of",
    stands: "Stands",
    none: "none",
    back_depth: "Esc: back",
    tab_programme: "Programme",
    tab_people: "People",
    role: "Role",
    organisation: "Organisation",
    not_given: "not given in the directory",
    stands_of_organisation: "Stands of their organisation",
    suggested_people: "People here",
    suggested_organisations: "In the directory",
    help_title: "Keys",
    help_footer: "Esc, F1 or ? closes this help",
    help_typing: "In the lists and the detail, every character types into the search \
(from the detail, it goes back to the list with the letter typed); commands there are keys that \
cannot be text: Alt-letters, F-keys, Ctrl-keys, Enter, Esc, arrows. `?` opens help when the search is empty; \
F1 always does. On the Plan and in My visit, letters are commands: / goes to the search (of Stands), \
q quits. Nowhere does a bare letter change what is saved: stars, visits and \"you are here\" \
are Alt-s, Alt-v, Alt-h and Alt-r, and every change is announced at the bottom; Ctrl-Z takes \
back the last ones, a deleted note too. Ctrl-C quits from anywhere (asking first if a note form has changes). \
With several themes chosen, items having ANY of them are shown. \
Mouse: the wheel scrolls; a click selects a tab, a row or a link, and a second click opens it. \
On the plan, a click on a stand selects it and the wheel zooms.",
    themes_title: "Filter by theme (any of)",
    themes_empty: "This directory has no themes.",
    themes_footer: "Space toggles · Backspace clears · Enter closes",
    context_notes_broken: "Notes file unreadable",
    context_plan_broken: "Plan file unreadable",
    context_form: "Note form",
    context_confirm: "Confirmation",
    context_global: "Everywhere",
    context_browse: "Lists, detail, Plan and My visit",
    context_list: "List (search box has the keyboard)",
    context_list_idle: "Search empty (list or detail)",
    context_detail: "Detail pane",
    context_help: "This help",
    context_themes: "Theme picker",
    note_organisation: "Organisation",
    note_role: "Role",
    note_email: "E-mail",
    note_phone: "Phone",
    note_stand: "Stand",
    note_event: "Event",
    note_no_event: "every event",
    note_tags: "Tags",
    note_follow_up: "Follow-up",
    note_created: "Created",
    note_updated: "Updated",
    note_earlier: "Earlier versions",
    note_version: "Version of",
    note_name: "Name",
    no_earlier_version: "This note has no earlier version.",
    note_in_directory: "In the directory",
    your_notes: "Your notes",
    follow_none: "none",
    follow_todo: "to do",
    follow_done: "done",
    notes_follow_up_title: "to follow up",
    notes_all_events_title: "all events",
    no_notes: "No notes yet. Alt-n or F5 adds one.",
    no_follow_ups: "Nothing to follow up. Alt-u shows every note.",
    set_aside_hint: "F9 sets the file aside (after asking).",
    notes_unavailable: "Notes are unavailable: no configuration folder (set MAILLAGE_CONFIG_DIR or --config-dir).",
    notes_read_only: "Notes are read-only: the notes file cannot be read (see the banner). F9 sets it aside.",
    no_note_shown: "Select a note first (Notes tab, or a note in a detail).",
    note_saved: "Note saved.",
    note_deleted: "Note deleted.",
    note_gone: "That note no longer exists (deleted elsewhere?).",
    notes_file_fine: "The notes file is fine: nothing to set aside.",
    notes_reloaded: "Notes changed on disk: reloaded.",
    search_placeholder_commands: "/ to search (letters are commands here)",
    letters_are_commands: "Letters are commands here: / to search, ? for the keys.",
    nothing_to_undo: "Nothing to undo.",
    undo_hint: "Ctrl-Z brings it back.",
    banner_hint: "Notes are read-only; the file is left untouched. Repair it, or F9: set it aside and start afresh.",
    confirm_title: "Please confirm",
    confirm_footer: "y: yes · n or Esc: no",
    confirm_discard: "Throw away the changes made in this form?",
    confirm_quit: "Quit and throw away the changes made in this form?",
    confirm_set_aside: "Set the unreadable notes file aside (it is renamed, \
never deleted) and start with no notes?",
    confirm_set_aside_plan: "Set the unreadable plan file aside (it is renamed, \
never deleted) and start with no stars, no visits and \"you are here\" at the entrance?",
    form_new: "New note",
    form_edit: "Edit note",
    form_footer: "Tab/Shift-Tab: field · Ctrl-S: save · Esc: cancel · Ctrl-O or F4: $EDITOR",
    field_name: "Name *",
    field_organisation: "Organisation",
    field_role: "Role",
    field_email: "E-mail",
    field_phone: "Phone",
    field_stand: "Stand",
    field_given: "Given name",
    field_family: "Family name",
    field_tags: "Tags",
    field_follow_up: "Follow-up",
    field_date: "By date",
    field_text: "Text",
    tags_placeholder: "comma-separated",
    date_placeholder: "e.g. 15/12/2026 or 2026-12-15, optional",
    org_placeholder: "type to pick from the directory, or free text",
    text_placeholder: "What to remember… (Enter: new line)",
    org_linked: "directory",
    follow_up_keys: "Space ←→: change",
    completion_keys: "↑↓ Enter: pick",
    // Plan and "Ma visite".
    colon: ": ",
    tab_plan: "Plan",
    tab_visit: "My visit",
    context_plan: "Plan (letters are commands; / searches)",
    context_visit: "My visit (letters are commands; / searches)",
    plan_read_only: "the plan file was left untouched; stars, visits and \"you are here\" are read-only until it is repaired, or set aside with F9",
    plan_file_fine: "The plan file is fine: nothing to set aside.",
    plan_no_stand: "Select a stand first.",
    starred: "★ to visit",
    visited: "✓ visited",
    my_visit: "My visit",
    how_to_get_there: "How to get there",
    you_are_here: "You are here",
    main_entrance: "main entrance",
    route_to: "Route to stand",
    no_stand_selected: "No stand selected: search one in Stands, or n / p.",
    legend: "Legend",
    legend_stand: "stand",
    legend_selected: "selected",
    legend_matched: "matches the search",
    legend_wall: "wall",
    legend_entrance: "entrance",
    legend_here: "you are here",
    legend_route: "route",
    legend_tour: "tour",
    legend_link: "door / stairs / lift",
    legend_star: "starred",
    legend_tick: "visited",
    no_venue: "This directory has no plan of the venue.",
    visit_title: "My visit — starred stands in walking order",
    visit_day_title: "My visit — my day: starred talks at their time, stands in between",
    visit_empty: "No stand starred yet: select a stand and press Alt-s.",
    visit_from: "From",
    visit_total: "Total walk",
    visit_done: "visited",
    tour_shown: "tour shown",
    tour_complete: "Every starred stand is visited: your tour is complete.",
    about_title: "About this directory",
    about_date: "Date",
    about_venue: "Venue",
    about_sources: "Sources",
    too_small,
    indexing,
    looser_offer,
    follow_todo_by,
    names_placeholder: |guess| match guess {
        "" => "none, from the name".into(),
        guess => format!("{guess}, from the name"),
    },
    overdue_by,
    follow_up_now,
    note_moved,
    set_aside_done,
    plan_set_aside_done,
    confirm_delete,
    editor_failed,
    starred_now,
    visited_now,
    here_now,
    undone,
    earlier_versions,
    version_restored,
    plan_title,
    keys: KEYS,
};

const KEYS: Keys = Keys {
    quit: "quit",
    help: "help",
    close_help: "close help",
    themes: "filter by theme",
    themes_short: "themes",
    next_tab: "next list",
    prev_tab: "previous list",
    tab_short: "list",
    move_in_list: "move in the list",
    move_short: "move",
    page: "move a page",
    first_last: "first / last",
    open: "open the detail",
    open_short: "open",
    clear: "clear the search",
    clear_short: "clear",
    backspace: "delete a character",
    delete_word: "delete a word",
    link: "choose a link",
    link_short: "link",
    scroll: "scroll",
    first_last_link: "first / last link",
    follow: "follow the link",
    follow_short: "follow",
    back: "back (previous detail, then the list)",
    back_short: "back",
    theme_move: "move",
    theme_toggle: "tick / untick a theme",
    theme_toggle_short: "tick",
    theme_clear: "untick all",
    theme_close: "close",
    new_note: "new note, prefilled from what is shown",
    new_note_short: "new note",
    edit_note: "edit the note",
    edit_short: "edit",
    delete_note: "delete the note (asks first)",
    delete_short: "delete",
    cycle_follow_up: "follow-up: none → to do → done",
    follow_up_short: "follow-up",
    follow_up_filter: "Notes: only those to follow up, soonest first",
    follow_up_filter_short: "to follow up",
    all_events: "Notes: this event's or every event's",
    all_events_short: "all events",
    move_event: "move the note to this event or to none",
    set_aside: "set the unreadable notes file aside (asks first)",
    set_aside_short: "set file aside",
    set_aside_plan: "set the unreadable plan file aside (asks first)",
    form_next: "next field",
    form_prev: "previous field",
    form_field_short: "field",
    form_save: "save the note",
    form_save_short: "save",
    form_cancel: "close the form (asks if something changed)",
    form_cancel_short: "cancel",
    form_editor: "edit the text in $VISUAL / $EDITOR",
    form_editor_short: "editor",
    form_quit: "quit (asks if the form has changes)",
    confirm_yes: "yes",
    confirm_no: "no",
    yes_key: "y",
    open_card: "Your card: your contact details as a QR code",
    card_close: "close",
    card_edit: "Edit your card",
    card_edit_short: "edit",
    card_invert: "Swap dark and light (without colours)",
    card_invert_short: "invert",
    // Plan and "Ma visite".
    show_on_plan: "show the stand (or the talk's stand) on the plan",
    show_on_plan_short: "plan",
    star: "star / unstar the stand (to visit) or the talk",
    star_short: "star",
    visited: "mark the stand visited / not visited",
    visited_short: "visited",
    here: "I am at this stand (\"you are here\")",
    here_short: "I am here",
    reset_here: "\"you are here\" back to the main entrance",
    pan: "move the view",
    pan_short: "pan",
    zoom_in: "zoom in",
    zoom_out: "zoom out",
    zoom_fit: "fit the hall to the window",
    zoom_short: "zoom",
    next_stand: "next matching stand",
    prev_stand: "previous matching stand",
    stand_short: "stand",
    tour: "draw the whole tour or not",
    tour_short: "tour",
    next_hall: "next hall or floor",
    prev_hall: "previous hall or floor",
    undo: "undo the last change (star, visit, note…)",
    undo_short: "undo",
    focus_search: "search (from the Plan and My visit: in Stands)",
    focus_search_short: "search",
    restore_version: "bring back a note's earlier version",
};

fn too_small(width: u16, height: u16, min_width: u16, min_height: u16) -> String {
    format!("terminal too small ({width}×{height}, needs {min_width}×{min_height})")
}

/// While the search index is built: how many records are in, of how many.
fn indexing(done: usize, total: usize) -> String {
    format!(
        "indexing… {}/{}",
        crate::i18n::group_digits(done, ','),
        crate::i18n::group_digits(total, ',')
    )
}

fn follow_todo_by(date: &str) -> String {
    format!("to do by {date}")
}

fn note_moved(event: Option<&str>) -> String {
    match event {
        Some(event) => format!("Now a note of {event}."),
        None => "Tied to no event: shown in every event.".to_string(),
    }
}

fn follow_up_now(state: &str) -> String {
    format!("Follow-up: {state}.")
}

fn plan_set_aside_done(path: Option<&Path>) -> String {
    match path {
        Some(p) => format!(
            "The unreadable plan file was renamed to {}; the plan starts afresh.",
            p.display()
        ),
        None => "The plan starts afresh.".to_string(),
    }
}

fn set_aside_done(path: Option<&Path>) -> String {
    match path {
        Some(p) => format!(
            "The unreadable file was renamed to {}; notes start afresh.",
            p.display()
        ),
        None => "Notes start afresh.".to_string(),
    }
}

fn confirm_delete(name: &str) -> String {
    format!("Delete the note on {name}? (Ctrl-Z brings it back.)")
}

fn plan_title(hall: &str, index: usize, count: usize) -> String {
    if count > 1 {
        format!("Plan — {hall} ({}/{count}, [ ] to switch)", index + 1)
    } else {
        format!("Plan — {hall}")
    }
}

fn editor_failed(why: &str) -> String {
    format!("The editor did not run: {why}")
}

fn starred_now(stand: &str, on: bool) -> String {
    if on {
        format!("★ Stand {stand} starred (to visit).")
    } else {
        format!("Stand {stand} unstarred.")
    }
}

fn visited_now(stand: &str, on: bool) -> String {
    if on {
        format!("✓ Stand {stand} visited; you are here now.")
    } else {
        format!("Stand {stand} no longer visited.")
    }
}

fn here_now(stand: Option<&str>) -> String {
    match stand {
        Some(stand) => format!("You are here: stand {stand}."),
        None => "You are back at the main entrance.".to_string(),
    }
}

fn earlier_versions(count: usize, latest: &str) -> String {
    match count {
        1 => format!("1 earlier version (changed on {latest}). Alt-b brings it back."),
        n => format!(
            "{n} earlier versions (the latest changed on {latest}). Alt-b brings back the latest."
        ),
    }
}

fn version_restored(name: &str) -> String {
    format!("Earlier version of the note on {name} brought back; the one it replaces is kept.")
}

fn undone(said: &str) -> String {
    format!("Undone: {said}")
}

fn overdue_by(days: i32) -> String {
    match days {
        1 => "Overdue by 1 day.".into(),
        n => format!("Overdue by {n} days."),
    }
}

fn looser_offer(looser: &str, found: usize) -> String {
    match found {
        1 => format!("“{looser}” finds 1: Enter to search it."),
        _ => format!("“{looser}” finds {found}: Enter to search it."),
    }
}
