//! The token stream of a source as the error translation reads it: ruff's tokens without
//! comments and non-logical newlines, with the bracket structure and a token-level model of
//! how far CPython's expression rules (`bitwise_or`, `disjunction`, `expression`) reach.
//! The ruff parser gives up at the first error, so these extents are what lets us replay
//! CPython's `invalid_*` rules on source that does not parse.

use ruff_python_ast::token::{TokenKind as T, Tokens};
use ruff_text_size::Ranged;

#[derive(Clone, Copy, Debug)]
pub(super) struct Tok {
    pub kind: T,
    pub start: usize,
    pub end: usize,
}

pub(super) struct TokenStream {
    toks: Vec<Tok>,
    /// Start of the comment ending each line that has one (CPython's NEWLINE token starts
    /// there).
    comments: Vec<(usize, usize)>,
}

const EOF: Tok = Tok { kind: T::EndOfFile, start: usize::MAX, end: usize::MAX };

impl TokenStream {
    pub(super) fn new(tokens: &Tokens, source_len: usize) -> TokenStream {
        let mut toks = Vec::with_capacity(tokens.len());
        let mut comments = Vec::new();
        for t in tokens.iter() {
            let (start, end) = (t.range().start().to_usize(), t.range().end().to_usize());
            match t.kind() {
                T::Comment => comments.push((start, end)),
                T::NonLogicalNewline => {}
                kind => toks.push(Tok { kind, start, end }),
            }
        }
        if toks.last().is_none_or(|t| t.kind != T::EndOfFile) {
            toks.push(Tok { kind: T::EndOfFile, start: source_len, end: source_len });
        }
        TokenStream { toks, comments }
    }

    pub(super) fn len(&self) -> usize {
        self.toks.len()
    }

    pub(super) fn get(&self, i: usize) -> Tok {
        self.toks.get(i).copied().unwrap_or(EOF)
    }

    pub(super) fn kind(&self, i: usize) -> T {
        self.get(i).kind
    }

    /// Kind of the token before `i` (`Newline` before the first token).
    pub(super) fn kind_before(&self, i: usize) -> T {
        if i == 0 {
            T::Newline
        } else {
            self.kind(i - 1)
        }
    }

    /// Index of the token at `offset`: the first token that ends after it.
    pub(super) fn at(&self, offset: usize) -> usize {
        self.toks.partition_point(|t| t.end <= offset && t.kind != T::EndOfFile).min(self.toks.len() - 1)
    }

    /// Index of the first token starting at or after `offset`.
    pub(super) fn starting_at(&self, offset: usize) -> usize {
        self.toks.partition_point(|t| t.start < offset).min(self.toks.len() - 1)
    }

    /// The range CPython gives a NEWLINE token: empty at the line end, or from a trailing
    /// comment to the line end.
    pub(super) fn newline_range(&self, i: usize) -> (usize, usize) {
        let t = self.get(i);
        match self.comments.iter().find(|c| c.1 == t.start) {
            Some(c) => (c.0, t.start),
            None => (t.start, t.start),
        }
    }

    /// The innermost bracket still open before token `i`.
    pub(super) fn opener(&self, i: usize) -> Option<usize> {
        let mut depth = 0usize;
        let mut k = i.min(self.toks.len());
        while k > 0 {
            k -= 1;
            match self.toks[k].kind {
                T::Rpar | T::Rsqb | T::Rbrace => depth += 1,
                T::Lpar | T::Lsqb | T::Lbrace => {
                    if depth == 0 {
                        return Some(k);
                    }
                    depth -= 1;
                }
                T::Newline | T::Indent | T::Dedent if depth == 0 => return None,
                _ => {}
            }
        }
        None
    }

    /// The bracket closing the one opened at `open`.
    pub(super) fn closer(&self, open: usize) -> Option<usize> {
        let mut depth = 0usize;
        for k in open..self.toks.len() {
            match self.toks[k].kind {
                T::Lpar | T::Lsqb | T::Lbrace => depth += 1,
                T::Rpar | T::Rsqb | T::Rbrace => {
                    depth -= 1;
                    if depth == 0 {
                        return Some(k);
                    }
                }
                T::Newline | T::EndOfFile => return None,
                _ => {}
            }
        }
        None
    }

    /// The bracket opening the one closed at `close`.
    fn matching_open(&self, close: usize) -> Option<usize> {
        self.opener(close)
    }

    /// First token of the logical line (statement) containing token `i`, after any `;`.
    pub(super) fn statement_start(&self, i: usize) -> usize {
        let mut k = i.min(self.toks.len() - 1);
        let mut depth = 0usize;
        while k > 0 {
            match self.toks[k - 1].kind {
                T::Rpar | T::Rsqb | T::Rbrace => depth += 1,
                T::Lpar | T::Lsqb | T::Lbrace => depth = depth.saturating_sub(1),
                T::Newline | T::Indent | T::Dedent => return k,
                T::Semi if depth == 0 => return k,
                T::Colon if depth == 0 && self.is_block_colon(k - 1) => return k,
                _ => {}
            }
            k -= 1;
        }
        0
    }

