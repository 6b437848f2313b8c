//! The JSON reader of the app's files: the dataset, the names file, the
//! interface strings and the map's base geometry, read into their serde types.
//!
//! Why not serde_json, which the build's validator keeps using: in the wasm,
//! reading the dataset (serde_json and the code it makes for each type of the
//! model) came to some 20 kB brotli, and this reader makes 4.5 kB of that go
//! (docs/BENCHMARK.md has the wasm by crate). It does less, and only what
//! these files need:
//! - objects are read as maps only (serde_json also reads a struct from an
//!   array, which doubles the code made for every struct);
//! - its error messages never format a float (Rust's float formatting is
//!   large), and it says where an error is as a byte offset;
//! - numbers are read exactly when they have at most 15 significant digits
//!   and a small exponent (every number the portal's files hold), and to
//!   within a few units in the last place beyond.
//!
//! It is strict JSON otherwise (RFC 8259): no comments, no trailing commas,
//! no control characters in strings, nothing after the value; nesting deeper
//! than [`MAX_DEPTH`] is refused rather than risk the stack. A native test
//! reads the shipped dataset with both readers and compares the results.
//!
//! The reader's own steps are `#[inline(never)]`: one copy each, called from
//! the code made for every type, instead of a copy inlined into each.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, DeserializeSeed, IntoDeserializer, Unexpected, Visitor};
use serde::forward_to_deserialize_any;

/// Arrays and objects nested deeper than this are refused.
pub const MAX_DEPTH: u16 = 128;

/// Reads a whole JSON text into `T`.
pub fn from_str<'de, T: de::Deserialize<'de>>(text: &'de str) -> Result<T, Error> {
    let mut reader = Reader {
        text,
        at: 0,
        depth: 0,
    };
    // A visitor's error (a missing field, a number out of range) has no
    // position of its own: the reader stopped right after the value it
    // rejected, since nothing is read once an error is on its way up.
    let value = T::deserialize(&mut reader).map_err(|mut error| {
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

    fn data(message: String) -> Error {
        Error {
            kind: ErrorKind::Data,
            message,
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

impl de::Error for Error {
    fn custom<T: fmt::Display>(message: T) -> Self {
        Error::data(message.to_string())
    }

    fn invalid_type(found: Unexpected, expected: &dyn de::Expected) -> Self {
        Error::data(format!(
            "invalid type: {}, expected {expected}",
            Found(found)
        ))
    }

    fn invalid_value(found: Unexpected, expected: &dyn de::Expected) -> Self {
        Error::data(format!(
            "invalid value: {}, expected {expected}",
            Found(found)
        ))
    }
}

/// serde's description of an unexpected value, but for a float, whose value
/// is left out: formatting it would bring Rust's float printing into the wasm.
struct Found<'a>(Unexpected<'a>);

impl fmt::Display for Found<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Unexpected::Bool(b) => write!(f, "boolean `{b}`"),
            Unexpected::Unsigned(n) => write!(f, "integer `{n}`"),
            Unexpected::Signed(n) => write!(f, "integer `{n}`"),
            Unexpected::Float(_) => f.write_str("a number with a fraction"),
            Unexpected::Str(s) => write!(f, "string \"{s}\""),
            Unexpected::Unit => f.write_str("null"),
            Unexpected::Seq => f.write_str("array"),
            Unexpected::Map => f.write_str("object"),
            _ => f.write_str("another kind of value"),
        }
    }
}

/// The reader: the text and the position in it.
struct Reader<'de> {
    text: &'de str,
    at: usize,
    depth: u16,
}

impl<'de> Reader<'de> {
    fn bytes(&self) -> &'de [u8] {
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
    fn items(&mut self) -> Result<Items<'_, 'de>, Error> {
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
    fn string(&mut self) -> Result<Cow<'de, str>, Error> {
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
    fn open(&mut self, open: u8, expected: &dyn de::Expected) -> Result<Items<'_, 'de>, Error> {
        if self.peek()? != open {
            return Err(self.wrong_type(expected));
        }
        self.items()
    }

    /// The error for a value of the wrong kind (a string where an array was
    /// expected), placed at the end of that value. Not generic, unlike a
    /// visitor's own refusal, so that it is not made again for every type.
    #[inline(never)]
    fn wrong_type(&mut self, expected: &dyn de::Expected) -> Error {
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
        let mut error = Error::data(format!("invalid type: {found}, expected {expected}"));
        error.offset = Some(self.at - 1);
        error
    }
}

enum Number {
    Unsigned(u64),
    Signed(i64),
    Float(f64),
}

/// `deserialize_<type>` methods that all read a number (`deserialize_u64`).
macro_rules! numbers_as_u64 {
    ($($method:ident)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
            self.deserialize_u64(visitor)
        }
    )*};
}

