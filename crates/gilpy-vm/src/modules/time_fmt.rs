//! `time.gmtime`, `time.localtime`, `time.mktime`, `time.strftime` and `struct_time`.
//! gilpy reads no time-zone database: local time is UTC (as CPython shows it with
//! `TZ=UTC`).

use crate::builtins::{Args, NativeDef};
use crate::object::{InstanceObj, Object, Payload};
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

pub const FUNCTIONS: &[NativeDef] = &[
    NativeDef::new("gmtime", gmtime),
    NativeDef::new("localtime", gmtime),
    NativeDef::new("mktime", mktime),
    NativeDef::new("strftime", strftime),
    NativeDef::new("asctime", asctime),
    NativeDef::new("ctime", ctime),
    NativeDef::new("strptime", strptime),
];

const FIELDS: [&str; 9] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];

const STRUCT_METHODS: &[NativeDef] = &[
    NativeDef::new("__getitem__", st_getitem),
    NativeDef::new("__len__", st_len),
    NativeDef::new("__iter__", st_iter),
    NativeDef::new("__repr__", st_repr),
    NativeDef::new("__eq__", st_eq),
];

/// Adds `struct_time` and the functions to `time`.
pub fn install(vm: &mut Vm<'_>, m: ObjRef) {
    vm.module_add_functions(m, FUNCTIONS);
    let cls = vm.new_class("struct_time", Some(vm.st.types.object), Some(st_new), true);
    vm.add_methods(cls, STRUCT_METHODS);
    vm.module_set(m, "struct_time", Value::Obj(cls));
    let tz = vm.new_str("UTC");
    let names = vm.new_tuple(vec![tz, tz]);
    vm.module_set(m, "tzname", names);
    vm.module_set(m, "timezone", Value::Int(0));
    vm.module_set(m, "altzone", Value::Int(0));
    vm.module_set(m, "daylight", Value::Int(0));
}

/// Days since 1970-01-01 → (year, month, day) (proleptic Gregorian).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The nine fields for `secs` since the epoch (UTC).
fn fields(secs: i64) -> [i64; 9] {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, mo, d) = civil_from_days(days);
    let wday = (days + 3).rem_euclid(7); // 1970-01-01 was a Thursday (Monday is 0)
    let yday = days - days_from_civil(y, 1, 1) + 1;
    [
        y,
        mo,
        d,
        rem / 3600,
        rem % 3600 / 60,
        rem % 60,
        wday,
        yday,
        0,
    ]
}

fn new_struct(vm: &mut Vm<'_>, f: [i64; 9]) -> PyResult<Value> {
    let time = vm.intern("time");
    let cls_name = vm.intern("struct_time");
    let cls = vm
        .st
        .modules
        .get(&time)
        .and_then(|m| match vm.st.heap.get(*m) {
            Object::Module(m) => m.attrs.get(&cls_name).and_then(|v| v.as_obj()),
            _ => None,
        });
    let Some(cls) = cls else {
        return Err(vm.runtime_error("time is not initialised"));
    };
    let attrs = FIELDS
        .iter()
        .zip(f)
        .map(|(n, v)| (vm.intern(n), Value::Int(v)))
        .collect();
    Ok(vm.alloc(Object::Instance(Box::new(InstanceObj {
        class: cls,
        attrs,
        payload: Payload::None,
    }))))
}

/// The nine fields of a `struct_time` or a 9-tuple.
fn fields_of(vm: &mut Vm<'_>, v: Value, fname: &str) -> PyResult<[i64; 9]> {
    let items: Vec<Value> = match vm.obj(v) {
        Some(Object::Tuple(t)) => t.to_vec(),
        Some(Object::Instance(i)) => FIELDS
            .iter()
            .filter_map(|n| vm.st.names.lookup(n).and_then(|id| i.get_attr(id)))
            .collect(),
        _ => return Err(vm.type_error("Tuple or struct_time argument required")),
    };
    if items.len() != 9 {
        return Err(vm.type_error(format!("{fname}(): illegal time tuple argument")));
    }
    let mut out = [0i64; 9];
    for (o, v) in out.iter_mut().zip(items) {
        *o = match v {
            Value::Int(i) => i,
            Value::Bool(b) => b as i64,
            _ => return Err(vm.type_error("an integer is required")),
        };
    }
    Ok(out)
}

