//! `gilpy bench`: a sweep over switch settings with a table, JSON and an SVG plot.

use std::path::Path;
use std::process::Command;

fn counter() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples/counter.py")
        .display()
        .to_string()
}

#[test]
fn json_rows_cover_every_setting_and_the_plot_is_an_svg() {
    let dir = std::env::temp_dir().join(format!("gilpy-bench-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let svg = dir.join("sweep.svg");
    let out = Command::new(env!("CARGO_BIN_EXE_gilpy"))
        .args([
            "bench",
            &counter(),
            "--runs",
            "2",
            "--check-intervals",
            "1,1000",
        ])
        .args([
            "--switch-intervals",
            "5ms",
            "--expect",
            "400000",
            "--json",
            "--plot",
        ])
        .arg(&svg)
        .output()
        .expect("runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let rows = rows.as_array().expect("a list of rows");
    assert_eq!(rows.len(), 3);
    for r in rows {
        assert_eq!(r["runs"], 2);
        let outputs = r["outputs"].as_object().expect("outputs");
        let seen: u64 = outputs.values().map(|n| n.as_u64().unwrap_or(0)).sum();
        assert_eq!(seen, 2, "{r}");
        assert!(r["median_wall_s"].as_f64().unwrap_or(0.0) > 0.0);
        assert!(r["median_lost"].as_f64().is_some(), "{r}");
    }
    // Check interval 1 hands off more often than 1000 (the sweep measures something).
    // Counted per run, not per second: a busy machine stretches the wall time.
    let count = |i: usize| rows[i]["median_handoffs"].as_f64().unwrap_or(0.0);
    assert!(count(0) > count(1), "{} vs {}", count(0), count(1));
    assert!(rows[0]["handoffs_per_s"].as_f64().is_some());
    let text = std::fs::read_to_string(&svg).expect("plot written");
    assert!(text.starts_with("<svg"), "{}", &text[..text.len().min(80)]);
    assert!(text.contains("median wall time"));
}

#[test]
fn the_table_names_each_setting() {
    let out = Command::new(env!("CARGO_BIN_EXE_gilpy"))
        .args([
            "bench",
            &counter(),
            "--runs",
            "1",
            "--check-intervals",
            "100",
        ])
        .args(["--threads", "2"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("setting"), "{text}");
    assert!(text.contains("check 100"), "{text}");
}
