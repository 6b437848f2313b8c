//! The JSON reader of the app's files: the dataset, the names file, the
//! interface strings and the map's base geometry, each read into its type.
//!
//! Why not serde_json, which the site generator and its validator use: in
//! the wasm, serde's derived reading (a visitor per type, a slot and a
//! match arm per field, for 14 structs and 8 enums) came to 20 kB brotli of
//! the app's start-up code. Here a type says which fields it has, with
//! [`record!`]; one non-generic step finds every field of an object and
//! refuses unknown and repeated ones; then each field is read in turn from
//! where it starts. What is made for each type is a list of calls.
//!
//! It does less than serde_json, and only what these files need:
//! - its error messages never format a float (Rust's float formatting is
//!   large), and it says where an error is as a byte offset;
//! - numbers are read exactly when they have at most 15 significant digits
//!   and a small exponent (every number the portal's files hold), and to
//!   within a few units in the last place beyond.
//!
//! It is strict JSON otherwise (RFC 8259): no comments, no trailing commas,
//! no control characters in strings, nothing after the value; nesting deeper
//! than [`MAX_DEPTH`] is refused rather than risk the stack. Native tests read
//! the shipped dataset, and a dataset with every optional field and every
//! variant, with both readers and compare the results.
//!
//! The reader's own steps are `#[inline(never)]`: one copy each, called from
//! the code made for every type, instead of a copy inlined into each.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

/// Arrays and objects nested deeper than this are refused.
pub const MAX_DEPTH: u16 = 128;

/// A type read from JSON by this reader.
pub trait FromJson: Sized {
    /// Reads the value that comes next.
    fn read(reader: &mut Reader<'_>) -> Result<Self, Error>;

    /// A placeholder: what a struct's field holds until the field is read
    /// (see [`record!`]). Never shown: a reading that fails is dropped.
    fn empty() -> Self;

    /// What a field absent from its object reads as: `None` for an optional
    /// field; nothing (a "missing field" error) for the others.
    fn absent() -> Option<Self> {
        None
    }
}

/// Reads a whole JSON text into `T`.
pub fn from_str<T: FromJson>(text: &str) -> Result<T, Error> {
    let mut reader = Reader {
        text,
        at: 0,
        depth: 0,
    };
    // An error of a type's own (`Error::shape`) has no position: the reader
    // is right after the value it rejected.
    let value = T::read(&mut reader).map_err(|mut error| {
        if error.offset.is_none() {
            error.offset = Some(reader.at.saturating_sub(1));
        }
        error
    })?;
    if reader.peek().is_ok() {
        return Err(reader.syntax("trailing characters after the value"));
    }
    Ok(value)
}

/// What kind of problem stopped the reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The text ends before the value does (a truncated file).
    Eof,
    /// Not JSON.
    Syntax,
    /// JSON, but not of the expected shape (a missing field, a wrong type…).
    Data,
}

/// Why a text could not be read, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    message: String,
    /// The byte offset the problem was found at: the last byte of the value
    /// whose reading failed, or the unexpected byte for a syntax error.
    offset: Option<usize>,
}

impl Error {
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The message, without the position.
    pub fn message(&self) -> &str {
        &self.message
    }

    pub fn offset(&self) -> usize {
        self.offset.unwrap_or(0)
    }

    /// The 1-based line and column (in characters) of the offset in `text`.
    pub fn line_column(&self, text: &str) -> (usize, usize) {
        let before = text.get(..self.offset()).unwrap_or(text);
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        (
            before.matches('\n').count() + 1,
            before[line_start..].chars().count() + 1,
        )
    }

    /// A value of the right kind but not of the shape its type allows,
    /// found by the type's own reading.
    pub fn shape(message: &str) -> Error {
        Error {
            kind: ErrorKind::Data,
            message: message.to_string(),
            offset: None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at byte {}", self.message, self.offset())
    }
}

impl std::error::Error for Error {}

/// The reader: the text and the position in it.
pub struct Reader<'t> {
    text: &'t str,
    at: usize,
    depth: u16,
}