fn now_secs(vm: &mut Vm<'_>) -> f64 {
    if let Some(t) = vm.st.sched.wall_clock() {
        return t;
    }
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

/// `time.gmtime([secs])` (and `localtime`, local time being UTC).
fn gmtime(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "gmtime", 0, 1)?;
    let secs = match args.get(0) {
        None | Some(Value::None) => now_secs(vm),
        Some(v) => crate::modules::time::seconds_arg(vm, v, "gmtime")?,
    };
    if !secs.is_finite() || secs.abs() > 1e15 {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    new_struct(vm, fields(secs.floor() as i64))
}

/// `time.mktime(t)`: seconds since the epoch (as a float) for a UTC time tuple.
fn mktime(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "mktime", 1, 1)?;
    let f = fields_of(vm, args.pos[0], "mktime")?;
    let days = days_from_civil(f[0], f[1], f[2]);
    Ok(Value::Float(
        (days * 86_400 + f[3] * 3600 + f[4] * 60 + f[5]) as f64,
    ))
}

const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `time.strftime(format[, t])`
fn strftime(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "strftime", 1, 2)?;
    let Some(fmt) = vm.as_str(args.pos[0]).map(str::to_string) else {
        let t = vm.type_name(args.pos[0]);
        return Err(vm.type_error(format!("strftime() argument 1 must be str, not {t}")));
    };
    let f = match args.get(1) {
        Some(v) => fields_of(vm, v, "strftime")?,
        None => {
            let s = now_secs(vm);
            fields(s.floor() as i64)
        }
    };
    if !(1..=12).contains(&f[1]) {
        return Err(vm.value_error("month out of range"));
    }
    if !(0..=6).contains(&f[6].rem_euclid(7)) || f[2] < 0 || f[2] > 31 {
        return Err(vm.value_error("day of month out of range"));
    }
    Ok(vm.new_string(format_time(&fmt, &f)))
}

fn format_time(fmt: &str, f: &[i64; 9]) -> String {
    let [y, mo, d, h, mi, s, wd, yd, _] = *f;
    let wd = wd.rem_euclid(7) as usize;
    let mon = (mo - 1).clamp(0, 11) as usize;
    let h12 = if h % 12 == 0 { 12 } else { h % 12 };
    let mut out = String::new();
    let mut chars = fmt.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(k) = chars.next() else {
            out.push('%');
            break;
        };
        let piece = match k {
            'Y' => y.to_string(),
            'y' => format!("{:02}", y.rem_euclid(100)),
            'C' => format!("{:02}", y.div_euclid(100)),
            'm' => format!("{mo:02}"),
            'd' => format!("{d:02}"),
            'e' => format!("{d:2}"),
            'H' => format!("{h:02}"),
            'I' => format!("{h12:02}"),
            'M' => format!("{mi:02}"),
            'S' => format!("{s:02}"),
            'p' => (if h < 12 { "AM" } else { "PM" }).to_string(),
            'j' => format!("{yd:03}"),
            // Week of the year, weeks starting on Sunday (%U) or Monday (%W).
            'U' => format!("{:02}", (yd - 1 + 7 - (wd as i64 + 1) % 7) / 7),
            'W' => format!("{:02}", (yd - 1 + 7 - wd as i64) / 7),
            'a' => DAYS[wd][..3].to_string(),
            'A' => DAYS[wd].to_string(),
            'w' => ((wd + 1) % 7).to_string(),
            'u' => (wd + 1).to_string(),
            'b' | 'h' => MONTHS[mon][..3].to_string(),
            'B' => MONTHS[mon].to_string(),
            'Z' => "UTC".to_string(),
            'z' => "+0000".to_string(),
            'c' => format!(
                "{} {} {d:2} {h:02}:{mi:02}:{s:02} {y}",
                &DAYS[wd][..3],
                &MONTHS[mon][..3]
            ),
            'x' => format!("{mo:02}/{d:02}/{:02}", y.rem_euclid(100)),
            'X' | 'T' => format!("{h:02}:{mi:02}:{s:02}"),
            'D' => format!("{mo:02}/{d:02}/{:02}", y.rem_euclid(100)),
            'F' => format!("{y}-{mo:02}-{d:02}"),
            'R' => format!("{h:02}:{mi:02}"),
            'n' => "\n".to_string(),
            't' => "\t".to_string(),
            '%' => "%".to_string(),
            other => format!("%{other}"),
        };
        out.push_str(&piece);
    }
    out
}

fn this_fields(vm: &mut Vm<'_>, v: Value) -> PyResult<[i64; 9]> {
    fields_of(vm, v, "struct_time")
}

