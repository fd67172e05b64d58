//! Reading JSON into the unchecked forms that `Deserialize` then checks.
//!
//! Any serde format is read once into a [`Json`] tree (one `Deserialize`
//! impl for the whole crate); the forms are then read from the tree by
//! plain functions that know where they are, so an error names its JSON
//! path: ``action.sections[0].rows[1]: unknown field `titel`, expected one
//! of `id`, `title`, `description` ``.

use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt::{self, Write as _};

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

use wa_interactive_core::{Path, Violation};

use crate::common::CowStr;

/// A JSON value as read, keys in their order (a key given twice is an error
/// when read, never silently dropped).
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Json {
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    /// What the value is, for an error: `a string`, `an object`, …
    fn what(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "a boolean",
            Json::Number(_) => "a number",
            Json::String(_) => "a string",
            Json::Array(_) => "an array",
            Json::Object(_) => "an object",
        }
    }

    /// The value as `serde_json`'s.
    pub(crate) fn into_value(self) -> Value {
        match self {
            Json::Null => Value::Null,
            Json::Bool(b) => Value::Bool(b),
            Json::Number(n) => Value::Number(n),
            Json::String(s) => Value::String(s),
            Json::Array(items) => Value::Array(items.into_iter().map(Json::into_value).collect()),
            Json::Object(fields) => Value::Object(
                fields
                    .into_iter()
                    .map(|(k, v)| (k, v.into_value()))
                    .collect::<Map<_, _>>(),
            ),
        }
    }
}

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(JsonVisitor)
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Json, E> {
        Ok(Json::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Json, E> {
        Ok(Json::Number(v.into()))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Json, E> {
        Ok(Json::Number(v.into()))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Json, E> {
        Number::from_f64(v)
            .map(Json::Number)
            .ok_or_else(|| E::custom(format_args!("{v} is not a JSON number")))
    }

    fn visit_str<E>(self, v: &str) -> Result<Json, E> {
        Ok(Json::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Json, E> {
        Ok(Json::String(v))
    }

    fn visit_none<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }

    fn visit_unit<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Json, D::Error> {
        Json::deserialize(deserializer)
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Json, D::Error> {
        Json::deserialize(d)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Json::Array(items))
    }

    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Json, E> {
        match (i64::try_from(v), u64::try_from(v)) {
            (Ok(v), _) => Ok(Json::Number(v.into())),
            (_, Ok(v)) => Ok(Json::Number(v.into())),
            _ => Err(E::custom(format_args!(
                "{v} is out of range of a JSON number"
            ))),
        }
    }

    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Json, E> {
        match u64::try_from(v) {
            Ok(v) => Ok(Json::Number(v.into())),
            Err(_) => Err(E::custom(format_args!(
                "{v} is out of range of a JSON number"
            ))),
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
        let mut fields: Vec<(String, Json)> = Vec::new();
        // Keys seen, once an object has more than a few: finding a key given
        // twice stays linear however many keys a body holds.
        let mut seen: Option<HashSet<String>> = None;
        while let Some(key) = map.next_key::<String>()? {
            if fields.is_empty() && key == NUMBER_TOKEN {
                // serde_json with `arbitrary_precision` (which any crate of a
                // build can turn on) hands over a number as this one-key map.
                let text: String = map.next_value()?;
                let number = text.parse::<Number>().map_err(de::Error::custom)?;
                return Ok(Json::Number(number));
            }
            let repeated = match &mut seen {
                Some(seen) => !seen.insert(key.clone()),
                None => fields.iter().any(|(k, _)| *k == key),
            };
            if repeated {
                return Err(de::Error::custom(format_args!("duplicate field `{key}`")));
            }
            if seen.is_none() && fields.len() >= 16 {
                let mut keys: HashSet<String> = fields.iter().map(|(k, _)| k.clone()).collect();
                keys.insert(key.clone());
                seen = Some(keys);
            }
            let value = map.next_value()?;
            fields.push((key, value));
        }
        Ok(Json::Object(fields))
    }
}

/// The key under which `serde_json`'s `arbitrary_precision` feature passes a
/// number's text.
const NUMBER_TOKEN: &str = "$serde_json::private::Number";

/// Where a value sits in the JSON read: its path, for errors.
#[derive(Clone, Copy, Debug)]
pub(crate) enum At<'a> {
    /// The value read.
    Root,
    /// `parent.key`
    Key(&'a At<'a>, &'static str),
    /// `parent[index]`
    Index(&'a At<'a>, usize),
}

impl At<'_> {
    /// The path of the rules crate.
    fn to_path(self) -> Path {
        match self {
            At::Root => Path::root(),
            At::Key(parent, key) => parent.to_path().key(key),
            At::Index(parent, index) => parent.to_path().index(index),
        }
    }
}

impl fmt::Display for At<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            At::Root => Ok(()),
            At::Key(At::Root, key) => f.write_str(key),
            At::Key(parent, key) => write!(f, "{parent}.{key}"),
            At::Index(parent, index) => write!(f, "{parent}[{index}]"),
        }
    }
}

/// A value that could not be read as its form: where, and why.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct FormError(String);

impl FormError {
    /// The error `message` at `at`.
    pub(crate) fn new(at: At<'_>, message: impl fmt::Display) -> Self {
        match at {
            At::Root => FormError(message.to_string()),
            at => FormError(format!("{at}: {message}")),
        }
    }
}

impl fmt::Display for FormError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl FormError {
    /// The rules a form at `at` broke, each with its path from the root.
    pub(crate) fn rules(at: At<'_>, error: crate::ValidationError) -> Self {
        if let At::Root = at {
            return FormError(error.to_string());
        }
        let prefix = at.to_path();
        let violations = error
            .into_violations()
            .into_iter()
            .map(|v| Violation {
                path: Path::from_segs(&[prefix.segs(), v.path.segs()].concat()),
                kind: v.kind,
            })
            .collect();
        FormError(crate::ValidationError::new(violations).to_string())
    }
}

/// A form that can be read from a [`Json`] value.
pub(crate) trait FromJson: Sized {
    /// Reads the value at `at`.
    fn from_json(json: Json, at: At<'_>) -> Result<Self, FormError>;

    /// The form of a key that is absent from its object: an error unless
    /// the form says otherwise (`Option`, defaults).
    fn absent(at: At<'_>, key: &str) -> Result<Self, FormError> {
        Err(FormError::new(at, format_args!("missing field `{key}`")))
    }
}

/// The error for a value of the wrong kind.
fn invalid(json: &Json, at: At<'_>, expected: &str) -> FormError {
    FormError::new(
        at,
        format_args!("invalid type: {}, expected {expected}", json.what()),
    )
}

impl FromJson for String {
    fn from_json(json: Json, at: At<'_>) -> Result<Self, FormError> {
        match json {
            Json::String(s) => Ok(s),
            other => Err(invalid(&other, at, "a string")),
        }
    }
}

impl FromJson for bool {
    fn from_json(json: Json, at: At<'_>) -> Result<Self, FormError> {
        match json {
            Json::Bool(b) => Ok(b),
            other => Err(invalid(&other, at, "a boolean")),
        }
    }
}

impl FromJson for CowStr {
    fn from_json(json: Json, at: At<'_>) -> Result<Self, FormError> {
        String::from_json(json, at).map(Cow::Owned)
    }
}

impl FromJson for u64 {
    fn from_json(json: Json, at: At<'_>) -> Result<Self, FormError> {
        match &json {
            Json::Number(n) => n
                .as_u64()
                .ok_or_else(|| not_an_integer(n, at, "of at least 0")),
            other => Err(invalid(other, at, "an integer")),
        }
    }
}

impl FromJson for i64 {
    fn from_json(json: Json, at: At<'_>) -> Result<Self, FormError> {
        match &json {
            Json::Number(n) => n.as_i64().ok_or_else(|| not_an_integer(n, at, "")),
            other => Err(invalid(other, at, "an integer")),
        }
    }
}

/// Why the number `n` is not the integer wanted (`range` says which, when
/// not every integer is): written with a decimal point or an exponent
/// (`4320.0`, which WhatsApp refuses where it wants an integer), or out
/// of range.
fn not_an_integer(n: &serde_json::Number, at: At<'_>, range: &str) -> FormError {
    if n.is_f64() {
        FormError::new(
            at,
            format_args!("{n} is not an integer: write it without a decimal point or exponent"),
        )
    } else {
        let range = if range.is_empty() { "in range" } else { range };
        FormError::new(at, format_args!("{n} is not an integer {range}"))
    }
}

impl FromJson for Value {
    fn from_json(json: Json, _: At<'_>) -> Result<Self, FormError> {
        Ok(json.into_value())
    }
}

/// Reads one of the strings `names` as the value paired with it (the
/// values of a key that takes a few names: `mode`, `flow_action`).
pub(crate) fn one_of<T: Copy>(json: Json, at: At<'_>, names: &[(&str, T)]) -> Result<T, FormError> {
    let name = String::from_json(json, at)?;
    if let Some(&(_, value)) = names.iter().find(|(n, _)| *n == name) {
        return Ok(value);
    }
    let names: Vec<&str> = names.iter().map(|(n, _)| *n).collect();
    Err(unknown_variant(at, &name, &names))
}

impl FromJson for Json {
    fn from_json(json: Json, _: At<'_>) -> Result<Self, FormError> {
        Ok(json)
    }
}

/// A value whose content the rules judge by its presence alone (a header
/// on a kind that takes none): read, whatever it holds.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Present;

impl FromJson for Present {
    fn from_json(_: Json, _: At<'_>) -> Result<Self, FormError> {
        Ok(Present)
    }
}

/// Absent or `null` is `None`, as serde reads an `Option`.
impl<T: FromJson> FromJson for Option<T> {
    fn from_json(json: Json, at: At<'_>) -> Result<Self, FormError> {
        match json {
            Json::Null => Ok(None),
            json => T::from_json(json, at).map(Some),
        }
    }

    fn absent(_: At<'_>, _: &str) -> Result<Self, FormError> {
        Ok(None)
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(json: Json, at: At<'_>) -> Result<Self, FormError> {
        match json {
            Json::Array(items) => items
                .into_iter()
                .enumerate()
                .map(|(i, item)| T::from_json(item, At::Index(&at, i)))
                .collect(),
            other => Err(invalid(&other, at, "an array")),
        }
    }
}

/// The string at `key` of the object `json`, read before the object itself:
/// the tag of a form whose keys depend on it (headers, carousel cards).
pub(crate) fn peek_tag<'j>(
    json: &'j Json,
    at: At<'_>,
    key: &'static str,
) -> Result<&'j str, FormError> {
    let Json::Object(fields) = json else {
        return Err(invalid(json, at, "an object"));
    };
    match fields.iter().find(|(k, _)| k == key) {
        Some((_, Json::String(tag))) => Ok(tag),
        Some((_, other)) => Err(invalid(other, At::Key(&at, key), "a string")),
        None => Err(FormError::new(at, format_args!("missing field `{key}`"))),
    }
}

/// The error for the tag at `key` that names none of `names`.
pub(crate) fn unknown_tag(at: At<'_>, key: &'static str, tag: &str, names: &[&str]) -> FormError {
    unknown_variant(At::Key(&at, key), tag, names)
}

/// The error for a name at `at` that is none of `names`.
pub(crate) fn unknown_variant(at: At<'_>, name: &str, names: &[&str]) -> FormError {
    FormError::new(
        at,
        format_args!("unknown variant `{name}`, expected {}", expected(names)),
    )
}

/// What was expected, as serde says it: `` `a` `` for one name, ``one of
/// `a`, `b` `` for several.
fn expected(names: &[&str]) -> String {
    if let [one] = names {
        return format!("`{one}`");
    }
    let mut text = String::from("one of ");
    for (i, name) in names.iter().enumerate() {
        let sep = if i == 0 { "" } else { ", " };
        let _ = write!(text, "{sep}`{name}`");
    }
    text
}

/// An object being read into a form: each key is taken once; a key the
/// form does not know is an error that lists those it does.
pub(crate) struct Object<'a> {
    at: At<'a>,
    fields: Vec<(String, Json)>,
}

