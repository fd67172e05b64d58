//! Options that outgrow a message: a body and a run-time list of options
//! (slots, products, branches) made into what fits.
//!
//! - at most 3 options: reply buttons, when every title has at most 20
//!   characters, the titles are unique and no option has a description
//!   (what a button can show); otherwise a list;
//! - at most 10: one list message;
//! - more: pages, each a list of at most 10 rows. A page that is not the
//!   last holds 9 options and a "more" row whose id opens the next page;
//!   the last page holds the rest (up to 10).
//!
//! Options are checked against a list row's rules, whatever their count,
//! so the same options never fail at one count and pass at another: ids
//! unique, trimmed, at most 200 characters; titles at most 24;
//! descriptions at most 72. An option over a limit is an error that names
//! it ([`ValidationError`], with the path `options[3].title`), never
//! truncated. Ids starting with [`MORE_ID_PREFIX`] are reserved for the
//! "more" rows.
//!
//! A menu keeps nothing between messages: build it again from the same
//! options when the reply arrives, and [`Menu::pick`] says which option
//! was picked, or which page to send next.
//!
//! ```
//! use wa_interactive::menu::{Menu, MenuOption, Picked};
//! use wa_interactive::Interactive;
//!
//! let slots: Vec<String> = (8..20).map(|h| format!("{h:02}:00")).collect();
//! let menu = Menu::builder("Pick a time that suits you.")
//!     .button("View slots")
//!     .options(slots.iter().map(|s| MenuOption::new(format!("slot-{s}"), s)))
//!     .build()?;
//! assert_eq!(menu.pages(), 2);
//!
//! let Some(Interactive::List(first)) = menu.page(0) else { unreachable!() };
//! let more = first.rows().last().unwrap();
//! assert_eq!((more.id().as_str(), more.title().as_str()), ("wa-interactive:more:1", "More options"));
//!
//! // The user picks the "more" row, then a slot on the next page.
//! assert_eq!(menu.pick("wa-interactive:more:1"), Some(Picked::More(1)));
//! assert!(menu.next_page("wa-interactive:more:1").is_some());
//! assert_eq!(menu.pick("slot-18:00"), Some(Picked::Choice(10)));
//! assert_eq!(menu.pick("slot-23:00"), None); // not an option of this menu
//! # Ok::<(), wa_interactive::ValidationError>(())
//! ```

use std::borrow::Cow;
use std::collections::HashMap;

use wa_interactive_core::{Kind, Path, Violation, limits};

use crate::choice::Choice;
use crate::common::Head;
use crate::error::ValidationError;
use crate::rendered::Rendered;
use crate::text::{
    Body, ButtonId, ButtonTitle, Field, ListButton, RowDescription, RowId, RowTitle,
};
use crate::{ButtonMessage, Interactive, ListMessage, ReplyButton, Row, Section};

/// The prefix of the ids of "more" rows, followed by the number of the page
/// the row opens (`"wa-interactive:more:1"` opens the second page). An
/// option's id may not start with it.
pub const MORE_ID_PREFIX: &str = "wa-interactive:more:";

/// The list button's text unless [`MenuBuilder::button`] sets another.
pub const DEFAULT_BUTTON: &str = "Options";

/// The "more" row's title unless [`MenuBuilder::more`] sets another.
pub const DEFAULT_MORE: &str = "More options";

/// Options on a page that is not the last: one row is the "more" row.
const PER_PAGE: usize = limits::LIST_ROWS - 1;

/// One option of a [`Menu`]: the id sent back when it is picked, its title,
/// and optionally a description (shown when the options are list rows).
/// Unchecked until the menu is built.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct MenuOption {
    id: String,
    title: String,
    description: Option<String>,
}

impl MenuOption {
    /// An option with an id and a title.
    pub fn new(id: impl Into<String>, title: impl Into<String>) -> Self {
        MenuOption {
            id: id.into(),
            title: title.into(),
            description: None,
        }
    }

    /// The option with a description.
    #[must_use]
    pub fn with_description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// The id sent back when the option is picked.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The title.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The description, if any.
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }
}

impl<I: Into<String>, T: Into<String>> From<(I, T)> for MenuOption {
    /// `(id, title)`.
    fn from((id, title): (I, T)) -> Self {
        MenuOption::new(id, title)
    }
}

