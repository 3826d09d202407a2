//! Landmarks and halls as the ends of routes: the walkable cell each stands
//! for (a talk at the tribune, a talk in a hall).

use super::{CellKind, VenueGrid};
use crate::directory::Rect;
use crate::venue::{Cell, Endpoint, RouteError};

impl VenueGrid {
    /// The cell a route to landmark `id` leads to: inside it, nearest its
    /// middle, when people walk through it; else the free cell next to one
    /// of its sides nearest its middle.
    pub(super) fn landmark_cell(&self, id: &str) -> Result<(Cell, Endpoint), RouteError> {
        let spot = self.landmarks.iter().find(|l| l.id == id).ok_or_else(|| {
            RouteError::UnknownLandmark {
                landmark: id.to_string(),
            }
        })?;
        let endpoint = Endpoint::Landmark {
            id: spot.id.clone(),
            name: spot.name.clone(),
            landmark: spot.kind,
        };
        let r = spot.rect;
        let inside = (r.y..r.y.saturating_add(r.h))
            .flat_map(|y| (r.x..r.x.saturating_add(r.w)).map(move |x| (x, y)));
        let cell = self
            .nearest_middle(spot.hall, r, inside)
            .or_else(|| self.nearest_middle(spot.hall, r, around(r)))
            .ok_or_else(|| RouteError::UnreachableLandmark {
                landmark: spot.name.clone(),
            })?;
        Ok((cell, endpoint))
    }

    /// The cell a route to hall `id` leads to: its main entrance, else its
    /// first one; else the end of a door, stairs or lift into it; else the
    /// free cell nearest its middle.
    pub(super) fn hall_cell(&self, id: &str) -> Result<(Cell, Endpoint), RouteError> {
        let hall = self.hall_index(id).ok_or_else(|| RouteError::UnknownHall {
            hall: id.to_string(),
        })?;
        let h = self.hall(hall);
        let endpoint = Endpoint::Hall {
            id: h.id.clone(),
            name: h.name.clone(),
        };
        let free = |c: &Cell| self.kind(*c) == Some(CellKind::Free);
        let entrances = || self.entrances.iter().filter(|e| e.cell.hall == hall);
        let entrance = entrances()
            .filter(|e| e.main)
            .chain(entrances())
            .map(|e| e.cell)
            .find(free);
        let door = || {
            self.links
                .iter()
                .flat_map(|l| [l.a, l.b])
                .map(|n| self.cell(n))
                .find(|c| c.hall == hall && free(c))
        };
        let cell = entrance
            .or_else(door)
            .or_else(|| self.central_cell(hall))
            .ok_or_else(|| RouteError::UnreachableHall {
                hall: h.name.clone(),
            })?;
        Ok((cell, endpoint))
    }

    /// Of the `cells` of hall `hall`, the free one nearest the middle of
    /// `rect` (Manhattan; ties: the first given).
    fn nearest_middle(
        &self,
        hall: usize,
        rect: Rect,
        cells: impl Iterator<Item = (u32, u32)>,
    ) -> Option<Cell> {
        // Doubled coordinates keep the middle of an even side whole.
        let (mx, my) = (
            u64::from(rect.x) * 2 + u64::from(rect.w.saturating_sub(1)),
            u64::from(rect.y) * 2 + u64::from(rect.h.saturating_sub(1)),
        );
        cells
            .map(|(x, y)| Cell { hall, x, y })
            .filter(|&c| self.kind(c) == Some(CellKind::Free))
            .min_by_key(|c| (u64::from(c.x) * 2).abs_diff(mx) + (u64::from(c.y) * 2).abs_diff(my))
    }