    /// Whether the `:` at `i` ends a compound statement header (`if x: y`).
    fn is_block_colon(&self, i: usize) -> bool {
        let s = self.line_start(i);
        if self.find_at_depth0(s, i + 1, |k| k == T::Colon) != Some(i) && self.find_at_depth0(s, i + 1, |k| k == T::Lambda).is_none() {
            return false;
        }
        let head = self.kind(s);
        let compound = matches!(
            head,
            T::If | T::Elif | T::Else | T::While | T::For | T::With | T::Try | T::Except | T::Finally | T::Def | T::Class | T::Async
        ) || matches!(head, T::Match | T::Case) && self.kind(s + 1) != T::Equal;
        if !compound {
            return false;
        }
        // The first depth-0 colon of the header (lambdas aside) ends it.
        let mut depth = 0usize;
        let mut lambdas = 0usize;
        for k in s..i {
            match self.toks[k].kind {
                T::Lpar | T::Lsqb | T::Lbrace => depth += 1,
                T::Rpar | T::Rsqb | T::Rbrace => depth = depth.saturating_sub(1),
                T::Lambda if depth == 0 => lambdas += 1,
                T::Colon if depth == 0 => {
                    if lambdas > 0 {
                        lambdas -= 1;
                    } else {
                        return false;
                    }
                }
                _ => {}
            }
        }
        lambdas == 0
    }

    /// First token of the physical logical line containing `i` (ignores `;` and `:`).
    pub(super) fn line_start(&self, i: usize) -> usize {
        let mut k = i.min(self.toks.len() - 1);
        while k > 0 && !matches!(self.toks[k - 1].kind, T::Newline | T::Indent | T::Dedent) {
            k -= 1;
        }
        k
    }

    /// The first token at bracket depth 0 (relative to `from`) in `from..to` whose kind
    /// satisfies `pred`.
    pub(super) fn find_at_depth0(&self, from: usize, to: usize, pred: impl Fn(T) -> bool) -> Option<usize> {
        let mut depth = 0usize;
        for k in from..to.min(self.toks.len()) {
            let kind = self.toks[k].kind;
            if depth == 0 && pred(kind) {
                return Some(k);
            }
            match kind {
                T::Lpar | T::Lsqb | T::Lbrace => depth += 1,
                T::Rpar | T::Rsqb | T::Rbrace => {
                    if depth == 0 {
                        return None;
                    }
                    depth -= 1;
                }
                _ => {}
            }
        }
        None
    }

    // ---- Expression extents ----

    /// Last token of the atom with trailers (`a.b[c](d)`, `(x)`, `"a" "b"`) starting at
    /// `i`, after any prefix `-`, `+`, `~` or `await`; `None` if no primary starts there.
    pub(super) fn factor_end(&self, i: usize) -> Option<usize> {
        let mut k = i;
        while matches!(self.kind(k), T::Minus | T::Plus | T::Tilde | T::Await) {
            k += 1;
        }
        let mut end = match self.kind(k) {
            T::Name | T::Match | T::Case | T::Type | T::Lazy | T::Int | T::Float | T::Complex | T::True | T::False | T::None | T::Ellipsis => k,
            T::String | T::FStringStart | T::TStringStart => {
                let mut e = self.string_end(k)?;
                while matches!(self.kind(e + 1), T::String | T::FStringStart | T::TStringStart) {
                    e = self.string_end(e + 1)?;
                }
                e
            }
            T::Lpar | T::Lsqb | T::Lbrace => self.closer(k)?,
            _ => return None,
        };
        loop {
            match self.kind(end + 1) {
                T::Dot if self.is_name(end + 2) => end += 2,
                T::Lpar | T::Lsqb => match self.closer(end + 1) {
                    Some(c) => end = c,
                    None => return Some(end),
                },
                _ => return Some(end),
            }
        }
    }

    fn string_end(&self, i: usize) -> Option<usize> {
        match self.kind(i) {
            T::String => Some(i),
            T::FStringStart | T::TStringStart => {
                let mut depth = 0usize;
                for k in i..self.toks.len() {
                    match self.toks[k].kind {
                        T::FStringStart | T::TStringStart => depth += 1,
                        T::FStringEnd | T::TStringEnd => {
                            depth -= 1;
                            if depth == 0 {
                                return Some(k);
                            }
                        }
                        T::Newline | T::EndOfFile => return None,
                        _ => {}
                    }
                }
                None
            }
            _ => None,
        }
    }

    pub(super) fn is_name(&self, i: usize) -> bool {
        matches!(self.kind(i), T::Name | T::Match | T::Case | T::Type | T::Lazy)
    }

    /// Whether a token of this kind can start an expression.
    pub(super) fn starts_expression(kind: T) -> bool {
        matches!(
            kind,
            T::Name
                | T::Match
                | T::Case
                | T::Type
                | T::Lazy
                | T::Int
                | T::Float
                | T::Complex
                | T::String
                | T::FStringStart
                | T::TStringStart
                | T::Lpar
                | T::Lsqb
                | T::Lbrace
                | T::True
                | T::False
                | T::None
                | T::Ellipsis
                | T::Minus
                | T::Plus
                | T::Tilde
                | T::Await
                | T::Not
                | T::Lambda
        )
    }

