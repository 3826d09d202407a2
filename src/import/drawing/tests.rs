//! The drawing language: a valid plan read into cells, and each problem
//! with its line and column.

use super::*;
use crate::import::{Options, import_csv};

fn problems(text: &str) -> Vec<(usize, usize, PlanProblem)> {
    match parse(text.as_bytes()) {
        Ok(_) => Vec::new(),
        Err(found) => found
            .into_iter()
            .map(|d| (d.line, d.column, d.problem))
            .collect(),
    }
}

fn rect(x: u32, y: u32, w: u32, h: u32) -> Rect {
    Rect { x, y, w, h }
}

const TWO_HALLS: &str = "\
scale: 1 char = 1 m, 1 line = 1 m
legend:
A: Welcome desk (welcome desk)
D: Door to the annex (door)

hall: Main hall
#########
#  +A1+ #
#  +--+ D
#AA     #
####E####

hall: Annex (level 1)
#######
D +B1+#
# +-*+#
#     #
#######
";

#[test]
fn a_valid_plan_gives_halls_stands_doors_and_landmarks_in_cells() {
    let drawing = parse(TWO_HALLS.as_bytes()).unwrap();
    assert_eq!(drawing.metres_per_cell, 1.0);
    let [main, annex] = &drawing.halls[..] else {
        panic!("two halls")
    };
    assert_eq!(
        (main.name.as_str(), main.width, main.height),
        ("Main hall", 9, 5)
    );
    assert_eq!((annex.name.as_str(), annex.level), ("Annex", 1));
    assert_eq!(main.at, At { line: 6, column: 1 });
    // The west wall of the main hall: one rectangle from line 2 to 4.
    assert!(main.walls.contains(&rect(0, 1, 1, 3)), "{:?}", main.walls);
    assert!(main.walls.contains(&rect(0, 0, 9, 1)));
    assert_eq!(
        main.entrances,
        [DrawnEntrance {
            name: None,
            main: true,
            x: 4,
            y: 4
        }]
    );
    assert_eq!(main.landmarks[0].rect, rect(1, 3, 2, 1));
    assert_eq!(main.landmarks[0].kind, LandmarkKind::WelcomeDesk);
    assert_eq!(drawing.connections.len(), 1);
    assert_eq!(drawing.connections[0].from, (0, 8, 2));
    assert_eq!(drawing.connections[0].to, (1, 0, 1));
    let a1 = &drawing.stands[0];
    assert_eq!(
        (a1.number.as_str(), a1.hall, a1.rect),
        ("A1", 0, rect(3, 1, 4, 2))
    );
    assert_eq!(a1.at, At { line: 8, column: 5 });
    // Not marked: the side facing the widest aisle an entrance leads to
    // (east, two cells to the door, rather than south, one to the wall).
    assert_eq!(a1.approach, Side::East);
    let b1 = &drawing.stands[1];
    assert_eq!(
        (b1.hall, b1.rect, b1.approach),
        (1, rect(2, 1, 4, 2), Side::South)
    );
}

#[test]
fn the_default_scale_is_half_a_metre_across_and_a_metre_down() {
    let drawing = parse(b"hall: H\n#######\n# +A1+\n# +*-+\n#\n###E###\n").unwrap();
    let hall = &drawing.halls[0];
    assert_eq!(drawing.metres_per_cell, 0.5);
    // 7 characters across, 5 lines of two cells down.
    assert_eq!((hall.width, hall.height), (7, 10));
    assert_eq!(drawing.stands[0].rect, rect(2, 2, 4, 4));
    assert_eq!(drawing.stands[0].approach, Side::South);
    assert_eq!((hall.entrances[0].x, hall.entrances[0].y), (3, 8));
}

#[test]
fn a_stand_number_may_be_inside_its_box_and_hold_hyphens() {
    let text = "scale: 1 char = 1 m, 1 line = 1 m\nhall: H\n\
                ##########\n\
                # +-----+#\n\
                # |H3-10|#\n\
                # +--*--+#\n\
                #        #\n\
                ####E#####\n";
    let drawing = parse(text.as_bytes()).unwrap();
    let stand = &drawing.stands[0];
    assert_eq!(stand.number, "H3-10");
    assert_eq!(stand.at, At { line: 5, column: 4 });
    assert_eq!(stand.rect, rect(2, 1, 7, 3));
}

#[test]
fn french_keywords_and_crlf_line_ends_read_the_same() {
    let text = "échelle : 1 caractère = 1 m ; 1 ligne = 1 m\r\n\
                légende :\r\nA : Accueil (accueil)\r\n\
                salle : Salle\r\n#####\r\n#A  #\r\n##E##\r\n";
    let drawing = parse(text.as_bytes()).unwrap();
    assert_eq!(drawing.halls[0].name, "Salle");
    assert_eq!(drawing.halls[0].landmarks[0].name, "Accueil");
}