    /// A free cell near the middle of hall `hall`: the nearest to it on the
    /// first square ring around the middle that has one.
    fn central_cell(&self, hall: usize) -> Option<Cell> {
        let h = self.hall(hall);
        if h.width == 0 || h.height == 0 {
            return None;
        }
        let (cx, cy) = (h.width / 2, h.height / 2);
        let middle = Rect {
            x: cx,
            y: cy,
            w: 1,
            h: 1,
        };
        (0..h.width.max(h.height)).find_map(|r| {
            let ring = Rect {
                x: cx.saturating_sub(r),
                y: cy.saturating_sub(r),
                w: 2 * r + 1,
                h: 2 * r + 1,
            };
            let edge = (ring.y..ring.y + ring.h)
                .flat_map(move |y| (ring.x..ring.x + ring.w).map(move |x| (x, y)))
                .filter(move |&(x, y)| {
                    x == ring.x
                        || y == ring.y
                        || x + 1 == ring.x + ring.w
                        || y + 1 == ring.y + ring.h
                });
            self.nearest_middle(hall, middle, edge)
        })
    }
}

/// The cells just outside the sides of `r` (no corners: moves are
/// 4-neighbour, a corner cell does not touch the rectangle).
fn around(r: Rect) -> impl Iterator<Item = (u32, u32)> {
    let (x_end, y_end) = (r.x.saturating_add(r.w), r.y.saturating_add(r.h));
    let above = r.y.checked_sub(1);
    let left = r.x.checked_sub(1);
    let across = (r.x..x_end).flat_map(move |x| {
        [above.map(|y| (x, y)), Some((x, y_end))]
            .into_iter()
            .flatten()
    });
    let down = (r.y..y_end).flat_map(move |y| {
        [left.map(|x| (x, y)), Some((x_end, y))]
            .into_iter()
            .flatten()
    });
    across.chain(down)
}

#[cfg(test)]
mod tests {
    use crate::directory::{LandmarkKind, Programme, Room, TalkPlace};
    use crate::i18n::Lang;
    use crate::venue::testing::{directory_from_art, directory_with_a_shortcut, hall_from_art};
    use crate::venue::{
        Cell, Endpoint, Place, RouteError, VenueGrid, directions, route, talk_place,
    };

    const DESK: &[&str] = &[
        "@.....", //
        "......", "..**..", "..**..", "......",
    ];

    fn at(x: u32, y: u32) -> Cell {
        Cell { hall: 0, x, y }
    }

    #[test]
    fn a_route_to_a_landmark_ends_next_to_it_and_names_it() {
        let directory = directory_from_art(DESK, &[]);
        let grid = VenueGrid::build(&directory).unwrap();
        let desk = Place::Landmark("desk".into());
        let (cell, endpoint) = grid.resolve(&desk).unwrap();
        // Every side's middle is as near; the first side tried is the top.
        assert_eq!(cell, at(2, 1));
        assert_eq!(
            endpoint,
            Endpoint::Landmark {
                id: "desk".into(),
                name: "Accueil".into(),
                landmark: LandmarkKind::WelcomeDesk,
            }
        );
        let r = route(&grid, &Place::MainEntrance, &desk).unwrap();
        assert_eq!(r.path.last(), Some(&at(2, 1)));
        let steps = directions::steps(&grid, &r);
        let en = directions::render(&steps, Lang::En);
        let fr = directions::render(&steps, Lang::Fr);
        assert!(en.ends_with("you are at the welcome desk."), "{en}");
        assert!(fr.ends_with("vous êtes à l'accueil."), "{fr}");
    }

    #[test]
    fn a_walkable_landmark_is_walked_into() {
        let mut directory = directory_from_art(DESK, &[]);
        directory.venue.as_mut().unwrap().halls[0].landmarks[0].walkable = true;
        let grid = VenueGrid::build(&directory).unwrap();
        let (cell, _) = grid.resolve(&Place::Landmark("desk".into())).unwrap();
        assert_eq!(cell, at(2, 2));
    }

