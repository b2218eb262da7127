//! A CPython 3.11-compatible tokenizer used only to find the errors CPython's tokenizer
//! reports (with its messages and positions): bad indentation, tabs/spaces mixing,
//! unterminated strings, malformed numbers, invalid characters, bracket mismatches, and the
//! nesting limits (200 brackets, 100 indentation levels). The ruff parser does the real
//! parsing; this pass decides which error CPython would show first.

/// One error found by the tokenizer. Columns are CPython `offset`s (1-based characters,
/// 0 = unknown end).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct TokError {
    pub kind: crate::ErrorKind,
    pub msg: String,
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: i32,
    /// Raised by CPython's tokenizer itself (its `syntaxerror()`: literals, characters,
    /// brackets), whose `text` is the line without its newline; false for the errors the
    /// parser reports for the tokenizer (indentation, EOF, line continuation).
    pub by_tokenizer: bool,
}

/// What tokenizing the whole source found.
#[derive(Debug, Default)]
pub(crate) struct Scan {
    /// The first error (tokenization stops there, as CPython's does).
    pub error: Option<TokError>,
    /// Brackets still open at the end: (char, line, 1-based col).
    pub unclosed: Vec<(char, u32, u32)>,
    /// Line of the last token (for "unexpected EOF" decisions).
    pub eof_line: u32,
}

const MAXINDENT: usize = 100;
const MAXLEVEL: usize = 200;
const TABSIZE: usize = 8;

struct Tok {
    chars: Vec<char>,
    pos: usize,
    line: u32,
    line_start: usize,
    /// `exec` input, which CPython's string tokenizer ends with a newline if it has none.
    implicit_newline: bool,
}

fn is_id_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_' || c as u32 >= 128
}

fn is_id_char(c: char) -> bool {
    is_id_start(c) || c.is_ascii_digit()
}

impl Tok {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }
    fn peek_at(&self, k: usize) -> Option<char> {
        self.chars.get(self.pos + k).copied()
    }
    fn next(&mut self) -> Option<char> {
        let c = self.chars.get(self.pos).copied();
        if c.is_some() {
            self.pos += 1;
        }
        c
    }
    fn backup(&mut self, c: Option<char>) {
        if c.is_some() {
            self.pos -= 1;
        }
    }
    /// CPython's `syntaxerror` column: characters from the line start to the cursor.
    fn cur_col(&self) -> u32 {
        (self.pos - self.line_start) as u32
    }
    fn col_of(&self, pos: usize) -> u32 {
        (pos - self.line_start) as u32 + 1
    }
    fn newline(&mut self) {
        self.line += 1;
        self.line_start = self.pos;
    }
    fn err(&self, msg: impl Into<String>) -> TokError {
        let c = self.cur_col();
        TokError { kind: crate::ErrorKind::SyntaxError, msg: msg.into(), line: self.line, col: c, end_line: self.line, end_col: c as i32, by_tokenizer: true }
    }
    fn line_len(&self) -> u32 {
        let mut e = self.line_start;
        while e < self.chars.len() && self.chars[e] != '\n' {
            e += 1;
        }
        (e - self.line_start) as u32
    }
}

fn is_printable(c: char) -> bool {
    let v = c as u32;
    if v < 0x20 || v == 0x7f {
        return false;
    }
    !(0x80..0xa0).contains(&v)
}

fn valid_identifier(s: &[char]) -> Option<usize> {
    for (i, &c) in s.iter().enumerate() {
        let ok = if i == 0 {
            c == '_' || unicode_ident::is_xid_start(c)
        } else {
            c == '_' || unicode_ident::is_xid_continue(c)
        };
        if !ok {
            return Some(i);
        }
    }
    None
}

