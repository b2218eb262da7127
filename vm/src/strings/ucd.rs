//! The Unicode database that is not in the core: character names (with aliases and named
//! sequences), bidirectional classes, east asian widths, combining classes, mirrored flags,
//! decompositions and canonical composition, read from a blob that `gen_ucd.py` makes from
//! CPython 3.11's own `unicodedata` (Unicode 14.0.0), and the normalization forms computed
//! over it. The host supplies the blob on first need (`Host::unicode_data`: natively
//! generated once and cached, in wasm a lazily fetched dist file), so the wasm core carries
//! none of it (and none of this reader: it is in the `unicodedata` chunk). The properties
//! the str methods need (category, case maps, the flags of isdecimal/isnumeric) are the
//! core's tables (`tables.rs`, the same Unicode version).
//!
//! Blob format (little-endian): `PYUCD\0`, format version u16, then sections, each a u32
//! length and its body, in this order: version string; bidirectional class names; east asian
//! width names; numeric values (u8 count, f64s); decomposition tags; decompositions (u16 count, each tag u8, length u8, code
//! points u24); records (u16 count, each bidi u8, decomposition u16 (0 = none), width u8,
//! combining class u8, mirrored u8, numeric value u8 (index + 1, 0 = none), decimal u8,
//! digit u8 (255 = none)); blocks (u16 count, each [`BLOCK`] u16
//! record indices); pages (one u16 block index per [`BLOCK`] code points); composition
//! pairs (u16 count, each first, second, composite as u24, sorted); words (u16 count,
//! each length u8 + ASCII); names (u32 count, each: varint gap since the previous entry's
//! end, varint `words * 2 + hexed`, varint run length if hexed, varint word indices:
//! a hexed entry names each code point of its run `WORDS-<HEX>`); aliases (u16 count, each
//! code point u24 + name); named sequences (u16 count, each name + u8 length + u24s);
//! Unicode 3.2.0's differences (`unicodedata.ucd_3_2_0`, [`Old`]): its version string,
//! category names (u8 count), the runs of code points it has unassigned (u16 count, each
//! start and end u24), the other code points it answers differently (u16 count, each code
//! point u24, category, bidirectional class and width indices u8, mirrored u8, decimal u8),
//! and the code points whose normalization it corrects back to 3.2's (u8 count, each code
//! point and replacement u24). Hangul syllables are named and (de)composed by rule.

use std::cell::OnceCell;
use std::rc::Rc;

const BLOCK: usize = 64;
const FORMAT: u16 = 2;

const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const N_COUNT: u32 = V_COUNT * T_COUNT;
const S_COUNT: u32 = L_COUNT * N_COUNT;
/// The Jamo short names of Unicode's Hangul syllable naming rule (chapter 3.12).
const JAMO_L: [&str; 19] = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
const JAMO_V: [&str; 21] = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
const JAMO_T: [&str; 28] = [
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H",
];
const HANGUL_PREFIX: &str = "HANGUL SYLLABLE ";

/// The properties of a code point: indices into the bidirectional class names,
/// decompositions and east asian width names, then the combining class and mirrored flag.
#[derive(Clone, Copy)]
struct Record {
    bidi: u8,
    decomp: u16,
    width: u8,
    combining: u8,
    mirrored: bool,
    /// Index into `numerics` plus one (0: none); decimal and digit values (255: none).
    numeric: u8,
    decimal: u8,
    digit: u8,
}

/// One name entry: `start..start + run` (run 1 unless hexed), its words at `at`.
struct NameEntry {
    start: u32,
    run: u32,
    hexed: bool,
    words: u8,
    at: u32,
}

/// A code point Unicode 3.2.0 has, with properties that changed since.
struct Changed {
    cp: u32,
    category: u8,
    bidi: u8,
    width: u8,
    mirrored: bool,
    decimal: u8,
}

/// What Unicode 3.2.0 answers differently (see [`Old`]).
struct Changes {
    version: String,
    categories: Vec<String>,
    /// Sorted `start..end` runs of the code points 3.2 has unassigned.
    unassigned: Vec<(u32, u32)>,
    /// Sorted by code point.
    changed: Vec<Changed>,
    /// (code point, what its normalization is in 3.2), sorted.
    corrections: Vec<(u32, u32)>,
}

