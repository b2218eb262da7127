//! Rendering exceptions the way CPython 3.11's default hook does: the traceback, chained
//! exceptions, SyntaxError's caret display, notes, and "Did you mean" suggestions.

use crate::object::{CellValue, Kind};
use crate::types::exception::{exc_data, exc_str_impl};
use crate::types::frameobj::{FrameObjData, TracebackData};
use crate::types::typeobj::{is_subtype_ptr, type_module, type_qualname};
use crate::value::Value;
use crate::vm::Vm;
use crate::error::ExcType;

/// The full report for an uncaught exception (ends with a newline), including chained
/// exceptions and exception groups (CPython 3.11's boxed layout).
pub fn format_exception(vm: &mut Vm, exc: &Value) -> String {
    let mut ctx = Ctx { seen: Vec::new(), depth: 0, need_close: false, out: String::new() };
    format_chain(vm, exc, &mut ctx);
    ctx.out
}

/// Printing state shared across chained exceptions and group members.
struct Ctx {
    seen: Vec<usize>,
    /// Exception group nesting (0 outside any group).
    depth: usize,
    need_close: bool,
    out: String,
}

impl Ctx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Writes `text` with the current group margin on every line.
    fn emit(&mut self, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            self.out.push_str(&prefix);
            self.out.push_str(line);
        }
    }
}

fn is_group(exc: &Value) -> bool {
    is_subtype_ptr(exc.class_ptr(), ExcType::BaseExceptionGroup.type_ptr())
}