#[test]
fn an_unclosed_box_is_reported_where_its_outline_breaks() {
    let text = "hall: H\n##########\n# +-A1-  #\n# +----+ #\n#        #\n####E#####\n";
    assert_eq!(
        problems(text),
        [(3, 8, PlanProblem::UnclosedBox { line: 3, column: 3 })]
    );
}

#[test]
fn an_unknown_letter_is_reported_once_at_its_first_cell() {
    let text = "hall: H\n#######\n# QQ  #\n# QQ  #\n###E###\n";
    assert_eq!(problems(text), [(3, 3, PlanProblem::UnknownLetter('Q'))]);
}

#[test]
fn crossing_or_nested_boxes_are_overlaps() {
    let crossing = "hall: H\n############\n# +-A1-+   #\n# |  +--A2+#\n# +--|-+  |#\n#    +----+#\n#          #\n#####E######\n";
    let found = problems(crossing);
    assert!(
        matches!(&found[..], [(4, 8, PlanProblem::Overlap { stand, line: 3, .. })] if stand == "A1"),
        "{found:?}"
    );
    let nested = "hall: H\n############\n# +------+ #\n# | +A2+ | #\n# | +--+ | #\n# |  A1  | #\n# +------+ #\n#          #\n#####E######\n";
    let found = problems(nested);
    assert!(
        matches!(&found[0], (4, 5, PlanProblem::Overlap { .. })),
        "{found:?}"
    );
}

#[test]
fn a_walled_in_stand_is_unreachable_at_its_number() {
    let text = "scale: 1 char = 1 m, 1 line = 1 m\nhall: H\n\
                ###########\n\
                #    #+A1+#\n\
                #    #+--+#\n\
                #    ######\n\
                ####E######\n";
    assert_eq!(
        problems(text),
        [(4, 8, PlanProblem::StandUnreachable { stand: "A1".into() })]
    );
}

#[test]
fn a_marked_side_against_a_wall_or_away_from_the_entrance_is_an_error_at_the_mark() {
    let text = "scale: 1 char = 1 m, 1 line = 1 m\nhall: H\n\
                ##########\n\
                #+A1+    #\n\
                #|  *    #\n\
                #+--+    #\n\
                #        #\n\
                ####E#####\n";
    let drawing = parse(text.as_bytes()).unwrap();
    assert_eq!(drawing.stands[0].approach, Side::East);
    let blocked = text.replace("|  *", "*  |");
    assert_eq!(
        problems(&blocked),
        [(
            5,
            2,
            PlanProblem::ApproachBlocked {
                stand: "A1".into(),
                side: Side::West
            }
        )]
    );
}

#[test]
fn a_hall_with_no_entrance_and_no_door_is_reported_at_its_header() {
    let text = "hall: Main\n#####\n#   #\n##E##\n\nhall: Attic\n#####\n#   #\n#####\n";
    assert_eq!(
        problems(text),
        [(
            6,
            1,
            PlanProblem::HallUnreachable {
                hall: "Attic".into()
            }
        )]
    );
}

#[test]
fn the_other_problems_each_have_their_place() {
    let cases: &[(&str, (usize, usize), PlanProblem)] = &[
        (
            "scale: 1 char = 0.3 m\nhall: H\n#E#\n",
            (1, 7),
            PlanProblem::BadScale("1 char = 0.3 m".into()),
        ),
        ("hall: H\n#E#\n#\t#\n", (3, 2), PlanProblem::Tab),
        (
            "Salon 2025\nhall: H\n#E#\n",
            (1, 1),
            PlanProblem::OutsideSection,
        ),
        (
            "legend:\nAccueil\nhall: H\n#E#\n",
            (2, 1),
            PlanProblem::BadLegendLine,
        ),
        (
            "legend:\nA: Accueil (piscine)\nhall: H\n#E#\n",
            (2, 13),
            PlanProblem::UnknownKind("piscine".into()),
        ),
        (
            "hall: H\n#E#\n#~#\n",
            (3, 2),
            PlanProblem::UnknownCharacter('~'),
        ),
        (
            "legend:\nA: Bar (bar)\nhall: H\n#E###\n#AA #\n#A  #\n#####\n",
            (5, 2),
            PlanProblem::NotRectangle('A'),
        ),
        (
            "hall: H\n#E###\n# -- #\n",
            (3, 3),
            PlanProblem::StrayOutline('-'),
        ),
        (
            "hall: H\n#E#####\n# +--+#\n# +--+#\n#     #\n",
            (3, 3),
            PlanProblem::NoNumber,
        ),
        (
            "hall: H\n#E#######\n# +-----+\n# |A1 A2|\n# +-----+\n#       #\n",
            (4, 7),
            PlanProblem::TwoNumbers {
                first: "A1".into(),
                second: "A2".into(),
            },
        ),
        (
            "hall: H\n#E######\n# +A1*+#\n# *   |#\n# +---+#\n#      #\n",
            (4, 3),
            PlanProblem::TwoApproaches,
        ),
        (
            "hall: H\n#E#########\n# +A1++a1+#\n# +--++--+#\n#         #\n",
            (3, 8),
            PlanProblem::DrawnTwice {
                stand: "a1".into(),
                line: 3,
            },
        ),
        (
            "hall: H\n#E##E#\n#    #\n",
            (2, 5),
            PlanProblem::SecondMainEntrance { line: 2 },
        ),
        (
            "legend:\nD: Door (door)\nhall: H\n#E##D#\n#    #\n",
            (4, 5),
            PlanProblem::ConnectionOnce {
                name: "Door".into(),
            },
        ),
        ("hall: H\n\n", (1, 1), PlanProblem::EmptyHall("H".into())),
        ("legend:\nA: Accueil\n", (1, 1), PlanProblem::NoHall),
        (
            "legend:\nA: x\nA: y\nhall: H\n#E#\n",
            (3, 1),
            PlanProblem::LegendKeyTwice { key: 'A', line: 2 },
        ),
    ];
    for (text, (line, column), problem) in cases {
        let found = problems(text);
        assert_eq!(
            found.first(),
            Some(&(*line, *column, problem.clone())),
            "{text}"
        );
    }
    assert_eq!(
        parse(b"hall: H\n#\xE9#\n").err().unwrap()[0],
        PlanDiagnostic::new(2, 2, PlanProblem::NotUtf8(0xE9))
    );
}