    #[test]
    fn a_walled_in_or_unknown_landmark_is_an_error() {
        let walled = directory_from_art(
            &[
                "@....", //
                ".###.", ".#*#.", ".###.",
            ],
            &[],
        );
        let grid = VenueGrid::build(&walled).unwrap();
        assert_eq!(
            grid.resolve(&Place::Landmark("desk".into())),
            Err(RouteError::UnreachableLandmark {
                landmark: "Accueil".into()
            })
        );
        assert_eq!(
            route(&grid, &Place::MainEntrance, &Place::Landmark("bar".into())),
            Err(RouteError::UnknownLandmark {
                landmark: "bar".into()
            })
        );
        // Free next to it, but closed in: the route says so by its name.
        let closed = directory_from_art(
            &[
                "@......", //
                "..###..", "..#*.#.", "..###..",
            ],
            &[],
        );
        let grid = VenueGrid::build(&closed).unwrap();
        assert_eq!(
            route(&grid, &Place::MainEntrance, &Place::Landmark("desk".into())),
            Err(RouteError::UnreachableLandmark {
                landmark: "Accueil".into()
            })
        );
    }

    #[test]
    fn a_hall_is_reached_by_its_entrance_else_a_door_else_its_middle() {
        let mut directory = directory_with_a_shortcut();
        let venue = directory.venue.as_mut().unwrap();
        venue.halls[0].entrances.push(crate::directory::Entrance {
            id: "side".into(),
            name: "Côté".into(),
            x: 0,
            y: 4,
            main: false,
        });
        venue.halls[0].entrances.push(crate::directory::Entrance {
            id: "front".into(),
            name: "Face".into(),
            x: 8,
            y: 4,
            main: true,
        });
        venue.halls.push(hall_from_art("z", &["###", "#..", "..."]));
        let grid = VenueGrid::build(&directory).unwrap();
        let (cell, endpoint) = grid.resolve(&Place::Hall("h".into())).unwrap();
        assert_eq!(cell, at(8, 4), "the main entrance, not the first");
        assert_eq!(
            endpoint,
            Endpoint::Hall {
                id: "h".into(),
                name: "H".into()
            }
        );
        let (cell, _) = grid.resolve(&Place::Hall("k".into())).unwrap();
        assert_eq!(
            cell,
            Cell {
                hall: 1,
                x: 0,
                y: 0
            },
            "the door into k"
        );
        let (cell, _) = grid.resolve(&Place::Hall("z".into())).unwrap();
        assert_eq!(
            cell,
            Cell {
                hall: 2,
                x: 1,
                y: 1
            },
            "the middle of z"
        );
        let from = Place::Entrance("front".into());
        assert_eq!(
            route(&grid, &from, &Place::Hall("z".into())),
            Err(RouteError::UnreachableHall { hall: "Z".into() })
        );
        assert_eq!(
            route(&grid, &from, &Place::Hall("y".into())),
            Err(RouteError::UnknownHall { hall: "y".into() })
        );
        let r = route(&grid, &Place::Stand("A1".into()), &Place::Hall("k".into())).unwrap();
        let text = directions::render(&directions::steps(&grid, &r), Lang::En);
        assert!(
            text.ends_with("you are in the hall \u{201c}K\u{201d}."),
            "{text}"
        );
    }

    #[test]
    fn a_talk_in_a_room_leads_to_the_room_s_hall_when_it_has_one() {
        let mut directory = directory_from_art(DESK, &[]);
        directory.programme = Some(Programme {
            rooms: vec![
                Room {
                    id: "salon".into(),
                    name: "Salon".into(),
                    hall: Some("h".into()),
                },
                Room {
                    id: "annexe".into(),
                    name: "Annexe".into(),
                    hall: None,
                },
            ],
            ..Default::default()
        });
        let place = |p: TalkPlace| talk_place(&directory, &p);
        assert_eq!(
            place(TalkPlace::Room("salon".into())),
            Some(Place::Hall("h".into()))
        );
        assert_eq!(place(TalkPlace::Room("annexe".into())), None);
        assert_eq!(place(TalkPlace::Room("nowhere".into())), None);
        assert_eq!(
            place(TalkPlace::Landmark("desk".into())),
            Some(Place::Landmark("desk".into()))
        );
        assert_eq!(
            place(TalkPlace::Hall("h".into())),
            Some(Place::Hall("h".into()))
        );
        assert_eq!(
            place(TalkPlace::Stand("A1".into())),
            Some(Place::Stand("A1".into()))
        );
    }
}
