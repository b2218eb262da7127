//! The dashboard's charts as inline SVG text: a line chart, stacked bars and horizontal bars.
//! Every mark is a `<path>` (bars too), titled for hover, so a page needs no script and no
//! external library, and a test can check that a chart drew something.

use std::fmt::Write;

/// Colours in the order series take them; enough for the assets of a dist/.
pub const PALETTE: [&str; 16] = [
    "#4269d0", "#efb118", "#ff725c", "#6cc5b0", "#3ca951", "#ff8ab7", "#a463f2", "#97bbf5", "#9c6b4e", "#9498a0", "#1b7837", "#d6604d",
    "#5e3c99", "#e08214", "#2166ac", "#b2182b",
];

const WIDTH: f64 = 760.0;
const LEFT: f64 = 72.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 14.0;

/// One line of a line chart: `(x, y)` points in data units (x is usually an index).
pub struct Series {
    pub name: String,
    pub color: String,
    pub points: Vec<(f64, f64)>,
    /// Drawn dashed (a reference such as CPython, or a budget ceiling).
    pub dashed: bool,
}

/// A line chart with the x axis labelled by `x_labels[i]` at x = i.
pub fn line_chart(x_labels: &[String], series: &[Series], y_label: &str, fmt: fn(f64) -> String) -> String {
    let height = 260.0;
    let bottom = 44.0;
    let ys: Vec<f64> = series.iter().flat_map(|s| s.points.iter().map(|p| p.1)).collect();
    let (lo, hi, ticks) = axis(0.0, ys.iter().copied().fold(0.0, f64::max));
    let n = x_labels.len().max(2) as f64;
    // Points sit inside the plot by `inset`, so the first and last labels are not cut off.
    let inset = 24.0;
    let plot_w = WIDTH - LEFT - RIGHT - 2.0 * inset;
    let plot_h = height - TOP - bottom;
    let x_of = |x: f64| LEFT + inset + plot_w * (x / (n - 1.0));
    let y_of = |y: f64| TOP + plot_h * (1.0 - (y - lo) / (hi - lo));
    let mut out = open(height);
    grid(&mut out, &ticks, y_of, fmt);
    let step = (x_labels.len() / 12).max(1);
    for (i, label) in x_labels.iter().enumerate() {
        if i % step == 0 || i + 1 == x_labels.len() {
            let x = x_of(i as f64);
            let _ = write!(out, r#"<text x="{x:.1}" y="{:.1}" text-anchor="middle" class="tick">{}</text>"#, height - bottom + 16.0, esc(label));
        }
    }
    let _ = write!(out, r#"<text x="14" y="{:.1}" transform="rotate(-90 14 {:.1})" text-anchor="middle" class="axis">{}</text>"#, TOP + plot_h / 2.0, TOP + plot_h / 2.0, esc(y_label));
    for s in series {
        if s.points.is_empty() {
            continue;
        }
        let mut d = String::new();
        for (i, &(x, y)) in s.points.iter().enumerate() {
            let _ = write!(d, "{}{:.1} {:.1}", if i == 0 { "M" } else { " L" }, x_of(x), y_of(y));
        }
        let dash = if s.dashed { r#" stroke-dasharray="6 4""# } else { "" };
        let _ = write!(out, r#"<path class="line" d="{d}" fill="none" stroke="{}" stroke-width="2"{dash}><title>{}</title></path>"#, s.color, esc(&s.name));
        for &(x, y) in &s.points {
            let (cx, cy) = (x_of(x), y_of(y));
            let label = x_labels.get(x as usize).map(String::as_str).unwrap_or("");
            // A dot is a closed path (a tiny diamond) so every mark is a path.
            let _ = write!(
                out,
                r#"<path class="dot" d="M{:.1} {cy:.1} L{cx:.1} {:.1} L{:.1} {cy:.1} L{cx:.1} {:.1} Z" fill="{}"><title>{}: {} ({})</title></path>"#,
                cx - 3.5,
                cy - 3.5,
                cx + 3.5,
                cy + 3.5,
                s.color,
                esc(&s.name),
                fmt(y),
                esc(label)
            );
        }
    }
    out + "</svg>" + &legend(series.iter().map(|s| (s.name.as_str(), s.color.as_str())))
}

/// One layer of stacked bars: its value in each column.
pub struct Layer {
    pub name: String,
    pub color: String,
    pub values: Vec<f64>,
}

/// Columns labelled `columns[i]`, each a stack of the layers' `values[i]`.
pub fn stacked_bars(columns: &[String], layers: &[Layer], y_label: &str, fmt: fn(f64) -> String) -> String {
    let height = 280.0;
    let bottom = 44.0;
    let totals: Vec<f64> = (0..columns.len()).map(|i| layers.iter().map(|l| l.values.get(i).copied().unwrap_or(0.0)).sum()).collect();
    let (lo, hi, ticks) = axis(0.0, totals.iter().copied().fold(0.0, f64::max));
    let plot_w = WIDTH - LEFT - RIGHT;
    let plot_h = height - TOP - bottom;
    let y_of = |y: f64| TOP + plot_h * (1.0 - (y - lo) / (hi - lo));
    let slot = plot_w / columns.len().max(1) as f64;
    let bar = (slot * 0.7).min(56.0);
    let mut out = open(height);
    grid(&mut out, &ticks, y_of, fmt);
    let _ = write!(out, r#"<text x="14" y="{:.1}" transform="rotate(-90 14 {:.1})" text-anchor="middle" class="axis">{}</text>"#, TOP + plot_h / 2.0, TOP + plot_h / 2.0, esc(y_label));
    for (i, column) in columns.iter().enumerate() {
        let x = LEFT + slot * (i as f64 + 0.5) - bar / 2.0;
        let mut base = 0.0;
        for layer in layers {
            let v = layer.values.get(i).copied().unwrap_or(0.0);
            if v <= 0.0 {
                continue;
            }
            let (y0, y1) = (y_of(base), y_of(base + v));
            let _ = write!(
                out,
                r#"<path class="bar" d="M{x:.1} {y0:.1} V{y1:.1} H{:.1} V{y0:.1} Z" fill="{}"><title>{} {}: {}</title></path>"#,
                x + bar,
                layer.color,
                esc(column),
                esc(&layer.name),
                fmt(v)
            );
            base += v;
        }
        let _ = write!(out, r#"<text x="{:.1}" y="{:.1}" text-anchor="middle" class="tick">{}</text>"#, x + bar / 2.0, height - bottom + 16.0, esc(column));
        let _ = write!(out, r#"<text x="{:.1}" y="{:.1}" text-anchor="middle" class="value">{}</text>"#, x + bar / 2.0, y_of(base) - 4.0, fmt(base));
    }
    out + "</svg>" + &legend(layers.iter().map(|l| (l.name.as_str(), l.color.as_str())))
}

/// One row of a horizontal bar chart: up to a few bars (one per series) and a note on the right.
pub struct BarRow {
    pub label: String,
    /// `(value, colour, title)` per bar, drawn one under the other.
    pub bars: Vec<(f64, String, String)>,
    pub note: String,
}

/// Horizontal bars from zero; `reference` draws a dashed vertical line (1.0 for ratios).
pub fn horizontal_bars(rows: &[BarRow], reference: Option<(f64, &str)>, legend_items: &[(&str, &str)]) -> String {
    let label_w = 250.0;
    let note_w = 150.0;
    let bar_h = 12.0;
    let gap = 10.0;
    let per_row: f64 = rows.iter().map(|r| r.bars.len().max(1)).max().unwrap_or(1) as f64 * bar_h + gap;
    let height = TOP + per_row * rows.len() as f64 + 10.0;
    let max = rows.iter().flat_map(|r| r.bars.iter().map(|b| b.0)).chain(reference.map(|r| r.0)).fold(0.0, f64::max);
    let (_, hi, _) = axis(0.0, max);
    let plot_w = WIDTH - label_w - note_w;
    let x_of = |v: f64| label_w + plot_w * (v / hi);
    let mut out = open(height);
    for (i, row) in rows.iter().enumerate() {
        let y = TOP + per_row * i as f64;
        let _ = write!(out, r#"<text x="{:.1}" y="{:.1}" text-anchor="end" class="label">{}</text>"#, label_w - 8.0, y + per_row / 2.0, esc(&shorten(&row.label, 40)));
        for (j, (v, color, title)) in row.bars.iter().enumerate() {
            let top = y + j as f64 * bar_h;
            let _ = write!(
                out,
                r#"<path class="bar" d="M{label_w:.1} {top:.1} H{:.1} V{:.1} H{label_w:.1} Z" fill="{color}"><title>{}</title></path>"#,
                x_of(v.max(0.0)).max(label_w + 1.0),
                top + bar_h - 2.0,
                esc(title)
            );
        }
        let _ = write!(out, r#"<text x="{:.1}" y="{:.1}" class="note">{}</text>"#, WIDTH - note_w + 6.0, y + per_row / 2.0, esc(&row.note));
    }
    if let Some((v, label)) = reference {
        let x = x_of(v);
        let _ = write!(out, r##"<path class="reference" d="M{x:.1} {:.1} V{:.1}" stroke="#555" stroke-dasharray="4 3" fill="none"><title>{}</title></path>"##, TOP - 6.0, height - 6.0, esc(label));
        let _ = write!(out, r#"<text x="{x:.1}" y="{:.1}" text-anchor="middle" class="tick">{}</text>"#, TOP - 4.0 + 0.0, esc(label));
    }
    out + "</svg>" + &legend(legend_items.iter().copied())
}

fn open(height: f64) -> String {
    format!(r#"<svg viewBox="0 0 {WIDTH} {height:.0}" width="{WIDTH}" height="{height:.0}" role="img">"#)
}

fn grid(out: &mut String, ticks: &[f64], y_of: impl Fn(f64) -> f64, fmt: fn(f64) -> String) {
    for &t in ticks {
        let y = y_of(t);
        let _ = write!(out, r##"<line x1="{LEFT}" x2="{:.1}" y1="{y:.1}" y2="{y:.1}" stroke="#ddd"/>"##, WIDTH - RIGHT);
        let _ = write!(out, r#"<text x="{:.1}" y="{:.1}" text-anchor="end" class="tick">{}</text>"#, LEFT - 6.0, y + 4.0, fmt(t));
    }
}

fn legend<'a>(items: impl Iterator<Item = (&'a str, &'a str)>) -> String {
    let mut out = String::from(r#"<div class="legend">"#);
    for (name, color) in items {
        let _ = write!(out, r#"<span><i style="background:{color}"></i>{}</span>"#, esc(name));
    }
    out + "</div>"
}

/// `(low, high, ticks)`: an axis from `lo` to a round number at or above `hi`, 3–8 intervals.
pub fn axis(lo: f64, hi: f64) -> (f64, f64, Vec<f64>) {
    let hi = if hi > lo { hi } else { lo + 1.0 };
    let raw = (hi - lo) / 7.0;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0].iter().map(|m| m * mag).find(|s| *s >= raw).unwrap_or(10.0 * mag);
    let top = (hi / step).ceil() * step;
    let mut ticks = Vec::new();
    let mut t = lo;
    while t <= top + step * 1e-9 {
        ticks.push(t);
        t += step;
    }
    (lo, top, ticks)
}

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let tail: String = s.chars().rev().take(max - 1).collect::<Vec<_>>().into_iter().rev().collect();
    format!("…{tail}")
}

/// Escapes text for HTML and SVG content and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axis_ends_on_a_round_number() {
        assert_eq!(axis(0.0, 315_513.0), (0.0, 350_000.0, vec![0.0, 50_000.0, 100_000.0, 150_000.0, 200_000.0, 250_000.0, 300_000.0, 350_000.0]));
        assert_eq!(axis(0.0, 9.0).2.len(), 6);
        assert_eq!(axis(0.0, 1.0).1, 1.0);
        assert_eq!(axis(0.0, 0.0).1, 1.0);
    }

    #[test]
    fn charts_draw_a_path_per_mark_and_escape_names() {
        let s = Series { name: "a<b".into(), color: PALETTE[0].into(), points: vec![(0.0, 1.0), (1.0, 2.0)], dashed: false };
        let svg = line_chart(&["x".into(), "y".into()], &[s], "bytes", |v| format!("{v}"));
        assert_eq!(svg.matches("<path").count(), 3, "{svg}");
        assert!(svg.contains("a&lt;b") && !svg.contains("a<b"));
        let layers = [Layer { name: "vm".into(), color: PALETTE[1].into(), values: vec![3.0, 0.0] }, Layer { name: "js".into(), color: PALETTE[2].into(), values: vec![1.0, 2.0] }];
        let svg = stacked_bars(&["c1".into(), "c2".into()], &layers, "bytes", |v| format!("{v}"));
        assert_eq!(svg.matches("<path").count(), 3, "a zero value draws no bar: {svg}");
        assert!(shorten("abcdefgh", 4).ends_with("fgh"));
    }
}