fn import(csv: &str, plan: &str) -> Result<crate::import::Imported, crate::import::Refused> {
    let options = Options {
        event_name: "Salon".into(),
        lang: crate::i18n::Lang::En,
        plan: Some(parse(plan.as_bytes()).unwrap()),
    };
    import_csv(csv.as_bytes(), &options)
}

#[test]
fn the_sheets_stands_go_where_the_plan_draws_them() {
    let csv = "stand;organisation;x;y\nA1;Alpha;1;1\nb1;Beta;1;1\n";
    let imported = import(csv, TWO_HALLS).unwrap();
    let d = &imported.directory;
    let venue = d.venue.as_ref().unwrap();
    assert!(!venue.illustrative);
    assert_eq!(venue.halls[1].id, "annex");
    assert_eq!(venue.connections[0].from.hall, "main-hall");
    let b1 = d.stand("b1").unwrap().location.as_ref().unwrap();
    assert_eq!((b1.hall.as_str(), b1.x, b1.y), ("annex", 2, 1));
    // The position columns are left out, with a warning each.
    let ignored: Vec<(usize, usize)> = imported
        .warnings
        .iter()
        .map(|w| line_column(&w.place))
        .collect();
    assert_eq!(ignored, [(1, 20), (1, 22)]);
    assert!(crate::directory::parse(&serde_json::to_string(d).unwrap()).is_ok());
}

#[test]
fn a_number_drawn_but_not_in_the_sheet_and_a_stand_not_drawn_are_errors() {
    let csv = "stand;organisation\nA1;Alpha\nC9;Gamma\n";
    let refused = import(csv, TWO_HALLS).err().unwrap();
    // C9's row is refused; B1 is a problem of the drawing, on no row.
    assert_eq!(
        (refused.rows_read, refused.stands, refused.rows_refused),
        (2, 1, 1)
    );
    let found: Vec<(usize, usize, bool, String)> = refused
        .problems
        .into_iter()
        .map(|d| {
            let (line, column) = line_column(&d.place);
            let in_plan = matches!(d.place, crate::import::Place::Plan { .. });
            assert_eq!(in_plan, d.kind.in_plan());
            (line, column, in_plan, d.message)
        })
        .collect();
    assert_eq!(
        found,
        [
            (
                3,
                1,
                false,
                "stand C9 is not drawn on the plan (--plan): draw its box with its number in it"
                    .to_string()
            ),
            (
                15,
                4,
                true,
                "stand B1 is drawn on the plan but is not in the spreadsheet".to_string()
            ),
        ]
    );
}

fn line_column(place: &crate::import::Place) -> (usize, usize) {
    match place {
        crate::import::Place::Text { line, column }
        | crate::import::Place::Plan { line, column } => (*line, *column),
        other => panic!("not a place in a text: {other:?}"),
    }
}

/// The example plan of `data/examples` places every stand of its sheet.
#[test]
fn the_example_plan_places_every_example_stand() {
    let plan = include_str!("../../../data/examples/salle.txt");
    let csv = include_str!("../../../data/examples/exposants.csv");
    let imported = import(csv, plan).unwrap();
    let d = &imported.directory;
    assert_eq!(d.venue.as_ref().unwrap().halls.len(), 2);
    assert!(d.stands.iter().all(|s| s.location.is_some()));
}