/// The decoded database. Name lookups build their map on first use.
pub struct Ucd {
    pub version: String,
    bidi_names: Vec<String>,
    widths: Vec<String>,
    numerics: Vec<f64>,
    tags: Vec<String>,
    /// (tag index, code points); index 0 unused (no decomposition).
    decomps: Vec<(u8, Vec<u32>)>,
    records: Vec<Record>,
    blocks: Vec<u16>,
    pages: Vec<u16>,
    pairs: Vec<(u32, u32, u32)>,
    words: Vec<String>,
    names: Vec<u8>,
    entries: Vec<NameEntry>,
    aliases: Vec<(String, u32)>,
    sequences: Vec<(String, Vec<u32>)>,
    by_name: OnceCell<Vec<(u64, u32)>>,
    old: Changes,
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let s = self.b.get(self.at..self.at + n).ok_or("truncated Unicode data")?;
        self.at += n;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, String> {
        Ok(self.take(1)?[0])
    }
    fn u16(&mut self) -> Result<u16, String> {
        let s = self.take(2)?;
        Ok(u16::from_le_bytes([s[0], s[1]]))
    }
    fn u24(&mut self) -> Result<u32, String> {
        let s = self.take(3)?;
        Ok(u32::from_le_bytes([s[0], s[1], s[2], 0]))
    }
    fn u32(&mut self) -> Result<u32, String> {
        let s = self.take(4)?;
        Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }
    fn varint(&mut self) -> Result<u32, String> {
        let mut v = 0u32;
        for shift in (0..35).step_by(7) {
            let b = self.u8()?;
            v |= ((b & 0x7F) as u32) << shift;
            if b < 0x80 {
                return Ok(v);
            }
        }
        Err("bad varint in Unicode data".into())
    }
    fn short_str(&mut self) -> Result<String, String> {
        let n = self.u8()? as usize;
        Ok(String::from_utf8_lossy(self.take(n)?).into_owned())
    }
    fn section(&mut self) -> Result<Reader<'a>, String> {
        let n = self.u32()? as usize;
        Ok(Reader { b: self.take(n)?, at: 0 })
    }
}

