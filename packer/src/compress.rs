//! The compressed siblings every dist asset gets: `.br` (brotli quality 11, window 22, what a
//! CDN serves to browsers) and `.gz` (gzip level 9, the fallback).

use std::io::Write;

/// Brotli at quality 11, lgwin 22 (lgwin 24 measured no smaller; CRATES.md section 5).
pub fn brotli(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() / 3);
    let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
    brotli::BrotliCompress(&mut &data[..], &mut out, &params).expect("brotli into a Vec cannot fail");
    out
}

/// Gzip at level 9.
pub fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::with_capacity(data.len() / 2), flate2::Compression::best());
    e.write_all(data).expect("gzip into a Vec cannot fail");
    e.finish().expect("gzip into a Vec cannot fail")
}

/// Raw, gzip and brotli sizes of `data`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Sizes {
    pub raw: u64,
    pub gzip: u64,
    pub brotli: u64,
}

#[cfg(test)]
mod tests {
    #[test]
    fn brotli_and_gzip_round_trip() {
        let data = b"print('hello')\n".repeat(100);
        let mut back = Vec::new();
        brotli::BrotliDecompress(&mut &super::brotli(&data)[..], &mut back).unwrap();
        assert_eq!(back, data);
        let gz = super::gzip(&data);
        let mut gz = flate2::read::GzDecoder::new(&gz[..]);
        let mut back = Vec::new();
        std::io::Read::read_to_end(&mut gz, &mut back).unwrap();
        assert_eq!(back, data);
    }
}