fn st_getitem(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__getitem__", 2, 2)?;
    let f = this_fields(vm, args.pos[0])?;
    let items: Vec<Value> = f.iter().map(|v| Value::Int(*v)).collect();
    let t = vm.new_tuple(items);
    crate::ops::subscr::get_item(vm, t, args.pos[1])
}

fn st_len(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__len__", 1, 1)?;
    Ok(Value::Int(9))
}

fn st_iter(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__iter__", 1, 1)?;
    let f = this_fields(vm, args.pos[0])?;
    let items: Vec<Value> = f.iter().map(|v| Value::Int(*v)).collect();
    let t = vm.new_tuple(items);
    crate::ops::iter::get_iter(vm, t)
}

fn st_repr(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__repr__", 1, 1)?;
    let f = this_fields(vm, args.pos[0])?;
    let body: Vec<String> = FIELDS
        .iter()
        .zip(f)
        .map(|(n, v)| format!("{n}={v}"))
        .collect();
    Ok(vm.new_string(format!("time.struct_time({})", body.join(", "))))
}

fn st_eq(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__eq__", 2, 2)?;
    let a = this_fields(vm, args.pos[0])?;
    match fields_of(vm, args.pos[1], "struct_time") {
        Ok(b) => Ok(Value::Bool(a == b)),
        Err(_) => Ok(vm.st.not_implemented),
    }
}

/// `Thu Jan  1 00:00:00 1970`, the form of `asctime` and `ctime`.
fn asc(f: &[i64; 9]) -> String {
    let day = DAYS[f[6].rem_euclid(7) as usize];
    let month = MONTHS[(f[1] - 1).clamp(0, 11) as usize];
    format!(
        "{} {} {:2} {:02}:{:02}:{:02} {}",
        &day[..3],
        &month[..3],
        f[2],
        f[3],
        f[4],
        f[5],
        f[0]
    )
}

/// `time.asctime([t])`
fn asctime(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "asctime", 0, 1)?;
    let f = match args.get(0) {
        Some(v) => fields_of(vm, v, "asctime")?,
        None => {
            let s = now_secs(vm);
            fields(s.floor() as i64)
        }
    };
    Ok(vm.new_string(asc(&f)))
}

/// `time.ctime([secs])`
fn ctime(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "ctime", 0, 1)?;
    let secs = match args.get(0) {
        None | Some(Value::None) => now_secs(vm),
        Some(v) => crate::modules::time::seconds_arg(vm, v, "ctime")?,
    };
    if !secs.is_finite() || secs.abs() > 1e15 {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(vm.new_string(asc(&fields(secs.floor() as i64))))
}

/// `struct_time(seq)`: the nine fields from a 9-item sequence (as CPython's).
fn st_new(vm: &mut Vm<'_>, cls: ObjRef, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "struct_time", 1, 1)?;
    let items = crate::ops::iter::collect(vm, args.pos[0])?;
    if items.len() != 9 {
        return Err(vm.type_error(format!(
            "time.struct_time() takes a 9-sequence ({}-sequence given)",
            items.len()
        )));
    }
    let attrs = FIELDS
        .iter()
        .zip(items)
        .map(|(n, v)| (vm.intern(n), v))
        .collect();
    Ok(vm.alloc(Object::Instance(Box::new(InstanceObj {
        class: cls,
        attrs,
        payload: Payload::None,
    }))))
}

/// `strptime(string, format="%a %b %d %H:%M:%S %Y")`: parsed by `datetime`'s
/// pure-Python parser (same codes and error messages), as a `struct_time` with
/// `tm_isdst` -1, as CPython's.
fn strptime(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "strptime", 1, 2)?;
    let fmt = match args.pos.get(1) {
        Some(f) => *f,
        None => vm.new_str("%a %b %d %H:%M:%S %Y"),
    };
    let m = crate::modules::import::import_name(vm, "datetime")?;
    let cls_name = vm.intern("datetime");
    let cls = crate::ops::attr::get_attr(vm, m, cls_name)?;
    let parse = vm.intern("strptime");
    let parse = crate::ops::attr::get_attr(vm, cls, parse)?;
    let dt = vm.call(parse, &[args.pos[0], fmt])?;
    let tt = vm.intern("timetuple");
    let tt = crate::ops::attr::get_attr(vm, dt, tt)?;
    let st = vm.call(tt, &[])?;
    let mut f = fields_of(vm, st, "strptime")?;
    f[8] = -1;
    new_struct(vm, f)
}