impl From<&Choice> for MenuOption {
    /// The option of a [`Choices`](crate::Choices) enum's variant.
    fn from(choice: &Choice) -> Self {
        MenuOption {
            id: choice.id().to_owned(),
            title: choice.title().to_owned(),
            description: choice.description().map(str::to_owned),
        }
    }
}

/// What a reply to one of a menu's messages picked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Picked {
    /// The option at this index, in the order the options were given.
    Choice(usize),
    /// A "more" row: send the page with this number ([`Menu::page`]).
    More(usize),
}

/// A body and checked options, and the messages they make: reply buttons,
/// a list, or pages of lists. See [the module documentation](self).
#[derive(Clone, Debug, PartialEq)]
pub struct Menu {
    body: Body,
    button: ListButton,
    more: RowTitle,
    options: Vec<Row>,
    /// Whether the options are shown as reply buttons.
    as_buttons: bool,
}

impl Menu {
    /// A builder; `body` is the text of every message of the menu.
    pub fn builder(body: impl Into<String>) -> MenuBuilder {
        MenuBuilder {
            body: body.into(),
            button: DEFAULT_BUTTON.to_owned(),
            more: DEFAULT_MORE.to_owned(),
            options: Vec::new(),
        }
    }

    /// A menu of `options` with the default button and "more" texts.
    pub fn from_options<O: Into<MenuOption>>(
        body: impl Into<String>,
        options: impl IntoIterator<Item = O>,
    ) -> Result<Menu, ValidationError> {
        Menu::builder(body).options(options).build()
    }

    /// How many options the menu has.
    pub fn len(&self) -> usize {
        self.options.len()
    }

    /// Whether the menu has no options (never: building one needs an option).
    pub fn is_empty(&self) -> bool {
        self.options.is_empty()
    }

    /// How many messages the options take: 1 up to 10 options, then one
    /// more for every 9 (or part of 9) past 10.
    pub fn pages(&self) -> usize {
        let n = self.options.len();
        if n <= limits::LIST_ROWS {
            1
        } else {
            1 + (n - limits::LIST_ROWS).div_ceil(PER_PAGE)
        }
    }

    /// The message of page `page` (from 0): reply buttons or a list; `None`
    /// past the last page.
    pub fn page(&self, page: usize) -> Option<Interactive> {
        if page >= self.pages() {
            return None;
        }
        if self.as_buttons {
            return Some(Interactive::Buttons(self.buttons()));
        }
        let last = page + 1 == self.pages();
        let start = page * PER_PAGE;
        let end = if last {
            self.options.len()
        } else {
            start + PER_PAGE
        };
        let mut rows = self.options.get(start..end)?.to_vec();
        if !last {
            rows.push(Row {
                id: RowId::from_checked(format!("{MORE_ID_PREFIX}{}", page + 1)),
                title: self.more.clone(),
                description: None,
            });
        }
        Some(Interactive::List(ListMessage {
            head: Head::new(None, self.body.clone(), None),
            button: self.button.clone(),
            sections: Cow::Owned(vec![Section {
                title: None,
                rows: Cow::Owned(rows),
            }]),
            rendered: Rendered::NONE,
        }))
    }

    /// The next page, when `reply_id` (the id of a picked row) is a "more"
    /// row of this menu; `None` for any other id.
    pub fn next_page(&self, reply_id: &str) -> Option<Interactive> {
        match self.pick(reply_id)? {
            Picked::More(page) => self.page(page),
            Picked::Choice(_) => None,
        }
    }

    /// What the reply id `reply_id` picked: an option, or a "more" row;
    /// `None` for an id this menu does not have (an older menu's, say).
    pub fn pick(&self, reply_id: &str) -> Option<Picked> {
        if let Some(page) = reply_id.strip_prefix(MORE_ID_PREFIX) {
            // Only the ids `page` writes: digits without a leading zero.
            let page: usize = page.parse().ok()?;
            let written = format!("{MORE_ID_PREFIX}{page}");
            return (written == reply_id && page >= 1 && page < self.pages())
                .then_some(Picked::More(page));
        }
        self.options
            .iter()
            .position(|row| row.id == reply_id)
            .map(Picked::Choice)
    }

