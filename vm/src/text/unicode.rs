//! The two Unicode properties that number parsing and format specs need:
//! decimal digit values (`Py_UNICODE_TODECIMAL`) and whitespace (`Py_UNICODE_ISSPACE`),
//! as CPython 3.11 (Unicode 14.0) defines them.

/// First code point of each run of ten decimal digits (general category Nd), Unicode 14.0.
/// Generated with `[c for c in range(0x110000) if unicodedata.decimal(chr(c), -1) == 0]`;
/// every run is exactly ten consecutive digits 0..9.
const DIGIT_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// The decimal value of `c` if it is a decimal digit in any script (`int('٣') == 3`),
/// else `None`. Python's `str.isdecimal()` is `decimal_value(c).is_some()`.
pub fn decimal_value(c: char) -> Option<u32> {
    let c = c as u32;
    if c < 0x80 {
        return (c.wrapping_sub(0x30) < 10).then(|| c - 0x30);
    }
    // The last run starting at or below `c`.
    let i = DIGIT_ZEROS.partition_point(|&z| z <= c);
    let d = c - DIGIT_ZEROS[i - 1];
    (d < 10).then_some(d)
}

/// Python's `str.isspace()` for one character: White_Space plus the ASCII separators
/// U+001C..U+001F (bidirectional class B/S), which Rust's `char::is_whitespace` omits.
pub fn is_python_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_and_spaces() {
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('a'), None);
        assert_eq!(decimal_value('/'), None);
        assert_eq!(decimal_value('\u{663}'), Some(3));
        assert_eq!(decimal_value('\u{1fbf9}'), Some(9));
        assert_eq!(decimal_value('\u{1fbfa}'), None);
        assert_eq!(decimal_value('\u{1d7ce}'), Some(0));
        assert_eq!(decimal_value('\u{1d7d7}'), Some(9));
        assert_eq!(decimal_value('\u{b2}'), None); // superscript two is a digit, not decimal
                                                   // Exhaustive count against CPython 3.11: 660 decimal characters.
        let n = (0..0x110000u32)
            .filter_map(char::from_u32)
            .filter(|&c| decimal_value(c).is_some());
        assert_eq!(n.count(), 660);
        let spaces: Vec<u32> = (0..0x110000u32)
            .filter_map(char::from_u32)
            .filter(|&c| is_python_space(c))
            .map(|c| c as u32)
            .collect();
        assert_eq!(
            spaces,
            [
                0x9, 0xa, 0xb, 0xc, 0xd, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000,
                0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
                0x2028, 0x2029, 0x202f, 0x205f, 0x3000
            ]
        );
    }
}