impl Ucd {
    /// Decodes a blob from `gen_ucd.py`; `Err` says what is wrong with it.
    pub fn parse(blob: &[u8]) -> Result<Ucd, String> {
        let mut r = Reader { b: blob, at: 0 };
        if r.take(6)? != b"PYUCD\0" {
            return Err("not pygmy Unicode data".into());
        }
        if r.u16()? != FORMAT {
            return Err("Unicode data of another format version".into());
        }
        let version = r.section()?.short_str()?;
        let mut s = r.section()?;
        let bidi_names = (0..s.u8()?).map(|_| s.short_str()).collect::<Result<Vec<_>, _>>()?;
        let mut s = r.section()?;
        let widths = (0..s.u8()?).map(|_| s.short_str()).collect::<Result<Vec<_>, _>>()?;
        let mut s = r.section()?;
        let numerics = (0..s.u8()?).map(|_| Ok(f64::from_le_bytes(s.take(8)?.try_into().map_err(|_| "bad numeric value")?))).collect::<Result<Vec<_>, String>>()?;
        let mut s = r.section()?;
        let tags = (0..s.u8()?).map(|_| s.short_str()).collect::<Result<Vec<_>, _>>()?;
        let mut s = r.section()?;
        let mut decomps = vec![(0, Vec::new())];
        for _ in 0..s.u16()? {
            let tag = s.u8()?;
            let n = s.u8()?;
            decomps.push((tag, (0..n).map(|_| s.u24()).collect::<Result<_, _>>()?));
        }
        let mut s = r.section()?;
        let records = (0..s.u16()?)
            .map(|_| Ok(Record {
                    bidi: s.u8()?,
                    decomp: s.u16()?,
                    width: s.u8()?,
                    combining: s.u8()?,
                    mirrored: s.u8()? != 0,
                    numeric: s.u8()?,
                    decimal: s.u8()?,
                    digit: s.u8()?,
                }))
            .collect::<Result<Vec<_>, String>>()?;
        let mut s = r.section()?;
        let blocks = (0..s.u16()? as usize * BLOCK).map(|_| s.u16()).collect::<Result<Vec<_>, _>>()?;
        let mut s = r.section()?;
        let pages = (0..0x110000 / BLOCK).map(|_| s.u16()).collect::<Result<Vec<_>, _>>()?;
        let mut s = r.section()?;
        let pairs = (0..s.u16()?).map(|_| Ok((s.u24()?, s.u24()?, s.u24()?))).collect::<Result<Vec<_>, String>>()?;
        let mut s = r.section()?;
        let words = (0..s.u16()?).map(|_| s.short_str()).collect::<Result<Vec<_>, _>>()?;
        let mut s = r.section()?;
        let count = s.u32()?;
        let names = s.b[s.at..].to_vec();
        let mut n = Reader { b: &names, at: 0 };
        let mut entries = Vec::with_capacity(count as usize);
        let mut next = 0u32;
        for _ in 0..count {
            let start = next.checked_add(n.varint()?).ok_or("bad name entry in Unicode data")?;
            let head = n.varint()?;
            let hexed = head & 1 == 1;
            let run = if hexed { n.varint()? } else { 1 };
            let at = n.at as u32;
            for _ in 0..head / 2 {
                n.varint()?;
            }
            entries.push(NameEntry { start, run, hexed, words: (head / 2) as u8, at });
            next = start.checked_add(run).ok_or("bad name entry in Unicode data")?;
        }
        let mut s = r.section()?;
        let aliases = (0..s.u16()?).map(|_| Ok({ let cp = s.u24()?; (s.short_str()?, cp) })).collect::<Result<Vec<_>, String>>()?;
        let mut s = r.section()?;
        let mut sequences = Vec::new();
        for _ in 0..s.u16()? {
            let name = s.short_str()?;
            let k = s.u8()?;
            sequences.push((name, (0..k).map(|_| s.u24()).collect::<Result<_, _>>()?));
        }
        let mut s = r.section()?;
        let old_version = s.short_str()?;
        let categories = (0..s.u8()?).map(|_| s.short_str()).collect::<Result<Vec<_>, _>>()?;
        let unassigned = (0..s.u16()?).map(|_| Ok((s.u24()?, s.u24()?))).collect::<Result<Vec<_>, String>>()?;
        let changed = (0..s.u16()?)
            .map(|_| Ok(Changed { cp: s.u24()?, category: s.u8()?, bidi: s.u8()?, width: s.u8()?, mirrored: s.u8()? != 0, decimal: s.u8()? }))
            .collect::<Result<Vec<_>, String>>()?;
        let corrections = (0..s.u8()?).map(|_| Ok((s.u24()?, s.u24()?))).collect::<Result<Vec<_>, String>>()?;
        let old = Changes { version: old_version, categories, unassigned, changed, corrections };
        let ucd = Ucd { version, bidi_names, widths, numerics, tags, decomps, records, blocks, pages, pairs, words, names, entries, aliases, sequences, by_name: OnceCell::new(), old };
        // Every index the lookups follow is checked once here, so they can index freely.
        let bad = ucd.pages.iter().any(|&p| (p as usize + 1) * BLOCK > ucd.blocks.len())
            || ucd.blocks.iter().any(|&r| r as usize >= ucd.records.len())
            || ucd.records.iter().any(|r| r.bidi as usize >= ucd.bidi_names.len() || r.decomp as usize >= ucd.decomps.len() || r.width as usize >= ucd.widths.len() || r.numeric as usize > ucd.numerics.len())
            || ucd.decomps.iter().any(|(t, cps)| *t as usize >= ucd.tags.len() || cps.iter().any(|&c| char::from_u32(c).is_none()))
            || ucd.old.changed.iter().any(|c| c.category as usize >= ucd.old.categories.len() || c.bidi as usize >= ucd.bidi_names.len() || c.width as usize >= ucd.widths.len())
            || ucd.old.corrections.iter().any(|&(_, to)| char::from_u32(to).is_none());
        if bad {
            return Err("inconsistent Unicode data".into());
        }
        for e in &ucd.entries {
            ucd.words_of(e).try_for_each(|w| w.map(|_| ()))?;
        }
        Ok(ucd)
    }

    fn record(&self, c: char) -> Record {
        let cp = c as usize;
        let block = self.pages[cp / BLOCK] as usize;
        self.records[self.blocks[block * BLOCK + cp % BLOCK] as usize]
    }

    /// `unicodedata.bidirectional`: the class name, "" for unassigned code points.
    pub fn bidirectional(&self, c: char) -> &str {
        &self.bidi_names[self.record(c).bidi as usize]
    }