    fn binary_op(kind: T) -> bool {
        matches!(
            kind,
            T::Plus
                | T::Minus
                | T::Star
                | T::Slash
                | T::DoubleSlash
                | T::Percent
                | T::At
                | T::DoubleStar
                | T::LeftShift
                | T::RightShift
                | T::Amper
                | T::Vbar
                | T::CircumFlex
        )
    }

    fn comparison_op(kind: T) -> bool {
        matches!(kind, T::EqEqual | T::NotEqual | T::Less | T::Greater | T::LessEqual | T::GreaterEqual | T::In | T::Is | T::Not)
    }

    /// Last token of the `bitwise_or` (operands joined by arithmetic and bitwise operators)
    /// starting at `i`.
    pub(super) fn bitwise_or_end(&self, i: usize) -> Option<usize> {
        let mut end = self.factor_end(i)?;
        while Self::binary_op(self.kind(end + 1)) {
            match self.factor_end(end + 2) {
                Some(e) => end = e,
                None => break,
            }
        }
        Some(end)
    }

    /// Last token of the `disjunction` (comparisons, `not`, `and`, `or`) starting at `i`.
    pub(super) fn disjunction_end(&self, i: usize) -> Option<usize> {
        let operand = |k: usize| {
            let mut k = k;
            while self.kind(k) == T::Not {
                k += 1;
            }
            self.bitwise_or_end(k)
        };
        let mut end = operand(i)?;
        loop {
            let op = self.kind(end + 1);
            let next = match op {
                T::And | T::Or => end + 2,
                T::Not if self.kind(end + 2) == T::In => end + 3,
                T::Is if self.kind(end + 2) == T::Not => end + 3,
                T::Not => break,
                k if Self::comparison_op(k) => end + 2,
                _ => break,
            };
            match operand(next) {
                Some(e) => end = e,
                None => break,
            }
        }
        Some(end)
    }

    /// Last token of the `expression` (a disjunction, conditional expression or lambda)
    /// starting at `i`.
    pub(super) fn expression_end(&self, i: usize) -> Option<usize> {
        if self.kind(i) == T::Lambda {
            let colon = self.find_at_depth0(i + 1, self.toks.len(), |k| matches!(k, T::Colon | T::Newline))?;
            if self.kind(colon) != T::Colon {
                return None;
            }
            return self.expression_end(colon + 1);
        }
        let end = self.disjunction_end(i)?;
        if self.kind(end + 1) == T::If {
            if let Some(cond) = self.disjunction_end(end + 2) {
                if self.kind(cond + 1) == T::Else {
                    if let Some(e) = self.expression_end(cond + 2) {
                        return Some(e);
                    }
                }
            }
        }
        Some(end)
    }

    /// First token of the operand chain ending at token `j` made of tokens that `inside`
    /// accepts (brackets are skipped as atoms).
    fn chain_start(&self, j: usize, inside: impl Fn(T) -> bool) -> usize {
        let mut k = j + 1;
        while k > 0 {
            let kind = self.kind(k - 1);
            match kind {
                T::Rpar | T::Rsqb | T::Rbrace => match self.matching_open(k - 1) {
                    Some(o) => k = o,
                    None => break,
                },
                T::FStringEnd | T::TStringEnd => {
                    let mut depth = 0usize;
                    let mut m = k - 1;
                    loop {
                        match self.kind(m) {
                            T::FStringEnd | T::TStringEnd => depth += 1,
                            T::FStringStart | T::TStringStart => {
                                depth -= 1;
                                if depth == 0 {
                                    break;
                                }
                            }
                            _ => {}
                        }
                        if m == 0 {
                            break;
                        }
                        m -= 1;
                    }
                    k = m;
                }
                _ if inside(kind) => k -= 1,
                _ => break,
            }
        }
        k.min(j)
    }

    fn operand_token(kind: T) -> bool {
        matches!(
            kind,
            T::Name
                | T::Match
                | T::Case
                | T::Type
                | T::Lazy
                | T::Int
                | T::Float
                | T::Complex
                | T::String
                | T::True
                | T::False
                | T::None
                | T::Ellipsis
                | T::Dot
                | T::Tilde
                | T::Await
        )
    }

    /// First token of the `bitwise_or` ending at token `j`.
    pub(super) fn bitwise_or_start(&self, j: usize) -> usize {
        self.chain_start(j, |k| Self::operand_token(k) || Self::binary_op(k))
    }

    /// First token of the `disjunction` ending at token `j`.
    pub(super) fn disjunction_start(&self, j: usize) -> usize {
        self.chain_start(j, |k| Self::operand_token(k) || Self::binary_op(k) || Self::comparison_op(k) || matches!(k, T::And | T::Or))
    }
}