/// Tokenizes `source` the way CPython 3.11 does, reporting its first error.
pub(crate) fn scan(source: &str, implicit_newline: bool) -> Scan {
    // Universal newlines, as CPython's string tokenizer.
    let mut chars = Vec::with_capacity(source.len());
    let mut it = source.chars().peekable();
    while let Some(c) = it.next() {
        if c == '\r' {
            if it.peek() == Some(&'\n') {
                it.next();
            }
            chars.push('\n');
        } else {
            chars.push(c);
        }
    }
    let mut t = Tok { chars, pos: 0, line: 1, line_start: 0, implicit_newline };
    let mut scan = Scan::default();
    match run(&mut t, &mut scan) {
        Ok(()) => {}
        Err(e) => scan.error = Some(e),
    }
    scan
}

fn run(t: &mut Tok, scan: &mut Scan) -> Result<(), TokError> {
    let mut indstack: Vec<usize> = vec![0];
    let mut altindstack: Vec<usize> = vec![0];
    let mut parens: Vec<(char, u32, u32)> = Vec::new();
    let mut atbol = true;
    let mut cont_line = false;
    // Right-nesting estimate per bracket level (see `Nesting`).
    let mut nest = Nesting { levels: vec![0], operand: false, line_has_tokens: false };
    loop {
        let mut blankline = false;
        if atbol {
            atbol = false;
            let mut col = 0usize;
            let mut altcol = 0usize;
            let mut cont_line_col = 0usize;
            loop {
                match t.peek() {
                    Some(' ') => {
                        col += 1;
                        altcol += 1;
                    }
                    Some('\t') => {
                        col = (col / TABSIZE + 1) * TABSIZE;
                        altcol += 1;
                    }
                    Some('\x0c') => {
                        col = 0;
                        altcol = 0;
                    }
                    Some('\\') => {
                        // Indentation cannot be split over lines with backslashes: the
                        // column of the first one is the line's indentation.
                        if cont_line_col == 0 {
                            cont_line_col = col;
                        }
                        let start = t.pos;
                        t.pos += 1;
                        continuation(t, start)?;
                        continue;
                    }
                    _ => break,
                }
                t.pos += 1;
            }
            if cont_line_col != 0 {
                col = cont_line_col;
            }
            match t.peek() {
                Some('#') | Some('\n') | None => blankline = true,
                _ => {}
            }
            if t.peek().is_none() && parens.is_empty() {
                blankline = true;
            }
            if !blankline && parens.is_empty() && !cont_line {
                let top = *indstack.last().unwrap();
                let alttop = *altindstack.last().unwrap();
                if col == top {
                    if altcol != alttop {
                        return Err(tab_error(t));
                    }
                } else if col > top {
                    if indstack.len() >= MAXINDENT {
                        return Err(TokError {
                            kind: crate::ErrorKind::IndentationError,
                            msg: "too many levels of indentation".into(),
                            line: t.line,
                            col: 1,
                            end_line: t.line,
                            end_col: 0,
                            by_tokenizer: false,
                        });
                    }
                    if altcol <= alttop {
                        return Err(tab_error(t));
                    }
                    indstack.push(col);
                    altindstack.push(altcol);
                } else {
                    while indstack.len() > 1 && col < *indstack.last().unwrap() {
                        indstack.pop();
                        altindstack.pop();
                    }
                    if col != *indstack.last().unwrap() {
                        let n = t.line_len() + 1;
                        return Err(TokError {
                            kind: crate::ErrorKind::IndentationError,
                            msg: "unindent does not match any outer indentation level".into(),
                            line: t.line,
                            col: n,
                            end_line: t.line,
                            // The parser reports it at a DEDENT token, which has no end.
                            end_col: -1,
                            by_tokenizer: false,
                        });
                    }
                    if altcol != *altindstack.last().unwrap() {
                        return Err(tab_error(t));
                    }
                }
            }
        }
        cont_line = false;
        // Skip spaces.
        while matches!(t.peek(), Some(' ' | '\t' | '\x0c')) {
            t.pos += 1;
        }
        let start = t.pos;
        let Some(c) = t.next() else {
            scan.unclosed = parens;
            scan.eof_line = t.line;
            return Ok(());
        };
        match c {
            '#' => {
                while !matches!(t.peek(), Some('\n') | None) {
                    t.pos += 1;
                }
            }
            '\n' => {
                t.newline();
                atbol = true;
                let _ = blankline;
                if parens.is_empty() {
                    nest.levels = vec![0];
                    nest.operand = false;
                    nest.line_has_tokens = false;
                }
            }
            c if is_id_start(c) => {
                // String prefixes.
                let mut k = 0;
                let mut prefix = String::new();
                prefix.push(c);
                while let Some(n) = t.peek_at(k) {
                    if is_id_char(n) {
                        prefix.push(n);
                        k += 1;
                    } else {
                        break;
                    }
                }
                let next = t.peek_at(k);
                let lower = prefix.to_ascii_lowercase();
                let is_prefix = matches!(lower.as_str(), "r" | "u" | "b" | "br" | "rb" | "f" | "fr" | "rf");
                if is_prefix && matches!(next, Some('\'' | '"')) {
                    t.pos += k;
                    let q = t.next();
                    string(t, start, q.unwrap_or('\''))?;
                    continue;
                }
                t.pos += k;
                match prefix.as_str() {
                    "lambda" | "not" | "await" => nest.deeper(t)?,
                    "else" if nest.line_has_tokens => nest.deeper(t)?,
                    "if" | "and" | "or" | "in" | "is" | "for" | "else" | "yield" | "from" | "async" | "return" => nest.operand = false,
                    _ => nest.operand = true,
                }
                nest.line_has_tokens = true;
                if prefix.chars().any(|c| c as u32 >= 128) {
                    let s: Vec<char> = prefix.chars().collect();
                    if let Some(bad) = valid_identifier(&s) {
                        let ch = s[bad];
                        t.pos = start + bad + 1;
                        let hex = format!("{:04X}", ch as u32);
                        let msg = if is_printable(ch) && !ch.is_whitespace() {
                            format!("invalid character '{ch}' (U+{hex})")
                        } else {
                            format!("invalid non-printable character U+{hex}")
                        };
                        return Err(t.err(msg));
                    }
                }
            }
            '.' if t.peek().is_some_and(|d| d.is_ascii_digit()) => {
                let c = t.next();
                fraction(t, start, c)?;
            }
            c if c.is_ascii_digit() => number(t, start, c)?,
            '\'' | '"' => string(t, start, c)?,
            '\\' => {
                continuation(t, start)?;
                cont_line = true;
            }
            '(' | '[' | '{' => {
                if parens.len() >= MAXLEVEL {
                    return Err(t.err("too many nested parentheses"));
                }
                parens.push((c, t.line, t.col_of(start)));
                nest.levels.push(0);
                nest.operand = false;
                nest.line_has_tokens = true;
            }
            ')' | ']' | '}' => {
                if nest.levels.len() > 1 {
                    nest.levels.pop();
                }
                nest.operand = true;
                let Some((open, line, _)) = parens.pop() else {
                    return Err(t.err(format!("unmatched '{c}'")));
                };
                let expected = match open {
                    '(' => ')',
                    '[' => ']',
                    _ => '}',
                };
                if c != expected {
                    let msg = if line != t.line {
                        format!("closing parenthesis '{c}' does not match opening parenthesis '{open}' on line {line}")
                    } else {
                        format!("closing parenthesis '{c}' does not match opening parenthesis '{open}'")
                    };
                    return Err(t.err(msg));
                }
            }
            c if !is_printable(c) && c != '\x0c' => {
                let hex = format!("{:04X}", c as u32);
                return Err(t.err(format!("invalid non-printable character U+{hex}")));
            }
            ',' | ';' => {
                *nest.levels.last_mut().unwrap() = 0;
                nest.operand = false;
            }
            '=' if t.peek() != Some('=') => {
                *nest.levels.last_mut().unwrap() = 0;
                nest.operand = false;
            }
            '*' if t.peek() == Some('*') => {
                t.pos += 1;
                if t.peek() != Some('=') {
                    nest.deeper(t)?;
                }
                nest.operand = false;
            }
            '-' | '+' | '~' if !nest.operand => nest.deeper(t)?,
            _ => nest.operand = false,
        }
        if matches!(c, '0'..='9' | '\'' | '"' | '.') {
            nest.operand = true;
        }
        nest.line_has_tokens = true;
    }
}

