// The hidden address constructor checks that saved address ids are unique:
// in a constant, a repeated id is a compile error.
use wa_interactive::AddressMessage;
use wa_interactive::__private;
use wa_interactive::address::{AddressValues, SavedAddress};

const NONE: AddressValues =
    AddressValues::__new(None, None, None, None, None, None, None, None, None, None, None);
use wa_interactive::text::{Body, SavedAddressId};

const SAVED: &[SavedAddress] = &[
    __private::saved_address(SavedAddressId::__checked("home"), NONE),
    __private::saved_address(SavedAddressId::__checked("home"), NONE),
];
const WHERE: AddressMessage =
    __private::address(None, Body::__checked("Where to?"), None, None, Some(SAVED), None);

fn main() {
    let _ = WHERE;
}
