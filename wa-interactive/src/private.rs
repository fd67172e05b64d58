//! What the macros' expansions call. Not a public API: its items may change
//! in any release.
//!
//! The constructors take values the macro has already checked, and the
//! wire JSON it rendered; they are `const fn` so that a literal message is a
//! constant expression.

use std::borrow::Cow;

use crate::flow::{FlowAction, FlowMode, FlowRef};
use crate::raw::Rendered;
use crate::text::{
    Body, ButtonId, ButtonTitle, DisplayText, FlowCta, FlowToken, Footer, HeaderText, ListButton,
    RowDescription, RowId, RowTitle, SectionTitle, Url,
};
use crate::{
    ButtonMessage, CtaUrlMessage, FlowMessage, Header, ListMessage, LocationRequest, ReplyButton,
    Row, Section,
};

/// Holds a run-time value while fixing its type: a value of another type
/// is a "mismatched types" error on the value that names the checked text
/// type to use.
pub struct Typed<T> {
    pub value: T,
}

pub const fn row(id: RowId, title: RowTitle, description: Option<RowDescription>) -> Row {
    Row {
        id,
        title,
        description,
    }
}

pub const fn section(title: Option<SectionTitle>, rows: &'static [Row]) -> Section {
    Section {
        title,
        rows: Cow::Borrowed(rows),
    }
}

pub fn section_owned(title: Option<SectionTitle>, rows: Vec<Row>) -> Section {
    Section {
        title,
        rows: Cow::Owned(rows),
    }
}

pub const fn list(
    header: Option<HeaderText>,
    body: Body,
    footer: Option<Footer>,
    button: ListButton,
    sections: &'static [Section],
    json: Option<&'static str>,
) -> ListMessage {
    ListMessage {
        header,
        body,
        footer,
        button,
        sections: Cow::Borrowed(sections),
        rendered: Rendered(json),
    }
}

pub fn list_owned(
    header: Option<HeaderText>,
    body: Body,
    footer: Option<Footer>,
    button: ListButton,
    sections: Vec<Section>,
) -> ListMessage {
    ListMessage {
        header,
        body,
        footer,
        button,
        sections: Cow::Owned(sections),
        rendered: Rendered(None),
    }
}

pub const fn reply(id: ButtonId, title: ButtonTitle) -> ReplyButton {
    ReplyButton { id, title }
}

pub const fn buttons(
    header: Option<Header>,
    body: Body,
    footer: Option<Footer>,
    buttons: &'static [ReplyButton],
    json: Option<&'static str>,
) -> ButtonMessage {
    ButtonMessage {
        header,
        body,
        footer,
        buttons: Cow::Borrowed(buttons),
        rendered: Rendered(json),
    }
}

pub const fn location(body: Body, json: Option<&'static str>) -> LocationRequest {
    LocationRequest {
        body,
        rendered: Rendered(json),
    }
}

pub const fn cta_url(
    header: Option<Header>,
    body: Body,
    footer: Option<Footer>,
    display_text: DisplayText,
    url: Url,
    json: Option<&'static str>,
) -> CtaUrlMessage {
    CtaUrlMessage {
        header,
        body,
        footer,
        display_text,
        url,
        rendered: Rendered(json),
    }
}

#[allow(clippy::too_many_arguments)] // one argument per part of the message
pub const fn flow(
    header: Option<Header>,
    body: Body,
    footer: Option<Footer>,
    flow: FlowRef,
    flow_cta: FlowCta,
    mode: Option<FlowMode>,
    flow_token: Option<FlowToken>,
    action: FlowAction,
    json: Option<&'static str>,
) -> FlowMessage {
    FlowMessage {
        header,
        body,
        footer,
        flow,
        flow_cta,
        mode,
        flow_token,
        action,
        rendered: Rendered(json),
    }
}

/// Stand-ins a failed expansion returns beside its `compile_error!`s, so
/// that the code around the call keeps its types. A program that contains
/// one does not compile, so none of them is ever run.
pub mod placeholder {
    use crate::flow::{FlowAction, FlowRef};
    use crate::text::{Body, DisplayText, FlowCta, FlowName, ListButton, Url};
    use crate::{ButtonMessage, CtaUrlMessage, FlowMessage, ListMessage, LocationRequest};

    pub const fn list() -> ListMessage {
        super::list(
            None,
            Body::__checked("?"),
            None,
            ListButton::__checked("?"),
            &[],
            None,
        )
    }

    pub const fn buttons() -> ButtonMessage {
        super::buttons(None, Body::__checked("?"), None, &[], None)
    }

    pub const fn location() -> LocationRequest {
        super::location(Body::__checked("?"), None)
    }

    pub const fn cta_url() -> CtaUrlMessage {
        super::cta_url(
            None,
            Body::__checked("?"),
            None,
            DisplayText::__checked("?"),
            Url::__checked("?"),
            None,
        )
    }

    pub const fn flow() -> FlowMessage {
        super::flow(
            None,
            Body::__checked("?"),
            None,
            FlowRef::Name(FlowName::__checked("?")),
            FlowCta::__checked("?"),
            None,
            None,
            FlowAction::DataExchange,
            None,
        )
    }
}