impl<'de> de::Deserializer<'de> for &mut Reader<'de> {
    type Error = Error;

    #[inline(never)]
    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.peek()? {
            b'n' => {
                self.literal("null")?;
                visitor.visit_unit()
            }
            b't' => {
                self.literal("true")?;
                visitor.visit_bool(true)
            }
            b'f' => {
                self.literal("false")?;
                visitor.visit_bool(false)
            }
            b'"' => match self.string()? {
                Cow::Borrowed(s) => visitor.visit_borrowed_str(s),
                Cow::Owned(s) => visitor.visit_string(s),
            },
            b'-' | b'0'..=b'9' => match self.number()? {
                Number::Unsigned(n) => visitor.visit_u64(n),
                Number::Signed(n) => visitor.visit_i64(n),
                Number::Float(n) => visitor.visit_f64(n),
            },
            b'[' => self.deserialize_seq(visitor),
            b'{' => self.deserialize_map(visitor),
            _ => Err(self.syntax("expected a value")),
        }
    }

    #[inline(never)]
    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.peek()? == b'n' {
            self.literal("null")?;
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    #[inline(never)]
    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let mut items = self.open(b'[', &visitor)?;
        let value = visitor.visit_seq(&mut items)?;
        items.close()?;
        Ok(value)
    }

    #[inline(never)]
    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let mut fields = self.open(b'{', &visitor)?;
        let value = visitor.visit_map(&mut fields)?;
        fields.close()?;
        Ok(value)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_map(visitor)
    }

    #[inline(never)]
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self.peek()? {
            // A unit variant: its name.
            b'"' => {
                let name = self.string()?;
                visitor.visit_enum(name.into_deserializer())
            }
            // A variant with a value: `{"name": value}`, one entry.
            b'{' => {
                let mut entry = self.items()?;
                if !entry.next()? {
                    let mut error = Error::data("expected the variant's name, found `{}`".into());
                    error.offset = Some(entry.reader.at - 1);
                    return Err(error);
                }
                let value = visitor.visit_enum(&mut *entry.reader)?;
                entry.close()?;
                Ok(value)
            }
            _ => Err(self.wrong_type(&visitor)),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.skip()?;
        visitor.visit_unit()
    }

    // Each of these reads only its own kind of value and leaves every other
    // to `wrong_type`, which is not generic: the code made for each type
    // read stays small (forwarding them all to `deserialize_any` would make
    // every kind of value's code for every field name and number type).

    #[inline(never)]
    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let value = match self.peek()? {
            b't' => self.literal("true").map(|_| true)?,
            b'f' => self.literal("false").map(|_| false)?,
            _ => return Err(self.wrong_type(&visitor)),
        };
        visitor.visit_bool(value)
    }

    #[inline(never)]
    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.peek()? {
            b'-' | b'0'..=b'9' => match self.number()? {
                Number::Unsigned(n) => visitor.visit_u64(n),
                Number::Signed(n) => visitor.visit_i64(n),
                Number::Float(n) => visitor.visit_f64(n),
            },
            _ => Err(self.wrong_type(&visitor)),
        }
    }

    /// Strings the visitor keeps: handed over owned.
    #[inline(never)]
    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.peek()? != b'"' {
            return Err(self.wrong_type(&visitor));
        }
        let text = self.string()?.into_owned();
        visitor.visit_string(text)
    }

    /// Strings the visitor may borrow (`&str`, `Cow<str>`).
    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.peek()? != b'"' {
            return Err(self.wrong_type(&visitor));
        }
        match self.string()? {
            Cow::Borrowed(s) => visitor.visit_borrowed_str(s),
            Cow::Owned(s) => visitor.visit_str(&s),
        }
    }

    /// Field and variant names: looked at, never kept.
    #[inline(never)]
    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.peek()? != b'"' {
            return Err(self.wrong_type(&visitor));
        }
        let name = self.string()?;
        visitor.visit_str(&name)
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.peek()? != b'n' {
            return Err(self.wrong_type(&visitor));
        }
        self.literal("null")?;
        visitor.visit_unit()
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    // Every number type reads a number; its visitor checks the range.
    numbers_as_u64! {
        deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64 deserialize_u8
        deserialize_u16 deserialize_u32 deserialize_f32 deserialize_f64
    }

    forward_to_deserialize_any! {
        i128 u128 char bytes byte_buf unit_struct
    }
}

/// The elements of an array or the entries of an object being read.
struct Items<'a, 'de> {
    reader: &'a mut Reader<'de>,
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

impl<'de> de::SeqAccess<'de> for Items<'_, 'de> {
    type Error = Error;

    #[inline(never)]
    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        if !self.next()? {
            return Ok(None);
        }
        seed.deserialize(&mut *self.reader).map(Some)
    }
}

impl<'de> de::MapAccess<'de> for Items<'_, 'de> {
    type Error = Error;

    #[inline(never)]
    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        if !self.next()? {
            return Ok(None);
        }
        seed.deserialize(&mut *self.reader).map(Some)
    }

    #[inline(never)]
    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        self.reader.expect(b':', "expected `:`")?;
        seed.deserialize(&mut *self.reader)
    }
}

impl<'de> de::EnumAccess<'de> for &mut Reader<'de> {
    type Error = Error;
    type Variant = Self;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self), Error> {
        let variant = seed.deserialize(&mut *self)?;
        self.expect(b':', "expected `:`")?;
        Ok((variant, self))
    }
}

impl<'de> de::VariantAccess<'de> for &mut Reader<'de> {
    type Error = Error;

    fn unit_variant(self) -> Result<(), Error> {
        de::Deserialize::deserialize(self)
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, Error> {
        seed.deserialize(self)
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, Error> {
        de::Deserializer::deserialize_seq(self, visitor)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        de::Deserializer::deserialize_map(self, visitor)
    }
}

#[cfg(test)]
mod tests;