fn format_chain(vm: &mut Vm, exc: &Value, ctx: &mut Ctx) {
    // The chain, outermost last: (message introducing the next one, exception).
    let mut chain: Vec<(Option<&'static str>, Value)> = vec![(None, exc.clone())];
    ctx.seen.push(exc.bits());
    let mut cur = exc.clone();
    loop {
        let Some(d) = exc_data(&cur) else { break };
        let next = if let Some(cause) = d.cause.get_value() {
            Some(("\nThe above exception was the direct cause of the following exception:\n\n", cause))
        } else if let (Some(ctxe), false) = (d.context.get_value(), d.suppress_context.get()) {
            Some(("\nDuring handling of the above exception, another exception occurred:\n\n", ctxe))
        } else {
            None
        };
        match next {
            Some((msg, e)) if !ctx.seen.contains(&e.bits()) => {
                ctx.seen.push(e.bits());
                chain.last_mut().map(|last| last.0 = Some(msg));
                chain.push((None, e.clone()));
                cur = e;
            }
            _ => break,
        }
    }
    // Each entry's message introduces it after the exception it links to (printed first).
    for (msg, e) in chain.into_iter().rev() {
        if let Some(m) = msg {
            ctx.emit(m, '|');
        }
        format_one(vm, &e, ctx);
    }
}

fn format_one(vm: &mut Vm, exc: &Value, ctx: &mut Ctx) {
    let tb = exc_data(exc).and_then(|d| d.traceback.get_value());
    if !is_group(exc) {
        if tb.is_some() {
            ctx.emit("Traceback (most recent call last):\n", '|');
            let t = format_tb(vm, tb);
            ctx.emit(&t, '|');
        }
        let only = format_exception_only(vm, exc);
        ctx.emit(&only, '|');
        return;
    }
    if ctx.depth > 10 {
        let s = format!("... (max_group_depth is 10)\n");
        ctx.emit(&s, '|');
        return;
    }
    let toplevel = ctx.depth == 0;
    if toplevel {
        ctx.depth += 1;
    }
    if tb.is_some() {
        ctx.emit("Exception Group Traceback (most recent call last):\n", if toplevel { '+' } else { '|' });
        let t = format_tb(vm, tb);
        ctx.emit(&t, '|');
    }
    let only = format_exception_only(vm, exc);
    ctx.emit(&only, '|');
    let subs = exc_data(exc).and_then(|d| d.get_extra("exceptions")).and_then(|t| t.as_tuple().map(|t| t.to_vec())).unwrap_or_default();
    let n = if subs.len() <= 15 { subs.len() } else { 16 };
    ctx.need_close = false;
    for i in 0..n {
        let last = i == n - 1;
        if last {
            ctx.need_close = true;
        }
        let truncated = i >= 15;
        let title = if truncated { "...".to_owned() } else { (i + 1).to_string() };
        let line = format!("{}{}+---------------- {title} ----------------\n", ctx.indent(), if i == 0 { "+-" } else { "  " });
        ctx.out.push_str(&line);
        ctx.depth += 1;
        if !truncated {
            let sub = subs[i].clone();
            format_chain(vm, &sub, ctx);
        } else {
            let remaining = subs.len() - 15;
            let s = format!("and {remaining} more exception{}\n", if remaining > 1 { "s" } else { "" });
            ctx.emit(&s, '|');
        }
        if last && ctx.need_close {
            let line = format!("{}+------------------------------------\n", ctx.indent());
            ctx.out.push_str(&line);
            ctx.need_close = false;
        }
        ctx.depth -= 1;
    }
    if toplevel {
        ctx.depth = 0;
    }
}

/// The lines `File "...", line N, in name` + source for each traceback entry.
pub fn format_tb(vm: &mut Vm, tb: Option<Value>) -> String {
    let mut out = String::new();
    let mut cur = tb;
    let mut last: Option<(String, u32, String)> = None;
    let mut repeat = 0;
    while let Some(t) = cur {
        let Some(td) = t.downcast::<TracebackData>() else { break };
        let (filename, name) = match td.frame.downcast::<FrameObjData>().and_then(|f| f.code.downcast::<crate::types::code::CodeData>()) {
            Some(c) => (c.code.filename.clone(), c.code.name.clone()),
            None => ("?".into(), "?".into()),
        };
        let lineno = crate::types::frameobj::tb_line(vm, td);
        let key = (filename.clone(), lineno, name.clone());
        if last.as_ref() == Some(&key) {
            repeat += 1;
        } else {
            flush_repeat(&mut out, repeat);
            repeat = 0;
        }
        if repeat < 3 {
            out.push_str(&format!("  File \"{filename}\", line {lineno}, in {name}\n"));
            if let Some(line) = source_line(vm, &filename, lineno) {
                out.push_str(&format!("    {line}\n"));
            }
        }
        last = Some(key);
        cur = td.next.get_value();
    }
    flush_repeat(&mut out, repeat);
    out
}

fn flush_repeat(out: &mut String, repeat: usize) {
    if repeat >= 3 {
        let n = repeat - 2;
        out.push_str(&format!("  [Previous line repeated {n} more time{}]\n", if n == 1 { "" } else { "s" }));
    }
}

/// A stripped source line, if the file can be read.
pub fn source_line(vm: &mut Vm, filename: &str, line: u32) -> Option<String> {
    if line == 0 || filename.starts_with('<') {
        return None;
    }
    let bytes = vm.host.read_file(filename)?;
    let text = String::from_utf8_lossy(&bytes);
    let l = text.lines().nth(line as usize - 1)?;
    let t = l.trim();
    if t.is_empty() {
        None
    } else {
        Some(t.to_owned())
    }
}

/// The final line(s): `Type: message`, SyntaxError details, suggestions and notes.
pub fn format_exception_only(vm: &mut Vm, exc: &Value) -> String {
    let cls = exc.class();
    let mut name = type_qualname(&cls);
    if let Some(m) = type_module(&cls) {
        if m != "builtins" && m != "__main__" {
            name = format!("{m}.{name}");
        }
    }
    let mut out = String::new();
    let is_syntax = is_subtype_ptr(exc.class_ptr(), ExcType::SyntaxError.type_ptr());
    let msg = if is_syntax {
        let d = exc_data(exc);
        let get = |n: &str| d.and_then(|d| d.get_extra(n));
        let filename = get("filename").and_then(|f| f.as_str().map(|s| s.to_owned()));
        let lineno = get("lineno").and_then(|l| l.as_i64());
        if let Some(l) = lineno {
            out.push_str(&format!("  File \"{}\", line {l}\n", filename.clone().unwrap_or_else(|| "<string>".into())));
        }
        if let Some(text) = get("text").and_then(|t| t.as_str().map(|s| s.to_owned())) {
            let line = text.trim_end_matches(['\n', '\r']);
            let stripped = line.trim_start();
            let lead = line.chars().count() - stripped.chars().count();
            out.push_str(&format!("    {stripped}\n"));
            if let Some(off) = get("offset").and_then(|o| o.as_i64()) {
                let end = get("end_offset").and_then(|o| o.as_i64()).unwrap_or(off);
                let end_line = get("end_lineno").and_then(|o| o.as_i64()).unwrap_or(lineno.unwrap_or(0));
                let start_col = (off - 1 - lead as i64).max(0) as usize;
                let mut width = if end_line == lineno.unwrap_or(0) && end > off { (end - off) as usize } else { 1 };
                let avail = stripped.chars().count().saturating_sub(start_col).max(1);
                if width > avail {
                    width = avail;
                }
                out.push_str(&format!("    {}{}\n", " ".repeat(start_col), "^".repeat(width.max(1))));
            }
        }
        match get("msg") {
            Some(m) if !m.is_none() => vm.str_string(&m).unwrap_or_default(),
            _ => exc_str_impl(vm, exc).unwrap_or_default(),
        }
    } else {
        match vm.str_string(exc) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".into(),
        }
    };
    let suggestion = suggestion_for(vm, exc);
    if msg.is_empty() {
        out.push_str(&name);
    } else {
        out.push_str(&format!("{name}: {msg}"));
    }
    if let Some(s) = suggestion {
        out.push_str(&format!(". Did you mean: '{s}'?"));
    }
    out.push('\n');
    if let Ok(Some(notes)) = vm.getattr_opt(exc, &Value::intern("__notes__")) {
        if let Ok(items) = vm.collect_iter(&notes) {
            for n in items {
                let s = if n.as_str().is_some() { vm.str_string(&n).unwrap_or_default() } else { vm.repr_string(&n).unwrap_or_default() };
                out.push_str(&s);
                out.push('\n');
            }
        }
    }
    out
}