/// An upper-bound estimate of how deeply the (recursive) parser will nest on the current
/// logical line: prefix operators, `lambda`, `not`, `await`, conditional `else` and `**`
/// each open one more level until a `,`, `;`, `=` or the end of the line. CPython's own
/// parser gives up on such input with a MemoryError or RecursionError; we stop before the
/// parser can exhaust the stack (which matters on wasm, where there is no big-stack thread).
struct Nesting {
    levels: Vec<u32>,
    operand: bool,
    line_has_tokens: bool,
}

#[cfg(not(target_arch = "wasm32"))]
const MAX_NESTING_ESTIMATE: u32 = 1500;
/// wasm has no big-stack thread: keep the parser well inside a few MB of stack.
#[cfg(target_arch = "wasm32")]
const MAX_NESTING_ESTIMATE: u32 = 400;

impl Nesting {
    fn deeper(&mut self, t: &Tok) -> Result<(), TokError> {
        *self.levels.last_mut().unwrap() += 1;
        self.operand = false;
        let total: u32 = self.levels.iter().sum::<u32>() + self.levels.len() as u32 * 8;
        if total > MAX_NESTING_ESTIMATE {
            return Err(t.err("maximum recursion depth exceeded during compilation"));
        }
        Ok(())
    }
}

/// After the backslash at `start` (`t` just past it): CPython's `tok_continuation_line`,
/// which wants a newline and then more input.
fn continuation(t: &mut Tok, start: usize) -> Result<(), TokError> {
    let line = t.line;
    match t.peek() {
        Some('\n') => {
            t.pos += 1;
            let line_len = (t.pos - t.line_start) as u32;
            t.newline();
            if t.peek().is_none() {
                return Err(eof_after_continuation(line, line_len));
            }
            Ok(())
        }
        // `exec` input gets its newline, and then ends.
        None if t.implicit_newline => Err(eof_after_continuation(line, (t.pos - t.line_start) as u32 + 1)),
        next => {
            // CPython points past the character after the backslash (at it, at the end).
            let col = t.col_of(start) + next.is_some() as u32;
            Err(TokError {
                kind: crate::ErrorKind::SyntaxError,
                msg: "unexpected character after line continuation character".into(),
                line,
                col,
                end_line: line,
                end_col: 0,
                by_tokenizer: false,
            })
        }
    }
}