    /// `unicodedata.east_asian_width`: "N", "Na", "A", "W", "H" or "F".
    pub fn east_asian_width(&self, c: char) -> &str {
        &self.widths[self.record(c).width as usize]
    }

    /// `unicodedata.combining`: the canonical combining class.
    pub fn combining(&self, c: char) -> u8 {
        self.record(c).combining
    }

    /// `unicodedata.numeric`.
    pub fn numeric(&self, c: char) -> Option<f64> {
        let n = self.record(c).numeric as usize;
        (n != 0).then(|| self.numerics[n - 1])
    }

    /// `unicodedata.decimal`.
    pub fn decimal(&self, c: char) -> Option<u8> {
        Some(self.record(c).decimal).filter(|&d| d != 255)
    }

    /// `unicodedata.digit`.
    pub fn digit(&self, c: char) -> Option<u8> {
        Some(self.record(c).digit).filter(|&d| d != 255)
    }

    /// `unicodedata.mirrored`.
    pub fn mirrored(&self, c: char) -> bool {
        self.record(c).mirrored
    }

    /// The one-level decomposition of `c`: whether it is canonical, and the code points.
    fn decomp(&self, c: char) -> Option<(bool, &[u32])> {
        let d = self.record(c).decomp as usize;
        (d != 0).then(|| (self.decomps[d].0 == 0, &self.decomps[d].1[..]))
    }

    /// `unicodedata.decomposition`: "<tag> XXXX YYYY" or "XXXX YYYY", "" for none.
    pub fn decomposition(&self, c: char) -> String {
        let d = self.record(c).decomp as usize;
        if d == 0 {
            return String::new();
        }
        let (tag, cps) = &self.decomps[d];
        let mut parts: Vec<String> = Vec::with_capacity(cps.len() + 1);
        if *tag != 0 {
            parts.push(self.tags[*tag as usize].clone());
        }
        parts.extend(cps.iter().map(|c| format!("{c:04X}")));
        parts.join(" ")
    }

    fn words_of<'a>(&'a self, e: &NameEntry) -> impl Iterator<Item = Result<&'a str, String>> + 'a {
        let mut r = Reader { b: &self.names, at: e.at as usize };
        let words = &self.words;
        (0..e.words).map(move |_| {
            let i = r.varint()? as usize;
            words.get(i).map(String::as_str).ok_or_else(|| "bad word index in Unicode data".to_string())
        })
    }

    /// `unicodedata.name`: the character's name, `None` if it has none.
    pub fn name(&self, c: char) -> Option<String> {
        let cp = c as u32;
        if (S_BASE..S_BASE + S_COUNT).contains(&cp) {
            let s = cp - S_BASE;
            let (l, v, t) = (s / N_COUNT, s % N_COUNT / T_COUNT, s % T_COUNT);
            return Some(format!("{HANGUL_PREFIX}{}{}{}", JAMO_L[l as usize], JAMO_V[v as usize], JAMO_T[t as usize]));
        }
        let i = self.entries.partition_point(|e| e.start <= cp).checked_sub(1)?;
        let e = &self.entries[i];
        if cp - e.start >= e.run {
            return None;
        }
        let mut name = String::new();
        for (k, w) in self.words_of(e).enumerate() {
            if k > 0 {
                name.push(' ');
            }
            name.push_str(w.ok()?);
        }
        if e.hexed {
            name.push_str(&format!("-{cp:04X}"));
        }
        Some(name)
    }
}

/// FNV-1a, fed in pieces.
struct Fnv(u64);

impl Fnv {
    fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
    fn add(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x100_0000_01b3);
        }
    }
}

/// What `lookup` found: a character, or a named sequence's characters.
pub enum Found {
    Char(char),
    Sequence(String),
}

/// A normalization form (`unicodedata.normalize`'s first argument).
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Form {
    Nfc,
    Nfd,
    Nfkc,
    Nfkd,
}

impl Form {
    pub fn from_name(s: &str) -> Option<Form> {
        Some(match s {
            "NFC" => Form::Nfc,
            "NFD" => Form::Nfd,
            "NFKC" => Form::Nfkc,
            "NFKD" => Form::Nfkd,
            _ => return None,
        })
    }
}

/// The longest of `names` that starts `s` (the empty name always matches if listed).
fn longest_prefix(s: &str, names: &[&str]) -> Option<(usize, usize)> {
    names.iter().enumerate().filter(|(_, n)| s.starts_with(**n)).max_by_key(|(_, n)| n.len()).map(|(i, n)| (i, n.len()))
}

