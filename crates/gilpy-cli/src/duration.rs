//! Parsing of `DUR` arguments such as `5ms`, `0.005s`, `2s`, `1.5` (seconds) or `250us`.

use std::time::Duration;

/// Parses a human duration: a non-negative number with an optional unit
/// (`ns`, `us`/`µs`, `ms`, `s`, `m`); a bare number means seconds, as in
/// `sys.setswitchinterval`.
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let t = text.trim();
    let split = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '_' || c == 'e' || c == 'E'))
        .unwrap_or(t.len());
    // `1e-3s` contains a '-' after 'e': accept it by widening the number part.
    let split = match t[..split].ends_with(['e', 'E']) && t[split..].starts_with('-') {
        true => t[split + 1..]
            .find(|c: char| !c.is_ascii_digit())
            .map_or(t.len(), |i| split + 1 + i),
        false => split,
    };
    let (num, unit) = t.split_at(split);
    let value: f64 = num
        .replace('_', "")
        .parse()
        .map_err(|_| format!("invalid duration '{text}': expected a number such as 5ms or 0.5s"))?;
    let scale = match unit.trim() {
        "" | "s" | "sec" => 1.0,
        "ms" => 1e-3,
        "us" | "µs" => 1e-6,
        "ns" => 1e-9,
        "m" | "min" => 60.0,
        other => {
            return Err(format!(
                "invalid duration unit '{other}' in '{text}' (use ns, us, ms, s or m)"
            ))
        }
    };
    let secs = value * scale;
    if !secs.is_finite() || !(0.0..=1e9).contains(&secs) {
        return Err(format!("duration '{text}' is out of range"));
    }
    Ok(Duration::from_secs_f64(secs))
}

/// A duration in microseconds for labels: `50us`, `1ms`, `2.5ms`, `1s`.
pub fn show_us(us: u64) -> String {
    if us >= 1_000_000 && us.is_multiple_of(1_000_000) {
        format!("{}s", us / 1_000_000)
    } else if us >= 1000 {
        let ms = us as f64 / 1000.0;
        format!("{}ms", trim_float(ms))
    } else {
        format!("{us}us")
    }
}

fn trim_float(v: f64) -> String {
    let s = format!("{v:.3}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units() {
        assert_eq!(parse_duration("5ms").unwrap(), Duration::from_millis(5));
        assert_eq!(parse_duration("0.005").unwrap(), Duration::from_millis(5));
        assert_eq!(parse_duration("2s").unwrap(), Duration::from_secs(2));
        assert_eq!(parse_duration("250us").unwrap(), Duration::from_micros(250));
        assert_eq!(parse_duration("1e-3s").unwrap(), Duration::from_millis(1));
        assert!(parse_duration("fast").is_err());
        assert!(parse_duration("-1s").is_err());
        assert!(parse_duration("5 parsecs").is_err());
    }
}