impl<'t> Reader<'t> {
    fn bytes(&self) -> &'t [u8] {
        self.text.as_bytes()
    }

    #[inline(never)]
    fn error(&self, kind: ErrorKind, message: &str) -> Error {
        Error {
            kind,
            message: message.to_string(),
            offset: Some(self.at),
        }
    }

    #[inline(never)]
    fn syntax(&self, message: &str) -> Error {
        if self.at >= self.text.len() {
            self.error(ErrorKind::Eof, "the text ends too early")
        } else {
            self.error(ErrorKind::Syntax, message)
        }
    }

    /// The next byte that is not white space, not consumed.
    #[inline(never)]
    fn peek(&mut self) -> Result<u8, Error> {
        while let Some(&b) = self.bytes().get(self.at) {
            if !matches!(b, b' ' | b'\n' | b'\r' | b'\t') {
                return Ok(b);
            }
            self.at += 1;
        }
        Err(self.syntax(""))
    }

    /// Consumes `byte` (after white space), or says what was expected.
    #[inline(never)]
    fn expect(&mut self, byte: u8, message: &str) -> Result<(), Error> {
        if self.peek()? != byte {
            return Err(self.syntax(message));
        }
        self.at += 1;
        Ok(())
    }

    #[inline(never)]
    fn literal(&mut self, word: &str) -> Result<(), Error> {
        if !self.bytes()[self.at..].starts_with(word.as_bytes()) {
            // Past the common part: the unexpected byte, or the end.
            let same = (self.bytes()[self.at..].iter())
                .zip(word.bytes())
                .take_while(|(a, b)| *a == b)
                .count();
            self.at += same;
            return Err(self.syntax("expected a value"));
        }
        self.at += word.len();
        Ok(())
    }

    /// Enters the array or object whose bracket is next (already peeked),
    /// refusing to go deeper than [`MAX_DEPTH`].
    #[inline(never)]
    fn items(&mut self) -> Result<Items<'_, 't>, Error> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error(ErrorKind::Syntax, "nested too deeply"));
        }
        let close = if self.bytes()[self.at] == b'[' {
            b']'
        } else {
            b'}'
        };
        self.at += 1;
        Ok(Items {
            reader: self,
            close,
            first: true,
            done: false,
        })
    }

    /// A string, the opening quote next; borrowed from the text when it has no escapes.
    #[inline(never)]
    fn string(&mut self) -> Result<Cow<'t, str>, Error> {
        self.at += 1;
        let bytes = self.bytes();
        let mut owned: Option<String> = None;
        let mut start = self.at;
        loop {
            let Some(&b) = bytes.get(self.at) else {
                return Err(self.syntax(""));
            };
            match b {
                b'"' => {
                    let tail = &self.text[start..self.at];
                    self.at += 1;
                    return Ok(match owned {
                        None => Cow::Borrowed(tail),
                        Some(mut s) => {
                            s.push_str(tail);
                            Cow::Owned(s)
                        }
                    });
                }
                b'\\' => {
                    let s = owned.get_or_insert_with(String::new);
                    s.push_str(&self.text[start..self.at]);
                    self.at += 1;
                    s.push(self.escape()?);
                    start = self.at;
                }
                0..=0x1f => return Err(self.syntax("control character in a string")),
                _ => self.at += 1,
            }
        }
    }

    /// The character of an escape, after its backslash.
    #[inline(never)]
    fn escape(&mut self) -> Result<char, Error> {
        let Some(&b) = self.bytes().get(self.at) else {
            return Err(self.syntax(""));
        };
        self.at += 1;
        Ok(match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let first = self.hex4()?;
                let code = if (0xD800..0xDC00).contains(&first) {
                    // A UTF-16 surrogate pair: the second half must follow.
                    if !self.bytes()[self.at..].starts_with(b"\\u") {
                        return Err(self.syntax("lone surrogate in a string"));
                    }
                    self.at += 2;
                    let second = self.hex4()?;
                    if !(0xDC00..0xE000).contains(&second) {
                        return Err(self.syntax("lone surrogate in a string"));
                    }
                    0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                } else {
                    first
                };
                char::from_u32(code).ok_or_else(|| self.syntax("lone surrogate in a string"))?
            }
            _ => {
                self.at -= 1;
                return Err(self.syntax("invalid escape in a string"));
            }
        })
    }

    #[inline(never)]
    fn hex4(&mut self) -> Result<u32, Error> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = self
                .bytes()
                .get(self.at)
                .and_then(|&b| (b as char).to_digit(16))
                .ok_or_else(|| self.syntax("invalid \\u escape in a string"))?;
            code = code * 16 + digit;
            self.at += 1;
        }
        Ok(code)
    }

    /// A number, its first byte next.
    #[inline(never)]
    fn number(&mut self) -> Result<Number, Error> {
        let bytes = self.bytes();
        let negative = bytes[self.at] == b'-';
        if negative {
            self.at += 1;
        }
        // The significant digits (up to 19, which a u64 holds) and the
        // power of ten they are to be multiplied by.
        let mut mantissa: u64 = 0;
        let mut digits = 0;
        let mut exponent: i32 = 0;
        let mut integer = true;
        let mut digit = |reader: &mut Self, fraction: bool| -> usize {
            let mut count = 0;
            while let Some(d) = bytes.get(reader.at).filter(|b| b.is_ascii_digit()) {
                if digits < 19 {
                    if mantissa != 0 || *d != b'0' {
                        digits += 1;
                    }
                    mantissa = mantissa * 10 + u64::from(d - b'0');
                    exponent -= i32::from(fraction);
                } else {
                    exponent += i32::from(!fraction);
                }
                reader.at += 1;
                count += 1;
            }
            count
        };
        let leading_zero = bytes.get(self.at) == Some(&b'0');
        let whole = digit(self, false);
        if whole == 0 || (leading_zero && whole > 1) {
            return Err(self.syntax("invalid number"));
        }
        if bytes.get(self.at) == Some(&b'.') {
            self.at += 1;
            integer = false;
            if digit(self, true) == 0 {
                return Err(self.syntax("invalid number"));
            }
        }
        if matches!(bytes.get(self.at), Some(b'e' | b'E')) {
            self.at += 1;
            integer = false;
            let sign = match bytes.get(self.at) {
                Some(b'-') => -1,
                Some(b'+') => 1,
                _ => 0,
            };
            if sign != 0 {
                self.at += 1;
            }
            let mut power: i32 = 0;
            let start = self.at;
            while let Some(d) = bytes.get(self.at).filter(|b| b.is_ascii_digit()) {
                power = power.saturating_mul(10).saturating_add(i32::from(d - b'0'));
                self.at += 1;
            }
            if self.at == start {
                return Err(self.syntax("invalid number"));
            }
            exponent = exponent.saturating_add(if sign < 0 { -power } else { power });
        }
        if integer && exponent == 0 {
            if !negative {
                return Ok(Number::Unsigned(mantissa));
            }
            // (-0 is the float -0.0, as in JavaScript.)
            if let Ok(n @ 1..) = i64::try_from(mantissa) {
                return Ok(Number::Signed(-n));
            }
        }
        // Exact when both the digits and the power of ten are exact doubles
        // (one correctly rounded operation); otherwise within a few units in
        // the last place.
        let mut value = mantissa as f64;
        let mut power = exponent;
        while power > 22 {
            value *= 1e22;
            power -= 22;
        }
        while power < -22 {
            value /= 1e22;
            power += 22;
        }
        value = if power >= 0 {
            value * 10f64.powi(power)
        } else {
            value / 10f64.powi(-power)
        };
        if !value.is_finite() {
            return Err(self.error(ErrorKind::Data, "number out of range"));
        }
        Ok(Number::Float(if negative { -value } else { value }))
    }

    /// Skips a whole value.
    #[inline(never)]
    fn skip(&mut self) -> Result<(), Error> {
        match self.peek()? {
            b'"' => {
                self.string()?;
            }
            b'[' | b'{' => {
                let mut items = self.items()?;
                while items.next()? {
                    if items.close == b'}' {
                        items.reader.string()?;
                        items.reader.expect(b':', "expected `:`")?;
                    }
                    items.reader.skip()?;
                }
                items.close()?;
            }
            b't' => self.literal("true")?,
            b'f' => self.literal("false")?,
            b'n' => self.literal("null")?,
            b'-' | b'0'..=b'9' => {
                self.number()?;
            }
            _ => return Err(self.syntax("expected a value")),
        }
        Ok(())
    }

    /// Enters the array or object that must come next (`open` is `[` or `{`).
    #[inline(never)]
    fn open(&mut self, open: u8, expected: &str) -> Result<Items<'_, 't>, Error> {
        if self.peek()? != open {
            return Err(self.wrong_type(expected));
        }
        self.items()
    }

    /// The error for a value of the wrong kind (a string where an array was
    /// expected), placed at the last byte of that value.
    #[inline(never)]
    fn wrong_type(&mut self, expected: &str) -> Error {
        let found = match self.bytes()[self.at] {
            b'"' => match self.string() {
                Ok(text) => format!("string \"{text}\""),
                Err(error) => return error,
            },
            other => {
                let kind = match other {
                    b'[' => "array",
                    b'{' => "object",
                    b't' | b'f' => "boolean",
                    b'n' => "null",
                    _ => "number",
                };
                if let Err(error) = self.skip() {
                    return error;
                }
                kind.to_string()
            }
        };
        self.data_error(format!("invalid type: {found}, expected {expected}"))
    }

    /// A data error about the value just read, placed at its last byte.
    #[inline(never)]
    fn data_error(&self, message: String) -> Error {
        Error {
            kind: ErrorKind::Data,
            message,
            offset: Some(self.at.saturating_sub(1)),
        }
    }

    /// A string value.
    #[inline(never)]
    pub fn text(&mut self) -> Result<String, Error> {
        if self.peek()? != b'"' {
            return Err(self.wrong_type("a string"));
        }
        Ok(self.string()?.into_owned())
    }

    /// A whole number from `min` to `max`; `expected` names its type.
    #[inline(never)]
    pub fn integer(&mut self, min: i64, max: i64, expected: &str) -> Result<i64, Error> {
        let n = match self.peek()? {
            b'-' | b'0'..=b'9' => self.number()?,
            _ => return Err(self.wrong_type(expected)),
        };
        let found = match n {
            Number::Unsigned(n) => match i64::try_from(n) {
                Ok(n) if (min..=max).contains(&n) => return Ok(n),
                _ => n.to_string(),
            },
            Number::Signed(n) if (min..=max).contains(&n) => return Ok(n),
            Number::Signed(n) => n.to_string(),
            Number::Float(_) => {
                return Err(self.data_error(format!(
                    "invalid type: a number with a fraction, expected {expected}"
                )))
            }
        };
        Err(self.data_error(format!(
            "invalid value: integer `{found}`, expected {expected}"
        )))
    }

    /// A number.
    #[inline(never)]
    pub fn float(&mut self) -> Result<f64, Error> {
        match self.peek()? {
            b'-' | b'0'..=b'9' => Ok(match self.number()? {
                Number::Unsigned(n) => n as f64,
                Number::Signed(n) => n as f64,
                Number::Float(n) => n,
            }),
            _ => Err(self.wrong_type("f64")),
        }
    }

    /// Whether the next value is `null` (read if it is).
    #[inline(never)]
    pub fn null(&mut self) -> Result<bool, Error> {
        if self.peek()? != b'n' {
            return Ok(false);
        }
        self.literal("null")?;
        Ok(true)
    }

    /// One of a few words (a closed vocabulary's keys): its index in `words`.
    #[inline(never)]
    pub fn word(&mut self, words: &[&str]) -> Result<usize, Error> {
        let word = self.text()?;
        words.iter().position(|w| *w == word).ok_or_else(|| {
            self.data_error(format!(
                "unknown variant `{word}`, expected {}",
                one_of(words)
            ))
        })
    }

    /// The array that comes next, each element read by `element`.
    #[inline(never)]
    pub fn array(
        &mut self,
        element: &mut dyn FnMut(&mut Reader<'t>) -> Result<(), Error>,
    ) -> Result<(), Error> {
        let mut items = self.open(b'[', "an array")?;
        while items.next()? {
            element(items.reader)?;
        }
        items.close()
    }

    /// The object that comes next, as entries of any keys, each value read
    /// by `entry` (a map, such as the names file's countries).
    #[inline(never)]
    pub fn entries(
        &mut self,
        entry: &mut dyn FnMut(String, &mut Reader<'t>) -> Result<(), Error>,
    ) -> Result<(), Error> {
        let mut items = self.open(b'{', "a map")?;
        while items.next()? {
            let key = items.reader.string()?.into_owned();
            items.reader.expect(b':', "expected `:`")?;
            entry(key, items.reader)?;
        }
        items.close()
    }

    /// The object that comes next, with the given fields and no others: each
    /// key is checked (an unknown or repeated one is an error there) and its
    /// value skipped, so that [`Object::field`] can then read the fields in
    /// any order.
    #[inline(never)]
    pub fn object(&mut self, fields: &'static [&'static str]) -> Result<Object<'_, 't>, Error> {
        assert!(
            fields.len() <= MAX_FIELDS,
            "more fields than an Object holds"
        );
        let mut starts = [0; MAX_FIELDS];
        let mut items = self.open(b'{', "an object")?;
        while items.next()? {
            let key = items.reader.string()?;
            let Some(index) = fields.iter().position(|f| *f == key) else {
                return Err(items.reader.data_error(format!(
                    "unknown field `{key}`, expected {}",
                    one_of(fields)
                )));
            };
            if starts[index] != 0 {
                return Err(items.reader.data_error(format!("duplicate field `{key}`")));
            }
            items.reader.expect(b':', "expected `:`")?;
            items.reader.peek()?;
            starts[index] = items.reader.at;
            items.reader.skip()?;
        }
        // Still inside the object (its depth counted) until `Object::end`.
        let end = items.reader.at - 1;
        Ok(Object {
            reader: self,
            fields,
            starts,
            end,
            error: None,
        })
    }
}

