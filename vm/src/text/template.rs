//! `str.format` templates (`MarkupIterator` and the field name parser of CPython's
//! `unicode_format.h`), also behind `str.format_map` and `string.Formatter.parse`.
//!
//! The VM's loop, in CPython's order (errors surface lazily, after earlier fields rendered):
//! ```text
//! fn build(template, depth, auto: &mut AutoNumber):
//!     if depth == 0: raise FormatError::max_recursion_exceeded()      # depth starts at 2
//!     for piece in TemplateParser::new(template):
//!         piece = piece?; append piece.literal
//!         if let Some(field) = piece.field:
//!             (first, rest) = split_field_name(field.name, Some(auto))?
//!             obj = match first { Index(i) => args[i]  (IndexError: replacement_index_out_of_range,
//!                                                     format_map: positional_fields_in_format_map)
//!                                 Name(k) => kwargs[k]  (KeyError(k)) }
//!             for acc in rest: obj = match acc? { Attr(a) => getattr(obj, a),
//!                                                Index(i) => obj[i], Key(k) => obj[k] }
//!             if let Some(c) = field.conversion: obj = match Conversion::from_char(c)? { .. }
//!             spec = if field.spec_needs_expanding { build(field.spec, depth - 1, auto) } else { field.spec }
//!             append format(obj, spec)
//! ```
//! The same [`AutoNumber`] is shared by the nested spec expansions of one `format` call.

use super::unicode::decimal_value;
use super::FormatError;

/// Nesting allowed for replacement fields in format specs (`'{:{}}'` is one level).
pub const MAX_SPEC_RECURSION: u32 = 2;

/// One step of a template: literal text, then maybe a replacement field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplatePiece<'a> {
    /// Literal text before the field, with `{{`/`}}` already unescaped (a piece ends after an
    /// escaped brace, so this is always a slice of the template). May be empty.
    pub literal: &'a str,
    pub field: Option<ReplacementField<'a>>,
}

/// `{name!conversion:spec}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplacementField<'a> {
    /// The field name, e.g. `0`, `name.attr[key]`, or empty for auto-numbering.
    pub name: &'a str,
    /// The character after `!`, not yet validated (see [`Conversion::from_char`]).
    pub conversion: Option<char>,
    /// The format spec after `:`, possibly empty.
    pub spec: &'a str,
    /// Whether `spec` contains `{…}` fields to expand before use.
    pub spec_needs_expanding: bool,
}

/// Iterates a `str.format` template; stops after the first error.
pub struct TemplateParser<'a> {
    rest: &'a str,
    failed: bool,
}

impl<'a> TemplateParser<'a> {
    pub fn new(template: &'a str) -> Self {
        TemplateParser {
            rest: template,
            failed: false,
        }
    }

    fn step(&mut self) -> Result<TemplatePiece<'a>, FormatError> {
        let s = self.rest;
        let b = s.as_bytes();
        let Some(i) = b.iter().position(|&c| c == b'{' || c == b'}') else {
            self.rest = "";
            return Ok(TemplatePiece {
                literal: s,
                field: None,
            });
        };
        let c = b[i];
        let next = b.get(i + 1).copied();
        if c == b'}' && next != Some(b'}') {
            return Err(FormatError::value(
                "Single '}' encountered in format string",
            ));
        }
        if c == b'{' && next.is_none() {
            return Err(FormatError::value(
                "Single '{' encountered in format string",
            ));
        }
        if next == Some(c) {
            // An escaped brace: the literal keeps one of the two.
            self.rest = &s[i + 2..];
            return Ok(TemplatePiece {
                literal: &s[..i + 1],
                field: None,
            });
        }
        let literal = &s[..i];
        self.rest = &s[i + 1..];
        let field = self.parse_field()?;
        Ok(TemplatePiece {
            literal,
            field: Some(field),
        })
    }

    /// `parse_field`: reads `name[!c][:spec]}` from `self.rest`.
    fn parse_field(&mut self) -> Result<ReplacementField<'a>, FormatError> {
        let s = self.rest;
        let b = s.as_bytes();
        let mut i = 0;
        let mut end_char = None;
        while i < b.len() {
            let c = b[i];
            i += 1;
            match c {
                b'{' => return Err(FormatError::value("unexpected '{' in field name")),
                b'[' => {
                    while i < b.len() && b[i] != b']' {
                        i += 1;
                    }
                }
                b'}' | b':' | b'!' => {
                    end_char = Some(c);
                    break;
                }
                _ => {}
            }
        }
        let Some(end) = end_char else {
            return Err(FormatError::value("expected '}' before end of string"));
        };
        let name = &s[..i - 1];
        let mut field = ReplacementField {
            name,
            conversion: None,
            spec: "",
            spec_needs_expanding: false,
        };
        if end == b'}' {
            self.rest = &s[i..];
            return Ok(field);
        }
        if end == b'!' {
            let Some(conv) = s[i..].chars().next() else {
                return Err(FormatError::value(
                    "end of string while looking for conversion specifier",
                ));
            };
            field.conversion = Some(conv);
            i += conv.len_utf8();
            if i < b.len() {
                let c = b[i];
                i += 1;
                if c == b'}' {
                    self.rest = &s[i..];
                    return Ok(field);
                }
                if c != b':' {
                    return Err(FormatError::value(
                        "expected ':' after conversion specifier",
                    ));
                }
            }
        }
        let start = i;
        let mut depth = 1;
        while i < b.len() {
            match b[i] {
                b'{' => {
                    field.spec_needs_expanding = true;
                    depth += 1;
                }
                b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        field.spec = &s[start..i];
                        self.rest = &s[i + 1..];
                        return Ok(field);
                    }
                }
                _ => {}
            }
            i += 1;
        }
        Err(FormatError::value("unmatched '{' in format spec"))
    }
}

