//! The overflow helper at every boundary: reply buttons up to 3 options, a
//! list up to 10, pages of 9 options and a "more" row beyond; every page a
//! message the rules accept; replies mapped back to options and pages;
//! options over a limit reported with their path, never truncated.

use wa_interactive::menu::{MORE_ID_PREFIX, Menu, MenuOption, Picked};
use wa_interactive::{Choices, Interactive};

fn options(n: usize) -> Vec<MenuOption> {
    (0..n)
        .map(|i| MenuOption::new(format!("opt-{i}"), format!("Option {i}")))
        .collect()
}

/// The ids of a page's rows or buttons.
fn ids(page: &Interactive) -> Vec<String> {
    match page {
        Interactive::List(list) => list.rows().map(|r| r.id().to_string()).collect(),
        Interactive::Buttons(buttons) => buttons
            .buttons()
            .iter()
            .map(|b| b.id().to_string())
            .collect(),
        other => panic!("a menu page is buttons or a list, not {}", other.kind()),
    }
}

/// Every page of a menu of `n` options: its kind and how many options it
/// holds, checked against the rules by parsing its JSON back; and walking
/// the "more" rows from the first page reaches every option once, in order.
fn walk(n: usize) -> Vec<(&'static str, usize)> {
    let menu = Menu::from_options("Pick one", options(n)).unwrap();
    assert_eq!(menu.len(), n);
    let mut shape = Vec::new();
    let mut seen = Vec::new();
    let mut page = menu.page(0);
    let mut number = 0;
    while let Some(message) = page.take() {
        // Valid by `Deserialize`, which applies every rule.
        let json = message.interactive_json();
        let back: Interactive = serde_json::from_str(&json).unwrap();
        assert_eq!(back, message);
        let ids = ids(&message);
        let (options, more): (Vec<_>, Vec<_>) =
            ids.iter().partition(|id| !id.starts_with(MORE_ID_PREFIX));
        shape.push((message.kind(), options.len()));
        seen.extend(options.into_iter().cloned());
        number += 1;
        match more.as_slice() {
            [] => assert_eq!(number, menu.pages()),
            [more] => {
                assert_eq!(ids.last(), Some(*more), "the more row is the last row");
                assert_eq!(menu.pick(more), Some(Picked::More(number)));
                page = menu.next_page(more);
                assert_eq!(page, menu.page(number));
            }
            _ => panic!("one more row per page"),
        }
    }
    assert_eq!(menu.page(menu.pages()), None);
    let expected: Vec<String> = (0..n).map(|i| format!("opt-{i}")).collect();
    assert_eq!(seen, expected);
    for (i, id) in expected.iter().enumerate() {
        assert_eq!(menu.pick(id), Some(Picked::Choice(i)));
        assert_eq!(menu.next_page(id), None);
    }
    shape
}

#[test]
fn up_to_3_options_are_reply_buttons() {
    assert_eq!(walk(1), [("button", 1)]);
    assert_eq!(walk(3), [("button", 3)]);
}

#[test]
fn up_to_10_options_are_one_list() {
    assert_eq!(walk(4), [("list", 4)]);
    assert_eq!(walk(10), [("list", 10)]);
}

#[test]
fn more_options_are_pages_of_9_and_a_more_row() {
    assert_eq!(walk(11), [("list", 9), ("list", 2)]);
    assert_eq!(walk(19), [("list", 9), ("list", 10)]);
    assert_eq!(walk(20), [("list", 9), ("list", 9), ("list", 2)]);
    assert_eq!(walk(25), [("list", 9), ("list", 9), ("list", 7)]);
    let hundred = walk(100);
    assert_eq!(hundred.len(), 11);
    assert!(hundred[..10].iter().all(|page| *page == ("list", 9)));
    assert_eq!(hundred[10], ("list", 10));
}

#[test]
fn the_more_row_and_button_are_the_menus() {
    let menu = Menu::builder("Pick a slot")
        .button("View slots")
        .more("Later slots")
        .options(options(12))
        .build()
        .unwrap();
    let Some(Interactive::List(first)) = menu.page(0) else {
        panic!("a list")
    };
    assert_eq!(first.button(), "View slots");
    assert_eq!(first.body(), "Pick a slot");
    let more = first.rows().last().unwrap();
    assert_eq!(more.id(), "wa-interactive:more:1");
    assert_eq!(more.title(), "Later slots");
    assert_eq!(more.description(), None);
}