impl<'a> Object<'a> {
    /// The object `json`, whose keys must be among `keys`.
    pub(crate) fn new(json: Json, at: At<'a>, keys: &[&str]) -> Result<Self, FormError> {
        let fields = match json {
            Json::Object(fields) => fields,
            other => return Err(invalid(&other, at, "an object")),
        };
        if let Some((key, _)) = fields.iter().find(|(k, _)| !keys.contains(&k.as_str())) {
            let message = format_args!("unknown field `{key}`, expected {}", expected(keys));
            return Err(FormError::new(at, message));
        }
        Ok(Object { at, fields })
    }

    /// Reads `key` as `T` (absent: `T::absent`).
    pub(crate) fn take<T: FromJson>(&mut self, key: &'static str) -> Result<T, FormError> {
        match self.remove(key) {
            Some(json) => T::from_json(json, At::Key(&self.at, key)),
            None => T::absent(self.at, key),
        }
    }

    /// Removes `key`'s value. Apart from `take`, which is generic, so that
    /// the search is compiled once, not once for each type read.
    fn remove(&mut self, key: &str) -> Option<Json> {
        let i = self.fields.iter().position(|(k, _)| k == key)?;
        Some(self.fields.swap_remove(i).1)
    }

    /// Reads `key`, which must be the string `name` (a `type` or `name`
    /// tag); `required`: whether it may be absent.
    pub(crate) fn tag(
        &mut self,
        key: &'static str,
        name: &str,
        required: bool,
    ) -> Result<(), FormError> {
        let value: Option<String> = if required {
            self.take::<String>(key).map(Some)?
        } else {
            self.take(key)?
        };
        match value {
            Some(value) if value != name => {
                Err(unknown_variant(At::Key(&self.at, key), &value, &[name]))
            }
            _ => Ok(()),
        }
    }