impl Ucd {
    /// (FNV-1a hash of the name, entry index) of every name that is not hexed, sorted: built
    /// on the first lookup without making the names themselves (about a millisecond).
    fn by_name(&self) -> &[(u64, u32)] {
        self.by_name.get_or_init(|| {
            let mut v: Vec<(u64, u32)> = self.entries.iter().enumerate().filter(|(_, e)| !e.hexed).map(|(i, e)| (self.name_hash(e), i as u32)).collect();
            v.sort_unstable();
            v
        })
    }

    fn name_hash(&self, e: &NameEntry) -> u64 {
        let mut h = Fnv::new();
        for (k, w) in self.words_of(e).enumerate() {
            if k > 0 {
                h.add(b" ");
            }
            h.add(w.unwrap_or("").as_bytes());
        }
        h.0
    }

    /// The name of entry `e` without the hex suffix.
    fn entry_name(&self, e: &NameEntry) -> String {
        self.words_of(e).map(|w| w.unwrap_or("")).collect::<Vec<_>>().join(" ")
    }

    /// `unicodedata.lookup` (`sequences`: named sequences too; `\N{}` has only characters
    /// and aliases). Case-insensitive, as CPython.
    pub fn lookup(&self, name: &str, sequences: bool) -> Option<Found> {
        let up = name.to_ascii_uppercase();
        if let Some(rest) = up.strip_prefix(HANGUL_PREFIX) {
            // CPython's rule: the longest matching initial, then medial, then final.
            let (l, n1) = longest_prefix(rest, &JAMO_L)?;
            let (v, n2) = longest_prefix(&rest[n1..], &JAMO_V)?;
            let (t, n3) = longest_prefix(&rest[n1 + n2..], &JAMO_T)?;
            if n1 + n2 + n3 == rest.len() {
                return char::from_u32(S_BASE + (l as u32 * V_COUNT + v as u32) * T_COUNT + t as u32).map(Found::Char);
            }
            return None;
        }
        let mut h = Fnv::new();
        h.add(up.as_bytes());
        let index = self.by_name();
        let first = index.partition_point(|&(x, _)| x < h.0);
        for &(_, i) in index[first..].iter().take_while(|&&(x, _)| x == h.0) {
            let e = &self.entries[i as usize];
            if self.entry_name(e) == up {
                return char::from_u32(e.start).map(Found::Char);
            }
        }
        if let Some((prefix, hex)) = up.rsplit_once('-') {
            if (1..=6).contains(&hex.len()) && hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                let cp = u32::from_str_radix(hex, 16).ok()?;
                // CPython takes 4 or 5 digits for CJK unified ideographs, the exact name otherwise.
                let digits_ok = format!("{cp:04X}") == hex || (prefix == "CJK UNIFIED IDEOGRAPH" && (4..=5).contains(&hex.len()));
                let i = self.entries.partition_point(|e| e.start <= cp).checked_sub(1);
                if let Some(e) = i.map(|i| &self.entries[i]) {
                    if digits_ok && e.hexed && cp - e.start < e.run && self.entry_name(e) == prefix {
                        return char::from_u32(cp).map(Found::Char);
                    }
                }
            }
        }
        if let Some((_, cp)) = self.aliases.iter().find(|(n, _)| *n == up) {
            return char::from_u32(*cp).map(Found::Char);
        }
        if sequences {
            if let Some((_, cps)) = self.sequences.iter().find(|(n, _)| *n == up) {
                return Some(Found::Sequence(cps.iter().filter_map(|&c| char::from_u32(c)).collect()));
            }
        }
        None
    }

    /// Appends the full decomposition of `c` (canonical, or any with `compat`; with `old`,
    /// Unicode 3.2's: what it has unassigned stays, and its corrections apply).
    fn decompose_into(&self, c: char, compat: bool, old: bool, out: &mut Vec<char>, depth: u32) {
        let cp = c as u32;
        if old && depth < 32 {
            if Old(self).unassigned(c) {
                out.push(c);
                return;
            }
            if let Ok(i) = self.old.corrections.binary_search_by_key(&cp, |&(x, _)| x) {
                let to = char::from_u32(self.old.corrections[i].1).unwrap_or(c);
                return self.decompose_into(to, compat, old, out, depth + 1);
            }
        }
        if (S_BASE..S_BASE + S_COUNT).contains(&cp) {
            let s = cp - S_BASE;
            out.extend([L_BASE + s / N_COUNT, V_BASE + s % N_COUNT / T_COUNT].into_iter().filter_map(char::from_u32));
            if s % T_COUNT != 0 {
                out.extend(char::from_u32(T_BASE + s % T_COUNT));
            }
            return;
        }
        match self.decomp(c) {
            // Decompositions are at most a few levels deep; the bound only guards bad data.
            Some((canonical, cps)) if (canonical || compat) && depth < 32 => {
                for &d in cps {
                    self.decompose_into(char::from_u32(d).unwrap_or(c), compat, old, out, depth + 1);
                }
            }
            _ => out.push(c),
        }
    }

    fn compose_pair(&self, a: char, b: char) -> Option<char> {
        let (a, b) = (a as u32, b as u32);
        if (L_BASE..L_BASE + L_COUNT).contains(&a) && (V_BASE..V_BASE + V_COUNT).contains(&b) {
            return char::from_u32(S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT);
        }
        if (S_BASE..S_BASE + S_COUNT).contains(&a) && (a - S_BASE) % T_COUNT == 0 && (T_BASE + 1..T_BASE + T_COUNT).contains(&b) {
            return char::from_u32(a + (b - T_BASE));
        }
        let i = self.pairs.binary_search_by(|&(x, y, _)| (x, y).cmp(&(a, b))).ok()?;
        char::from_u32(self.pairs[i].2)
    }

    /// `unicodedata.normalize(form, s)`.
    pub fn normalize(&self, form: Form, s: &str) -> String {
        self.normalize_in(form, s, false)
    }

    /// [`Ucd::normalize`], or with `old` Unicode 3.2's (decompositions only differ: ordering
    /// and composition use today's classes and pairs, as CPython's do).
    fn normalize_in(&self, form: Form, s: &str, old: bool) -> String {
        if s.is_ascii() {
            return s.to_owned();
        }
        let compat = matches!(form, Form::Nfkc | Form::Nfkd);
        let mut v = Vec::with_capacity(s.len());
        for c in s.chars() {
            self.decompose_into(c, compat, old, &mut v, 0);
        }
        // Canonical ordering: each run of non-starters sorted (stably) by combining class.
        let mut i = 0;
        while i < v.len() {
            if self.combining(v[i]) == 0 {
                i += 1;
                continue;
            }
            let start = i;
            while i < v.len() && self.combining(v[i]) != 0 {
                i += 1;
            }
            v[start..i].sort_by_key(|&c| self.combining(c));
        }
        if matches!(form, Form::Nfc | Form::Nfkc) {
            v = self.compose(v);
        }
        v.into_iter().collect()
    }

    /// Canonical composition of a decomposed, canonically ordered sequence.
    fn compose(&self, v: Vec<char>) -> Vec<char> {
        let mut out: Vec<char> = Vec::with_capacity(v.len());
        let mut starter: Option<usize> = None;
        let mut last_cc = 0u8;
        for c in v {
            let cc = self.combining(c);
            if let Some(sp) = starter {
                // Not blocked: right after the starter, or every character between has a
                // lower, nonzero class (the last kept one has the highest: they are ordered).
                let adjacent = out.len() == sp + 1;
                if adjacent || (last_cc != 0 && last_cc < cc) {
                    if let Some(comp) = self.compose_pair(out[sp], c) {
                        out[sp] = comp;
                        continue;
                    }
                }
            }
            if cc == 0 {
                starter = Some(out.len());
                last_cc = 0;
            } else {
                last_cc = cc;
            }
            out.push(c);
        }
        out
    }

    /// `unicodedata.is_normalized(form, s)`.
    pub fn is_normalized(&self, form: Form, s: &str) -> bool {
        s.is_ascii() || self.normalize(form, s) == s
    }
}