impl<'a> Iterator for TemplateParser<'a> {
    type Item = Result<TemplatePiece<'a>, FormatError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.rest.is_empty() {
            return None;
        }
        let r = self.step();
        self.failed = r.is_err();
        Some(r)
    }
}

/// The `!r` / `!s` / `!a` conversion of a replacement field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conversion {
    Repr,
    Str,
    Ascii,
}

impl Conversion {
    /// Validates a conversion character. CPython checks it after looking the field up.
    pub fn from_char(c: char) -> Result<Conversion, FormatError> {
        match c {
            'r' => Ok(Conversion::Repr),
            's' => Ok(Conversion::Str),
            'a' => Ok(Conversion::Ascii),
            c if (c as u32) > 32 && (c as u32) < 127 => Err(FormatError::value(format!(
                "Unknown conversion specifier {c}"
            ))),
            c => Err(FormatError::value(format!(
                "Unknown conversion specifier \\x{:x}",
                c as u32
            ))),
        }
    }
}

/// State of automatic field numbering (`{}`) versus manual (`{0}`) for one `format` call.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AutoNumber {
    /// `None` until the first numeric or empty field decides.
    manual: Option<bool>,
    next: usize,
}

impl AutoNumber {
    pub fn new() -> Self {
        Self::default()
    }
}

/// The first part of a field name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldFirst<'a> {
    /// A positional argument (written as digits, or numbered automatically).
    Index(usize),
    /// A keyword argument.
    Name(&'a str),
}

/// One `.attr` or `[key]` after the first part of a field name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldAccessor<'a> {
    Attr(&'a str),
    /// `[digits]`: `getitem` with an int.
    Index(usize),
    /// `[other]`: `getitem` with a str.
    Key(&'a str),
}

/// The accessors after the first part; errors come lazily, in order, like CPython's.
#[derive(Debug, Clone)]
pub struct FieldRest<'a> {
    rest: &'a str,
    failed: bool,
}

/// `get_integer` of unicode_format.h: `None` if not all decimal digits (or empty).
fn field_integer(s: &str) -> Result<Option<usize>, FormatError> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: u64 = 0;
    for c in s.chars() {
        let Some(d) = decimal_value(c) else {
            return Ok(None);
        };
        if acc > (i64::MAX as u64 - d as u64) / 10 {
            return Err(FormatError::value(
                "Too many decimal digits in format string",
            ));
        }
        acc = acc * 10 + d as u64;
    }
    Ok(Some(acc.min(usize::MAX as u64) as usize))
}

/// Splits a field name into its first part and the accessor chain (`field_name_split`),
/// numbering empty names through `auto` (pass `None` for `_string.formatter_field_name_split`,
/// where an empty name stays the empty string).
pub fn split_field_name<'a>(
    name: &'a str,
    auto: Option<&mut AutoNumber>,
) -> Result<(FieldFirst<'a>, FieldRest<'a>), FormatError> {
    let cut = name.find(['.', '[']).unwrap_or(name.len());
    let (first, rest) = name.split_at(cut);
    let index = field_integer(first)?;
    let rest = FieldRest {
        rest,
        failed: false,
    };
    let empty = first.is_empty();
    if let Some(auto) = auto {
        if empty || index.is_some() {
            let manual = *auto.manual.get_or_insert(!empty);
            if manual && empty {
                return Err(FormatError::value(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            if !manual && !empty {
                return Err(FormatError::value(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
        }
        if empty {
            let i = auto.next;
            auto.next += 1;
            return Ok((FieldFirst::Index(i), rest));
        }
    }
    Ok((
        index.map_or(FieldFirst::Name(first), FieldFirst::Index),
        rest,
    ))
}

impl<'a> FieldRest<'a> {
    fn step(&mut self) -> Result<FieldAccessor<'a>, FormatError> {
        let s = self.rest;
        let (acc, name) = match s.as_bytes()[0] {
            b'.' => {
                let end = s[1..].find(['.', '[']).map_or(s.len(), |i| i + 1);
                self.rest = &s[end..];
                let name = &s[1..end];
                (FieldAccessor::Attr(name), name)
            }
            b'[' => {
                let Some(close) = s.find(']') else {
                    return Err(FormatError::value("Missing ']' in format string"));
                };
                self.rest = &s[close + 1..];
                let key = &s[1..close];
                let acc = match field_integer(key)? {
                    Some(i) => FieldAccessor::Index(i),
                    None => FieldAccessor::Key(key),
                };
                (acc, key)
            }
            _ => {
                return Err(FormatError::value(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ))
            }
        };
        if name.is_empty() {
            return Err(FormatError::value("Empty attribute in format string"));
        }
        Ok(acc)
    }
}

impl<'a> Iterator for FieldRest<'a> {
    type Item = Result<FieldAccessor<'a>, FormatError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.rest.is_empty() {
            return None;
        }
        let r = self.step();
        self.failed = r.is_err();
        Some(r)
    }
}
