//! The TUI's strings ([`Ui`]) and key descriptions ([`Keys`]); their words
//! are in `en/ui.rs` and `fr/ui.rs`. Data from the directory is shown as
//! written and never goes through here.
//!
//! Views get the table of the app's language with `app.text()`; a `fn` field
//! fills values in: `(app.text().too_small)(…)`; `k!(my_key)` names a key
//! description in `keymap/bindings.rs`.

use super::{Lang, text_table};
use crate::notes::{FollowUp, format_date};

text_table! {
    /// The TUI's strings in one language.
    pub struct Ui {
        strings {
            app_name,
            // Tabs.
            tab_stands, tab_organisations, tab_notes,
            // Search box and header.
            search_prompt, search_placeholder, themes_active, no_results,
            // Why a result matched, after its name: `· theme: housing`.
            why_theme, why_role, why_stand, why_person,
            nothing_selected, detail_title,
            // Detail labels.
            stand, location, illustrative, illustrative_stand,
            illustrative_person, not_on_plan, organisations, title,
            themes, people, official_name, also_known_as, kind, website,
            part_of, stands, none, back_depth,
            // The People tab and a person's detail.
            tab_people, tab_programme, role, organisation, not_given, stands_of_organisation,
            // The note form's suggestions, over their field.
            suggested_people, suggested_organisations,
            // Popups.
            help_title, help_footer, help_typing, themes_title, themes_empty,
            themes_footer,
            // Help sections, one per keymap context.
            context_notes_broken, context_plan_broken, context_form,
            context_confirm, context_global, context_browse, context_list,
            context_list_idle, context_detail, context_help, context_themes,
            // Detail of a note, and notes shown in other details.
            note_organisation, note_role, note_email, note_phone, note_stand,
            note_event, note_no_event,
            note_tags, note_follow_up, note_created, note_updated,
            note_earlier, note_version, note_name, no_earlier_version,
            note_in_directory, your_notes, follow_none, follow_todo,
            follow_done,
            // Notes list.
            notes_follow_up_title, notes_all_events_title, no_notes, no_follow_ups, set_aside_hint,
            // Status messages.
            notes_unavailable, notes_read_only, no_note_shown, note_saved,
            note_deleted, note_gone, notes_file_fine, notes_reloaded,
            // Safe typing and undo.
            search_placeholder_commands, letters_are_commands, nothing_to_undo,
            undo_hint,
            // Banner shown while the notes file is unreadable.
            banner_hint,
            // Confirmations.
            confirm_title, confirm_footer, confirm_discard, confirm_quit,
            confirm_set_aside, confirm_set_aside_plan,
            // The form.
            form_new, form_edit, form_footer, field_name, field_organisation,
            field_role, field_email, field_phone, field_stand, field_given,
            field_family, field_tags,
            field_follow_up, field_date, field_text, tags_placeholder,
            date_placeholder, org_placeholder, text_placeholder, org_linked,
            follow_up_keys, completion_keys,
            // Plan and "Ma visite". `colon` goes between a label and its value.
            colon, tab_plan, tab_visit, context_plan, context_visit, plan_read_only,
            plan_file_fine,
            plan_no_stand, starred, visited, my_visit, how_to_get_there,
            you_are_here, main_entrance, route_to, no_stand_selected, legend,
            legend_stand, legend_selected, legend_matched, legend_wall,
            legend_entrance, legend_here, legend_route, legend_tour,
            legend_link, legend_star, legend_tick, no_venue, visit_title, visit_day_title,
            visit_empty, visit_from, visit_total, visit_done, tour_shown, tour_complete,
            // "About this directory", at the end of the help.
            about_title, about_date, about_venue, about_sources,
        }
        others {
            /// The language of this table, for messages from the core (note errors).
            lang: Lang,
            /// `terminal too small (30×10, needs 40×12)`: current, then needed size.
            too_small: fn(u16, u16, u16, u16) -> String,
            /// `indexing… 12,000/117,500`: records indexed so far, of how many.
            indexing: fn(usize, usize) -> String,
            /// After "nothing matches": a looser query and how many it finds.
            looser_offer: fn(&str, usize) -> String,
            /// The placeholder of an empty given or family name: the part of
            /// the name that address books will get instead, maybe empty.
            names_placeholder: fn(&str) -> String,
            /// `to do by 1 Dec 2026`, given the date as [`format_date`] writes it.
            follow_todo_by: fn(&str) -> String,
            /// `Overdue by 3 days.`, in a note's detail.
            overdue_by: fn(i32) -> String,
            /// `Follow-up: to do.`, given the follow-up as [`Ui::follow_up`] writes it.
            follow_up_now: fn(&str) -> String,
            /// The note is now of event `Some(name)`, or tied to none.
            note_moved: fn(Option<&str>) -> String,
            /// After setting the notes file aside, given where it went.
            set_aside_done: fn(Option<&std::path::Path>) -> String,
            /// After setting the plan file aside, given where it went.
            plan_set_aside_done: fn(Option<&std::path::Path>) -> String,
            /// The question before deleting the note on someone.
            confirm_delete: fn(&str) -> String,
            /// The editor could not be run, given why.
            editor_failed: fn(&str) -> String,
            /// `Plan — Grande salle (1/2, [ ] to switch)`: hall name, index from 0, count.
            plan_title: fn(&str, usize, usize) -> String,
            /// `Stand B4 starred.` / `… unstarred.`: the stand, starred now or not.
            starred_now: fn(&str, bool) -> String,
            /// `Stand B4 visited; you are here.`: the stand, visited now or not.
            visited_now: fn(&str, bool) -> String,
            /// `You are here: stand B4.`; `None`: back at the main entrance.
            here_now: fn(Option<&str>) -> String,
            /// `1 earlier version (changed on 4 Dec 2026 10:15 UTC)`, and the
            /// key that restores it: how many, when the latest was made.
            earlier_versions: fn(usize, &str) -> String,
            /// After an earlier version of the note on someone was restored.
            version_restored: fn(&str) -> String,
            /// `Undone: Stand B4 starred.`, given what the change said.
            undone: fn(&str) -> String,
            /// Descriptions of the key bindings.
            keys: Keys,
        }
    }
}