/// "one of `a`, `b`, `c`": the values a message says were expected.
fn one_of(words: &[&str]) -> String {
    let mut out = String::from("one of ");
    for (i, word) in words.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push('`');
        out.push_str(word);
        out.push('`');
    }
    out
}

/// The most fields an object read by [`Reader::object`] may have.
const MAX_FIELDS: usize = 24;

/// An object whose keys have been checked: its fields, read by name.
pub struct Object<'r, 't> {
    reader: &'r mut Reader<'t>,
    fields: &'static [&'static str],
    /// Where each field's value starts in the text, in `fields` order; 0 if absent.
    starts: [usize; MAX_FIELDS],
    /// The offset of the closing brace.
    end: usize,
    /// The first field that could not be read.
    error: Option<Error>,
}

impl<'t> Object<'_, 't> {
    /// Reads the field `name` into `place`, unless an earlier field could
    /// not be read: the error is kept for [`Object::end`]. Reading each field
    /// into its place, without returning early, keeps the code made for each
    /// field to a call (an early return drops every field read before it).
    pub fn read_into<T: FromJson>(&mut self, place: &mut T, name: &str) {
        if self.error.is_none() {
            match self.field(name) {
                Ok(value) => *place = value,
                Err(error) => self.error = Some(error),
            }
        }
    }

    /// The field `name` (one of the object's `fields`), or its
    /// [`FromJson::absent`] value if the object does not have it.
    pub fn field<T: FromJson>(&mut self, name: &str) -> Result<T, Error> {
        if self.seek(name) {
            T::read(self.reader)
        } else {
            T::absent().ok_or_else(|| self.missing(name))
        }
    }

    /// Whether the object has the field, the reader then at its value.
    #[inline(never)]
    fn seek(&mut self, name: &str) -> bool {
        let index = self.fields.iter().position(|f| *f == name);
        match index.map(|i| self.starts[i]) {
            Some(start) if start != 0 => {
                self.reader.at = start;
                true
            }
            _ => false,
        }
    }

    fn missing(&self, name: &str) -> Error {
        self.invalid(&format!("missing field `{name}`"))
    }

    /// How many of the fields the object has.
    pub fn present(&self) -> usize {
        self.starts.iter().filter(|s| **s != 0).count()
    }

    /// The error of an object that is not what its type allows, at its end.
    #[inline(never)]
    pub fn invalid(&self, message: &str) -> Error {
        Error {
            kind: ErrorKind::Data,
            message: message.to_string(),
            offset: Some(self.end),
        }
    }

    /// Leaves the object (the reader goes on after its closing brace), or
    /// gives the error of the first field that could not be read.
    #[inline(never)]
    pub fn end(self) -> Result<(), Error> {
        if let Some(error) = self.error {
            return Err(error);
        }
        self.reader.at = self.end + 1;
        self.reader.depth -= 1;
        Ok(())
    }
}