/// "unexpected EOF while parsing" after a continuation: at the end of the backslash's line,
/// with no end (the error token has none).
fn eof_after_continuation(line: u32, line_len: u32) -> TokError {
    TokError { kind: crate::ErrorKind::SyntaxError, msg: "unexpected EOF while parsing".into(), line, col: line_len, end_line: line, end_col: -1, by_tokenizer: false }
}

fn tab_error(t: &Tok) -> TokError {
    TokError {
        kind: crate::ErrorKind::TabError,
        msg: "inconsistent use of tabs and spaces in indentation".into(),
        line: t.line,
        col: 1,
        end_line: t.line,
        end_col: 0,
        by_tokenizer: false,
    }
}

fn string(t: &mut Tok, start: usize, quote: char) -> Result<(), TokError> {
    let start_line = t.line;
    let start_col = t.col_of(start);
    let mut quote_size = 1;
    let mut end_quote_size = 0;
    let c = t.next();
    if c == Some(quote) {
        let c2 = t.next();
        if c2 == Some(quote) {
            quote_size = 3;
        } else {
            end_quote_size = 1;
            t.backup(c2);
        }
    } else {
        t.backup(c);
    }
    // Line starts inside the string still count as lines.
    while end_quote_size != quote_size {
        let c = t.next();
        match c {
            None => return Err(unterminated(t, quote_size, start_line, start_col)),
            Some('\n') if quote_size == 1 => {
                return Err(unterminated(t, quote_size, start_line, start_col));
            }
            Some(ch) if ch == quote => end_quote_size += 1,
            Some(ch) => {
                end_quote_size = 0;
                if ch == '\n' {
                    t.newline();
                }
                if ch == '\\' {
                    if let Some(n) = t.next() {
                        if n == '\n' {
                            t.newline();
                        }
                    }
                }
            }
        }
    }
    Ok(())
}