text_table! {
    /// Descriptions of the key bindings (help overlay) and their short forms
    /// (hint bar, `_short`).
    pub struct Keys {
        strings {
            quit, help, close_help, themes, themes_short, next_tab, prev_tab,
            tab_short, move_in_list, move_short, page, first_last, open,
            open_short, clear, clear_short, backspace, delete_word, link,
            link_short, scroll, first_last_link, follow, follow_short, back,
            back_short, theme_move, theme_toggle, theme_toggle_short,
            theme_clear, theme_close, new_note, new_note_short, edit_note,
            edit_short, delete_note, delete_short, cycle_follow_up,
            follow_up_short, follow_up_filter, follow_up_filter_short,
            all_events, all_events_short, move_event,
            set_aside, set_aside_short, set_aside_plan, form_next, form_prev,
            form_field_short, form_save, form_save_short, form_cancel,
            form_cancel_short, form_editor, form_editor_short, form_quit,
            confirm_yes, confirm_no, yes_key,
            // Your card.
            open_card, card_close, card_edit, card_edit_short,
            card_invert, card_invert_short,
            // Plan and "Ma visite".
            show_on_plan, show_on_plan_short, star, star_short, visited,
            visited_short, here, here_short, reset_here, pan, pan_short,
            zoom_in, zoom_out, zoom_fit, zoom_short, next_stand, prev_stand,
            stand_short, tour, tour_short, next_hall, prev_hall,
            // Safe typing and undo.
            undo, undo_short, focus_search, focus_search_short,
            // A note's earlier versions.
            restore_version,
        }
        others {}
    }
}

impl Ui {
    /// `none`, `to do`, `to do by 1 Dec 2026` or `done`.
    pub fn follow_up(&self, state: &FollowUp) -> String {
        match state {
            FollowUp::None => self.follow_none.to_string(),
            FollowUp::Todo { date: None } => self.follow_todo.to_string(),
            FollowUp::Todo { date: Some(d) } => (self.follow_todo_by)(&format_date(*d, self.lang)),
            FollowUp::Done => self.follow_done.to_string(),
        }
    }

    /// "Note saved." followed by the warnings the save produced.
    pub fn saved_with_warnings(&self, warnings: &[String]) -> String {
        format!("{} {}", self.note_saved, warnings.join(" "))
    }
}