/// Implements [`FromJson`] for a struct read from a JSON object whose keys
/// are the struct's field names (`"$schema" => schema` for one that is not).
/// Every field must be listed, or [`FromJson::empty`] does not compile.
/// The struct starts with every field empty; each is then read into its place.
macro_rules! record {
    ($type:ident { $($key:literal => $renamed:ident,)? $($field:ident),+ $(,)? }) => {
        impl $crate::json::FromJson for $type {
            fn read(reader: &mut $crate::json::Reader<'_>) -> Result<Self, $crate::json::Error> {
                const FIELDS: &[&str] = &[$($key,)? $(stringify!($field)),+];
                let mut object = reader.object(FIELDS)?;
                let mut value = <Self as $crate::json::FromJson>::empty();
                $(object.read_into(&mut value.$renamed, $key);)?
                $(object.read_into(&mut value.$field, stringify!($field));)+
                object.end()?;
                Ok(value)
            }

            fn empty() -> Self {
                $type {
                    $($renamed: $crate::json::FromJson::empty(),)?
                    $($field: $crate::json::FromJson::empty()),+
                }
            }
        }
    };
}
pub(crate) use record;

enum Number {
    Unsigned(u64),
    Signed(i64),
    Float(f64),
}

/// The elements of an array or the entries of an object being read.
struct Items<'a, 't> {
    reader: &'a mut Reader<'t>,
    /// `]` or `}`.
    close: u8,
    first: bool,
    /// The closing bracket has been read.
    done: bool,
}