/// `unicodedata.ucd_3_2_0`: Unicode 3.2.0's answers (stringprep's and the idna codec's), as
/// CPython gives them: code points 3.2 has unassigned are category "Cn" with no name,
/// decomposition, decimal or numeric value, class "" and width "F" (their digit is today's:
/// CPython's `digit` has no 3.2 case); aliases and named sequences are not found.
pub struct Old<'a>(pub &'a Ucd);

impl<'a> Old<'a> {
    pub fn version(&self) -> &'a str {
        &self.0.old.version
    }

    fn unassigned(&self, c: char) -> bool {
        let cp = c as u32;
        let i = self.0.old.unassigned.partition_point(|&(start, _)| start <= cp);
        i > 0 && cp < self.0.old.unassigned[i - 1].1
    }

    fn changed(&self, c: char) -> Option<&'a Changed> {
        let ch = &self.0.old.changed;
        ch.binary_search_by_key(&(c as u32), |x| x.cp).ok().map(|i| &ch[i])
    }

    /// The general category where 3.2's differs from today's (`None`: the same).
    pub fn category(&self, c: char) -> Option<&'a str> {
        if self.unassigned(c) {
            return Some("Cn");
        }
        self.changed(c).map(|x| self.0.old.categories[x.category as usize].as_str())
    }

    pub fn bidirectional(&self, c: char) -> &'a str {
        match (self.unassigned(c), self.changed(c)) {
            (true, _) => "",
            (_, Some(x)) => &self.0.bidi_names[x.bidi as usize],
            _ => self.0.bidirectional(c),
        }
    }

    pub fn east_asian_width(&self, c: char) -> &'a str {
        match (self.unassigned(c), self.changed(c)) {
            (true, _) => "F",
            (_, Some(x)) => &self.0.widths[x.width as usize],
            _ => self.0.east_asian_width(c),
        }
    }

    pub fn combining(&self, c: char) -> u8 {
        if self.unassigned(c) { 0 } else { self.0.combining(c) }
    }

    pub fn mirrored(&self, c: char) -> bool {
        match (self.unassigned(c), self.changed(c)) {
            (true, _) => false,
            (_, Some(x)) => x.mirrored,
            _ => self.0.mirrored(c),
        }
    }

    pub fn decimal(&self, c: char) -> Option<u8> {
        match (self.unassigned(c), self.changed(c)) {
            (true, _) => None,
            (_, Some(x)) => Some(x.decimal).filter(|&d| d != 255),
            _ => self.0.decimal(c),
        }
    }

    pub fn digit(&self, c: char) -> Option<u8> {
        self.0.digit(c)
    }

    pub fn numeric(&self, c: char) -> Option<f64> {
        if self.unassigned(c) { None } else { self.0.numeric(c) }
    }

    pub fn decomposition(&self, c: char) -> String {
        if self.unassigned(c) { String::new() } else { self.0.decomposition(c) }
    }

    pub fn name(&self, c: char) -> Option<String> {
        if self.unassigned(c) { None } else { self.0.name(c) }
    }

    /// Names by rule (Hangul syllables, CJK unified ideographs) as today; other names only of
    /// what 3.2 has; no aliases or named sequences.
    pub fn lookup(&self, name: &str) -> Option<Found> {
        let up = name.to_ascii_uppercase();
        let by_rule = up.starts_with(HANGUL_PREFIX) || up.starts_with("CJK UNIFIED IDEOGRAPH-");
        match self.0.lookup(name, false)? {
            Found::Char(c) if by_rule || (!self.unassigned(c) && !self.0.aliases.iter().any(|(n, _)| *n == up)) => Some(Found::Char(c)),
            _ => None,
        }
    }

    pub fn normalize(&self, form: Form, s: &str) -> String {
        self.0.normalize_in(form, s, true)
    }

    pub fn is_normalized(&self, form: Form, s: &str) -> bool {
        s.is_ascii() || self.normalize(form, s) == s
    }
}

thread_local! {
    static LOADED: OnceCell<Rc<Ucd>> = const { OnceCell::new() };
}

/// The name of `c` if the database is here (namereplace). The call goes through a pointer
/// so that the wasm core keeps none of the reader (it is in the `unicodedata` chunk).
pub fn name_of(c: char) -> Option<String> {
    let u = loaded()?;
    let name: fn(&Ucd, char) -> Option<String> = std::hint::black_box(Ucd::name);
    name(&u, c)
}

/// The database, if the host has supplied it (`install`).
pub fn loaded() -> Option<Rc<Ucd>> {
    LOADED.with(|l| l.get().cloned())
}

/// Decodes `blob` and keeps it for the thread (the first one installed stays).
pub fn install(blob: &[u8]) -> Result<Rc<Ucd>, String> {
    let u = Rc::new(Ucd::parse(blob)?);
    Ok(LOADED.with(|l| l.get_or_init(|| u).clone()))
}