    /// Reads `key` as `{"name": name}`, required.
    pub(crate) fn name_only(&mut self, key: &'static str, name: &str) -> Result<(), FormError> {
        let json: Json = self.take(key)?;
        Object::new(json, At::Key(&self.at, key), &["name"])?.tag("name", name, true)
    }
}

/// `FromJson` for a form struct whose fields are read by their names, each
/// a key of the JSON object; before them, the fixed `"key": "name"` tags
/// (`?` for a tag that may be absent). `default` makes an absent object the
/// form's default.
macro_rules! from_json {
    (
        $form:ident $(($default:ident))? {
            $($tag:literal $(($opt:tt))? = $name:literal,)*
            $($field:ident),* $(,)?
        }
    ) => {
        impl $crate::read::FromJson for $form {
            fn from_json(
                json: $crate::read::Json,
                at: $crate::read::At<'_>,
            ) -> Result<Self, $crate::read::FormError> {
                let mut object = $crate::read::Object::new(
                    json,
                    at,
                    &[$($tag,)* $(stringify!($field)),*],
                )?;
                $(object.tag($tag, $name, $crate::read::from_json!(@required $($opt)?))?;)*
                Ok($form {
                    $($field: object.take(stringify!($field))?,)*
                })
            }

            $($crate::read::from_json!(@absent $default);)?
        }
    };
    (@required ?) => { false };
    (@required) => { true };
    (@absent default) => {
        fn absent(
            _: $crate::read::At<'_>,
            _: &str,
        ) -> Result<Self, $crate::read::FormError> {
            Ok(Self::default())
        }
    };
}
pub(crate) use from_json;