impl Items<'_, '_> {
    /// Reads the closing bracket, if the visitor has not: one that wanted a
    /// fixed number of elements (a tuple) stops before it.
    #[inline(never)]
    fn close(&mut self) -> Result<(), Error> {
        if !self.done {
            self.reader
                .expect(self.close, "expected the end of the array or object")?;
        }
        self.reader.depth -= 1;
        Ok(())
    }

    /// Whether another element or entry follows (reading the comma before
    /// it, or the closing bracket after the last); an entry's key must be
    /// a string.
    #[inline(never)]
    fn next(&mut self) -> Result<bool, Error> {
        if self.done {
            return Ok(false);
        }
        let reader = &mut *self.reader;
        if reader.peek()? == self.close {
            reader.at += 1;
            self.done = true;
            return Ok(false);
        }
        if !self.first {
            reader.expect(b',', "expected `,` or the end")?;
        }
        self.first = false;
        if self.close == b'}' && reader.peek()? != b'"' {
            return Err(reader.syntax("expected a key"));
        }
        Ok(true)
    }
}

impl FromJson for String {
    fn read(reader: &mut Reader<'_>) -> Result<Self, Error> {
        reader.text()
    }

    fn empty() -> Self {
        String::new()
    }
}

impl FromJson for f64 {
    fn read(reader: &mut Reader<'_>) -> Result<Self, Error> {
        reader.float()
    }