fn unterminated(t: &Tok, quote_size: usize, line: u32, col: u32) -> TokError {
    // At the end of input CPython has not started the (empty) line after a final newline.
    let at = if t.pos >= t.chars.len() && t.chars.last() == Some(&'\n') { t.line - 1 } else { t.line };
    let msg = if quote_size == 3 {
        format!("unterminated triple-quoted string literal (detected at line {at})")
    } else {
        format!("unterminated string literal (detected at line {at})")
    };
    TokError { kind: crate::ErrorKind::SyntaxError, msg, line, col, end_line: line, end_col: col as i32, by_tokenizer: true }
}

fn decimal_tail(t: &mut Tok) -> Result<Option<char>, TokError> {
    loop {
        let mut c;
        loop {
            c = t.next();
            if !c.is_some_and(|d| d.is_ascii_digit()) {
                break;
            }
        }
        if c != Some('_') {
            return Ok(c);
        }
        let c2 = t.next();
        if !c2.is_some_and(|d| d.is_ascii_digit()) {
            t.backup(c2);
            return Err(t.err("invalid decimal literal"));
        }
    }
}

fn lookahead(t: &Tok, s: &str) -> bool {
    s.chars().enumerate().all(|(i, c)| t.peek_at(i) == Some(c))
}

fn verify_end_of_number(t: &mut Tok, c: Option<char>, kind: &str) -> Result<(), TokError> {
    let Some(ch) = c else { return Ok(()) };
    let r = match ch {
        'a' => lookahead(t, "nd"),
        'e' => lookahead(t, "lse"),
        'f' => lookahead(t, "or"),
        'i' => matches!(t.peek(), Some('f' | 'n' | 's')),
        'o' => lookahead(t, "r"),
        'n' => lookahead(t, "ot"),
        _ => false,
    };
    if r {
        // A SyntaxWarning in CPython; not an error.
        return Ok(());
    }
    if is_id_char(ch) {
        t.backup(c);
        return Err(t.err(format!("invalid {kind} literal")));
    }
    Ok(())
}