/// CPython 3.11's "Did you mean" for NameError / AttributeError / ImportError.
fn suggestion_for(vm: &mut Vm, exc: &Value) -> Option<String> {
    let d = exc_data(exc)?;
    let is = |t: ExcType| is_subtype_ptr(exc.class_ptr(), t.type_ptr());
    let name = d.get_extra("name")?.as_str()?.to_owned();
    let mut candidates: Vec<String> = Vec::new();
    if is(ExcType::AttributeError) {
        let obj = d.get_extra("obj")?;
        if obj.is_none() && !d.get_extra("obj").map(|o| o.kind() == Kind::NoneType).unwrap_or(false) {
            return None;
        }
        let dir = vm.builtin("dir").ok()?;
        let names = vm.call(&dir, &[obj]).ok()?;
        for n in vm.collect_iter(&names).ok()? {
            if let Some(s) = n.as_str() {
                candidates.push(s.to_owned());
            }
        }
    } else if is(ExcType::NameError) {
        // The innermost frame of the traceback: its locals, globals and builtins.
        let mut tb = d.traceback.get_value();
        let mut last = None;
        while let Some(t) = tb {
            let td = t.downcast::<TracebackData>()?;
            last = Some(td.frame.clone());
            tb = td.next.get_value();
        }
        let frame = last?;
        let fd = frame.downcast::<FrameObjData>()?;
        if let Some(code) = fd.code.downcast::<crate::types::code::CodeData>() {
            for v in code.varnames.iter() {
                if let Some(s) = v.as_str() {
                    candidates.push(s.to_owned());
                }
            }
        }
        for dict in [Some(fd.globals.clone()), Some(fd.builtins.clone()), fd.locals.get_value()].into_iter().flatten() {
            if let Some(dd) = dict.downcast::<crate::types::dict::DictData>() {
                for k in dd.keys() {
                    if let Some(s) = k.as_str() {
                        candidates.push(s.to_owned());
                    }
                }
            }
        }
    } else {
        return None;
    }
    best_match(&name, &candidates)
}

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: char, b: char) -> usize {
    if a == b {
        0
    } else if a.to_ascii_lowercase() == b.to_ascii_lowercase() {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// Levenshtein distance with CPython's costs, giving up above `max`.
fn distance(a: &str, b: &str, max: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a == b {
        return 0;
    }
    let mut prev: Vec<usize> = (0..=b.len()).map(|j| j * MOVE_COST).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i * MOVE_COST; b.len() + 1];
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let sub = prev[j - 1] + substitution_cost(a[i - 1], b[j - 1]);
            let ins = cur[j - 1] + MOVE_COST;
            let del = prev[j] + MOVE_COST;
            cur[j] = sub.min(ins).min(del);
            row_min = row_min.min(cur[j]);
        }
        if row_min > max {
            return max + 1;
        }
        prev = cur;
    }
    prev[b.len()]
}

fn best_match(name: &str, candidates: &[String]) -> Option<String> {
    if candidates.len() > 750 || name.len() > 40 {
        return None;
    }
    let mut best: Option<(usize, &String)> = None;
    for c in candidates {
        if c == name || c.len() > 40 {
            continue;
        }
        let max = (name.len() + c.len() + 3) * MOVE_COST / 6;
        let limit = best.map(|(d, _)| d.saturating_sub(1)).unwrap_or(max).min(max);
        let d = distance(name, c, limit);
        if d > limit {
            continue;
        }
        if best.map(|(bd, _)| d < bd).unwrap_or(true) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c.clone())
}

/// Writes the report for an uncaught exception to stderr (via sys.stderr when possible).
pub fn print_exception(vm: &mut Vm, exc: &Value) {
    let text = format_exception(vm, exc);
    vm.flush();
    vm.write_stream(2, &text);
}