    fn empty() -> Self {
        0.0
    }
}

/// Whole numbers, each checked against its type's range.
macro_rules! integers {
    ($($type:ident)*) => {$(
        impl FromJson for $type {
            fn read(reader: &mut Reader<'_>) -> Result<Self, Error> {
                let n = reader.integer($type::MIN as i64, $type::MAX as i64, stringify!($type))?;
                Ok(n as $type)
            }

            fn empty() -> Self {
                0
            }
        }
    )*};
}
integers!(u8 u32 i32);

impl<T: FromJson> FromJson for Option<T> {
    fn read(reader: &mut Reader<'_>) -> Result<Self, Error> {
        if reader.null()? {
            Ok(None)
        } else {
            T::read(reader).map(Some)
        }
    }

    fn empty() -> Self {
        None
    }

    fn absent() -> Option<Self> {
        Some(None)
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn read(reader: &mut Reader<'_>) -> Result<Self, Error> {
        let mut out = Vec::new();
        reader.array(&mut |reader| {
            out.push(T::read(reader)?);
            Ok(())
        })?;
        Ok(out)
    }

    fn empty() -> Self {
        Vec::new()
    }
}

impl<T: FromJson> FromJson for BTreeMap<String, T> {
    fn read(reader: &mut Reader<'_>) -> Result<Self, Error> {
        let mut out = BTreeMap::new();
        reader.entries(&mut |key, reader| {
            out.insert(key, T::read(reader)?);
            Ok(())
        })?;
        Ok(out)
    }

    fn empty() -> Self {
        BTreeMap::new()
    }
}

#[cfg(test)]
mod tests;