fn number(t: &mut Tok, start: usize, first: char) -> Result<(), TokError> {
    if first == '0' {
        let c = t.next();
        match c {
            Some('x' | 'X') => return radix_number(t, 16, "hexadecimal"),
            Some('o' | 'O') => return radix_number(t, 8, "octal"),
            Some('b' | 'B') => return radix_number(t, 2, "binary"),
            _ => {}
        }
        let mut c = c;
        let mut nonzero = false;
        loop {
            if c == Some('_') {
                c = t.next();
                if !c.is_some_and(|d| d.is_ascii_digit()) {
                    t.backup(c);
                    return Err(t.err("invalid decimal literal"));
                }
            }
            if c != Some('0') {
                break;
            }
            c = t.next();
        }
        let zeros_end = t.pos - c.is_some() as usize;
        if c.is_some_and(|d| d.is_ascii_digit()) {
            nonzero = true;
            c = decimal_tail(t)?;
        }
        match c {
            Some('.') => {
                let c = t.next();
                return fraction(t, start, c);
            }
            Some('e' | 'E') => return exponent(t, c.unwrap()),
            Some('j' | 'J') => {
                let c = t.next();
                verify_end_of_number(t, c, "imaginary")?;
                t.backup(c);
                return Ok(());
            }
            _ => {}
        }
        if nonzero {
            t.backup(c);
            let col = (start - t.line_start) as u32 + 1;
            let end = (zeros_end - t.line_start) as u32;
            return Err(TokError {
                kind: crate::ErrorKind::SyntaxError,
                msg: "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers".into(),
                line: t.line,
                col,
                end_line: t.line,
                end_col: end as i32 + 1,
                by_tokenizer: true,
            });
        }
        verify_end_of_number(t, c, "decimal")?;
        t.backup(c);
        return Ok(());
    }
    let c = decimal_tail(t)?;
    match c {
        Some('.') => {
            let c = t.next();
            fraction(t, start, c)
        }
        Some('e' | 'E') => exponent(t, c.unwrap()),
        Some('j' | 'J') => {
            let c = t.next();
            verify_end_of_number(t, c, "imaginary")?;
            t.backup(c);
            Ok(())
        }
        _ => {
            verify_end_of_number(t, c, "decimal")?;
            t.backup(c);
            Ok(())
        }
    }
}

fn fraction(t: &mut Tok, _start: usize, c: Option<char>) -> Result<(), TokError> {
    let mut c = c;
    if c.is_some_and(|d| d.is_ascii_digit()) {
        c = decimal_tail(t)?;
    }
    match c {
        Some('e' | 'E') => exponent(t, c.unwrap()),
        Some('j' | 'J') => {
            let c = t.next();
            verify_end_of_number(t, c, "imaginary")?;
            t.backup(c);
            Ok(())
        }
        _ => {
            verify_end_of_number(t, c, "decimal")?;
            t.backup(c);
            Ok(())
        }
    }
}

fn exponent(t: &mut Tok, e: char) -> Result<(), TokError> {
    let mut c = t.next();
    if matches!(c, Some('+' | '-')) {
        c = t.next();
        if !c.is_some_and(|d| d.is_ascii_digit()) {
            t.backup(c);
            return Err(t.err("invalid decimal literal"));
        }
    } else if !c.is_some_and(|d| d.is_ascii_digit()) {
        t.backup(c);
        verify_end_of_number(t, Some(e), "decimal")?;
        return Ok(());
    }
    let c = decimal_tail(t)?;
    if matches!(c, Some('j' | 'J')) {
        let c2 = t.next();
        verify_end_of_number(t, c2, "imaginary")?;
        t.backup(c2);
        return Ok(());
    }
    verify_end_of_number(t, c, "decimal")?;
    t.backup(c);
    Ok(())
}

fn radix_number(t: &mut Tok, radix: u32, kind: &str) -> Result<(), TokError> {
    let mut c = t.next();
    loop {
        if c == Some('_') {
            c = t.next();
        }
        let ok = c.is_some_and(|d| d.is_digit(radix));
        if !ok {
            if radix != 16 && c.is_some_and(|d| d.is_ascii_digit()) {
                return Err(t.err(format!("invalid digit '{}' in {kind} literal", c.unwrap())));
            }
            t.backup(c);
            return Err(t.err(format!("invalid {kind} literal")));
        }
        loop {
            c = t.next();
            if !c.is_some_and(|d| d.is_digit(radix)) {
                break;
            }
        }
        if c != Some('_') {
            break;
        }
    }
    if radix != 16 && c.is_some_and(|d| d.is_ascii_digit()) {
        return Err(t.err(format!("invalid digit '{}' in {kind} literal", c.unwrap())));
    }
    verify_end_of_number(t, c, kind)?;
    t.backup(c);
    Ok(())
}