#[test]
fn options_that_a_button_cannot_show_make_a_list() {
    let long_title = vec![
        MenuOption::new("a", "Exactly twenty chars"),
        MenuOption::new("b", "Twenty-one characters"),
    ];
    let described = vec![
        MenuOption::new("a", "A"),
        MenuOption::new("b", "B").with_description("Ready in 20 min"),
    ];
    let same_titles = vec![MenuOption::new("a", "Same"), MenuOption::new("b", "Same")];
    for options in [long_title, described, same_titles] {
        let menu = Menu::from_options("Pick", options.clone()).unwrap();
        let page = menu.page(0).unwrap();
        assert_eq!(page.kind(), "list", "{options:?}");
        serde_json::from_str::<Interactive>(&page.interactive_json()).unwrap();
    }
    let twenty = Menu::from_options("Pick", [("a", "Exactly twenty chars"), ("b", "B")]).unwrap();
    assert_eq!(twenty.page(0).unwrap().kind(), "button");
}

#[test]
fn an_option_over_a_limit_is_an_error_that_names_it() {
    let mut too_long = options(30);
    too_long[2] = MenuOption::new("opt-2", "A title of twenty-five ch");
    too_long[17] = MenuOption::new("x".repeat(201), "Long id").with_description("d".repeat(73));
    too_long[29] = MenuOption::new(" opt-29", "Untrimmed id");
    let err = Menu::from_options("Pick", too_long).unwrap_err();
    assert_eq!(
        err.to_string(),
        "4 problems:\n\
         - options[2].title: row title is 25 characters; WhatsApp allows at most 24\n\
         - options[17].id: row id is 201 characters; WhatsApp allows at most 200\n\
         - options[17].description: row description is 73 characters; WhatsApp allows at most 72\n\
         - options[29].id: row id has a leading space; WhatsApp rejects untrimmed ids"
    );
    // Texts of the menu itself.
    let err = Menu::builder("b".repeat(1025))
        .button("A button text over 20")
        .more("")
        .option(("a", "A"))
        .build()
        .unwrap_err();
    let paths: Vec<String> = err
        .violations()
        .iter()
        .map(|v| v.path.to_string())
        .collect();
    assert_eq!(paths, ["body", "button", "more"]);
}

#[test]
fn ids_are_unique_and_the_more_prefix_is_reserved() {
    let err = Menu::from_options(
        "Pick",
        [
            ("slot-1", "09:00"),
            ("wa-interactive:more:1", "10:00"),
            ("slot-1", "11:00"),
        ],
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "2 problems:\n\
         - options[1].id: id \"wa-interactive:more:1\" starts with \"wa-interactive:more:\", which is reserved for the \"more\" rows of a paged menu\n\
         - options[2].id: duplicate row id \"slot-1\""
    );
    let empty = Menu::from_options("Pick", Vec::<MenuOption>::new()).unwrap_err();
    assert_eq!(empty.to_string(), "options: `options` is required");
}

#[test]
fn only_the_more_ids_a_menu_wrote_open_a_page() {
    let menu = Menu::from_options("Pick", options(25)).unwrap();
    assert_eq!(menu.pages(), 3);
    for written in ["wa-interactive:more:1", "wa-interactive:more:2"] {
        assert!(menu.next_page(written).is_some(), "{written}");
    }
    for forged in [
        "wa-interactive:more:0",
        "wa-interactive:more:3",
        "wa-interactive:more:01",
        "wa-interactive:more:+1",
        "wa-interactive:more:",
        "wa-interactive:more:18446744073709551616",
        "opt-25",
        "",
    ] {
        assert_eq!(menu.pick(forged), None, "{forged}");
        assert_eq!(menu.next_page(forged), None, "{forged}");
    }
    // A one-page menu has no "more" rows at all.
    let small = Menu::from_options("Pick", options(10)).unwrap();
    assert_eq!(small.pick("wa-interactive:more:1"), None);
}

#[derive(Debug, PartialEq, Choices)]
enum Branch {
    Downtown,
    Harbour,
    #[choice(description = "Open on Sundays")]
    Airport,
    Stadium,
}

#[test]
fn a_choices_enum_feeds_a_menu() {
    let menu = Menu::from_options("Which branch?", Branch::CHOICES).unwrap();
    let Some(Interactive::List(list)) = menu.page(0) else {
        panic!("4 options are a list")
    };
    assert_eq!(
        list.rows().nth(2).unwrap().description().unwrap(),
        "Open on Sundays"
    );
    let Some(Picked::Choice(i)) = menu.pick("harbour") else {
        panic!("an option")
    };
    assert_eq!(Branch::from_index(i), Some(Branch::Harbour));
}