    /// The options as reply buttons (they fit: see `build`).
    fn buttons(&self) -> ButtonMessage {
        let buttons = self
            .options
            .iter()
            .map(|row| ReplyButton {
                id: ButtonId::from_checked(row.id.as_str().to_owned()),
                title: ButtonTitle::from_checked(row.title.as_str().to_owned()),
            })
            .collect();
        ButtonMessage {
            head: Head::new(None, self.body.clone(), None),
            buttons: Cow::Owned(buttons),
            rendered: Rendered::NONE,
        }
    }
}

/// Builds a [`Menu`]; [`build`](MenuBuilder::build) checks every option and
/// reports every violation with its path.
#[derive(Clone, Debug, PartialEq)]
#[must_use]
pub struct MenuBuilder {
    body: String,
    button: String,
    more: String,
    options: Vec<MenuOption>,
}

impl MenuBuilder {
    /// The text of the button that opens a list (at most 20 characters).
    pub fn button(mut self, text: impl Into<String>) -> Self {
        self.button = text.into();
        self
    }

    /// The title of the "more" row of a page that is not the last (at most
    /// 24 characters).
    pub fn more(mut self, title: impl Into<String>) -> Self {
        self.more = title.into();
        self
    }

    /// Adds an option.
    pub fn option(mut self, option: impl Into<MenuOption>) -> Self {
        self.options.push(option.into());
        self
    }

    /// Adds options.
    pub fn options<O: Into<MenuOption>>(mut self, options: impl IntoIterator<Item = O>) -> Self {
        self.options.extend(options.into_iter().map(Into::into));
        self
    }

    /// Checks every text and option; the menu, or every violation with its
    /// path (`body`, `button`, `more`, `options[3].title`).
    pub fn build(self) -> Result<Menu, ValidationError> {
        let mut violations = Vec::new();
        let mut text = |field: Field, value: &str, path: Path| {
            if let Err(problem) = field.check(value) {
                violations.push(Violation {
                    path,
                    kind: Kind::Text { field, problem },
                });
            }
        };
        text(Field::Body, &self.body, Path::root().key("body"));
        text(Field::ListButton, &self.button, Path::root().key("button"));
        text(Field::RowTitle, &self.more, Path::root().key("more"));
        let options = Path::root().key("options");
        for (i, option) in self.options.iter().enumerate() {
            let at = options.index(i);
            text(Field::RowId, &option.id, at.key("id"));
            text(Field::RowTitle, &option.title, at.key("title"));
            if let Some(description) = &option.description {
                text(Field::RowDescription, description, at.key("description"));
            }
        }
        if self.options.is_empty() {
            violations.push(Violation {
                path: options.clone(),
                kind: Kind::Missing { key: "options" },
            });
        }
        let mut seen: HashMap<&str, usize> = HashMap::with_capacity(self.options.len());
        for (i, option) in self.options.iter().enumerate() {
            let id = option.id.as_str();
            if id.starts_with(MORE_ID_PREFIX) {
                violations.push(Violation {
                    path: options.index(i).key("id"),
                    kind: Kind::ReservedId {
                        value: id.to_owned(),
                        prefix: MORE_ID_PREFIX,
                    },
                });
            } else if let Some(first) = seen.get(id) {
                violations.push(Violation {
                    path: options.index(i).key("id"),
                    kind: Kind::Duplicate {
                        field: Field::RowId,
                        value: id.to_owned(),
                        first: options.index(*first).key("id"),
                    },
                });
            } else {
                seen.insert(id, i);
            }
        }
        if !violations.is_empty() {
            return Err(ValidationError::new(violations));
        }
        let as_buttons = fit_buttons(&self.options);
        Ok(Menu {
            body: Body::from_checked(self.body),
            button: ListButton::from_checked(self.button),
            more: RowTitle::from_checked(self.more),
            options: self
                .options
                .into_iter()
                .map(|option| Row {
                    id: RowId::from_checked(option.id),
                    title: RowTitle::from_checked(option.title),
                    description: option.description.map(RowDescription::from_checked),
                })
                .collect(),
            as_buttons,
        })
    }
}

/// Whether checked options fit reply buttons: at most 3, no description,
/// titles of at most 20 characters and unique.
fn fit_buttons(options: &[MenuOption]) -> bool {
    options.len() <= limits::BUTTONS
        && options.iter().enumerate().all(|(i, option)| {
            option.description.is_none()
                && Field::ButtonTitle.check(&option.title).is_ok()
                && options
                    .get(..i)
                    .is_some_and(|before| before.iter().all(|o| o.title != option.title))
        })
}