/// Reads a value of any serde format as the form `F`.
pub(crate) fn read<'de, F: FromJson, D: Deserializer<'de>>(deserializer: D) -> Result<F, D::Error> {
    let json = Json::deserialize(deserializer)?;
    F::from_json(json, At::Root).map_err(de::Error::custom)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Default, PartialEq)]
    struct RowJson {
        id: Option<String>,
        title: String,
        index: Option<u64>,
    }
    from_json!(RowJson { "type" (?) = "row", id, title, index });

    #[derive(Debug, Default, PartialEq)]
    struct ListJson {
        rows: Option<Vec<RowJson>>,
    }
    from_json!(ListJson { "type" = "list", rows });

    fn parse(text: &str) -> Result<ListJson, String> {
        let json: Json = serde_json::from_str(text).map_err(|e| e.to_string())?;
        ListJson::from_json(json, At::Root).map_err(|e| e.to_string())
    }

    #[test]
    fn reads_a_form_and_names_the_path_of_each_error() {
        let ok = parse(
            r#"{"type":"list","rows":[{"title":"a","id":null},{"type":"row","title":"b","index":3}]}"#,
        );
        assert_eq!(
            ok.unwrap().rows.unwrap(),
            vec![
                RowJson {
                    id: None,
                    title: "a".into(),
                    index: None
                },
                RowJson {
                    id: None,
                    title: "b".into(),
                    index: Some(3)
                },
            ]
        );
        let cases = [
            (r#"{"rows":[]}"#, "missing field `type`"),
            (
                r#"{"type":"lst"}"#,
                "type: unknown variant `lst`, expected `list`",
            ),
            (
                r#"{"type":"list","rows":[{"title":"a"},{"titel":"b"}]}"#,
                "rows[1]: unknown field `titel`, expected one of `type`, `id`, `title`, `index`",
            ),
            (
                r#"{"type":"list","rows":[{}]}"#,
                "rows[0]: missing field `title`",
            ),
            (
                r#"{"type":"list","rows":[{"title":5}]}"#,
                "rows[0].title: invalid type: a number, expected a string",
            ),
            (
                r#"{"type":"list","rows":[{"title":"a","index":-1}]}"#,
                "rows[0].index: -1 is not an integer of at least 0",
            ),
            (
                r#"{"type":"list","rows":{}}"#,
                "rows: invalid type: an object, expected an array",
            ),
            ("[]", "invalid type: an array, expected an object"),
        ];
        for (text, error) in cases {
            assert_eq!(parse(text).unwrap_err(), error, "{text}");
        }
    }

    #[test]
    fn a_key_given_twice_is_an_error() {
        let err = serde_json::from_str::<Json>(r#"{"a":1,"a":2}"#).unwrap_err();
        assert!(err.to_string().starts_with("duplicate field `a`"), "{err}");
    }

    #[test]
    fn converts_to_serde_json_values() {
        let text = r#"{"a":[1,-2,2.5,"x",true,null,{"b":{}}]}"#;
        let json: Json = serde_json::from_str(text).unwrap();
        assert_eq!(
            json.into_value(),
            serde_json::from_str::<Value>(text).unwrap()
        );
    }

    #[test]
    fn reads_numbers_serde_json_passes_as_text() {
        use serde::de::value::{Error, MapDeserializer};
        // What serde_json hands over for `1.5` with `arbitrary_precision`.
        let entries = vec![(NUMBER_TOKEN, "1.5")];
        let json =
            Json::deserialize(MapDeserializer::<_, Error>::new(entries.into_iter())).unwrap();
        assert_eq!(json, Json::Number(Number::from_f64(1.5).unwrap()));
        let big = i128::from(i64::MIN) - 1;
        let json = Json::deserialize(serde::de::value::I128Deserializer::<Error>::new(big));
        assert!(json.is_err());
        let json = Json::deserialize(serde::de::value::U128Deserializer::<Error>::new(7)).unwrap();
        assert_eq!(json, Json::Number(7.into()));
    }

    #[test]
    fn a_key_given_twice_is_found_in_large_objects_too() {
        let mut text = String::from("{");
        for i in 0..5000 {
            let _ = write!(text, "\"k{i}\":{i},");
        }
        let distinct = format!("{text}\"last\":0}}");
        let Json::Object(fields) = serde_json::from_str::<Json>(&distinct).unwrap() else {
            panic!("an object");
        };
        assert_eq!(fields.len(), 5001);
        let repeated = format!("{text}\"k4321\":0}}");
        let err = serde_json::from_str::<Json>(&repeated).unwrap_err();
        assert!(
            err.to_string().starts_with("duplicate field `k4321`"),
            "{err}"
        );
    }

    #[test]
    fn an_integer_written_with_a_decimal_point_says_so() {
        let body = r#"{"type":"voice_call","body":{"text":"Call us"},
            "action":{"name":"voice_call","parameters":{"ttl_minutes":4320.0}}}"#;
        let err = serde_json::from_str::<crate::VoiceCallMessage>(body).unwrap_err();
        assert!(
            err.to_string().starts_with(
                "action.parameters.ttl_minutes: 4320.0 is not an integer: write it without a decimal point"
            ),
            "{err}"
        );
        let body = body.replace("4320.0", "4.32e3");
        let err = serde_json::from_str::<crate::VoiceCallMessage>(&body).unwrap_err();
        assert!(
            err.to_string().contains("4320.0 is not an integer"),
            "{err}"
        );
        let body = body.replace("4.32e3", "4320");
        assert!(serde_json::from_str::<crate::VoiceCallMessage>(&body).is_ok());
    }
}
