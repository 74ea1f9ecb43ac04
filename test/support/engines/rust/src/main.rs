// Answers whether values satisfy a field's rule as Rust's `regex` crate or PCRE2 reads the bundled
// pattern, plus the length bounds counted in code points as JSON Schema counts them. Same line
// protocol as pattern_matcher.py: rules, a blank line, then "ruleIndex<TAB>base64(UTF-8 value)"
// per request; per request on stdout, one "1" or "0" per form named in the arguments, then a
// newline.
//
// The arguments name the engine and how it is applied (one process answers every form named):
//   regex          Regex::new(pattern).is_match(value), as pydantic-core and Rust validators do
//   pcre2-endonly  PCRE2_DOLLAR_ENDONLY at compile time, PCRE2_ANCHORED at match time (PHP's /D)
//   pcre2-z        the pattern wrapped as (?:pattern)\z
//   pcre2          PCRE2's defaults (a search in which $ also matches before a final newline)
// Every PCRE2 form compiles with PCRE2_UTF, so classes and lengths see code points, not bytes.
use std::io::{self, BufRead, BufReader, Write};
use std::ptr;

use pcre2_sys::*;

enum Matcher {
    Regex(regex::Regex),
    Pcre2 { code: *mut pcre2_code_8, data: *mut pcre2_match_data_8, options: u32 },
}

impl Matcher {
    fn new(mode: &str, pattern: &str) -> Result<Matcher, String> {
        let (source, compile, matching) = match mode {
            "regex" => return regex::Regex::new(pattern).map(Matcher::Regex).map_err(|e| e.to_string()),
            "pcre2-endonly" => (pattern.to_string(), PCRE2_DOLLAR_ENDONLY, PCRE2_ANCHORED),
            "pcre2-z" => (format!("(?:{pattern})\\z"), 0, 0),
            "pcre2" => (pattern.to_string(), 0, 0),
            other => return Err(format!("unknown mode {other}")),
        };
        let mut error = 0;
        let mut offset = 0;
        // SAFETY: the pattern pointer and length describe a live byte slice; PCRE2 copies what it keeps.
        let code = unsafe {
            pcre2_compile_8(source.as_ptr(), source.len(), PCRE2_UTF | compile, &mut error, &mut offset, ptr::null_mut())
        };
        if code.is_null() {
            let mut message = [0u8; 256];
            // SAFETY: the buffer is writable for its whole length.
            let n = unsafe { pcre2_get_error_message_8(error, message.as_mut_ptr(), message.len()) };
            let text = String::from_utf8_lossy(&message[..n.max(0) as usize]).into_owned();
            return Err(format!("PCRE2 refused {source:?} at offset {offset}: {text}"));
        }
        // SAFETY: code is a valid compiled pattern; both live as long as the process.
        let data = unsafe { pcre2_match_data_create_from_pattern_8(code, ptr::null_mut()) };
        Ok(Matcher::Pcre2 { code, data, options: matching })
    }

    fn is_match(&self, value: &str) -> bool {
        match self {
            Matcher::Regex(re) => re.is_match(value),
            Matcher::Pcre2 { code, data, options } => {
                // SAFETY: value is valid UTF-8 (checked by PCRE2 too), code and data are live.
                let rc = unsafe { pcre2_match_8(*code, value.as_ptr(), value.len(), 0, *options, *data, ptr::null_mut()) };
                if rc < 0 && rc != PCRE2_ERROR_NOMATCH {
                    panic!("pcre2_match failed with code {rc}");
                }
                rc >= 0
            }
        }
    }
}

fn base64(text: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => panic!("not base64: {c}"),
    };
    let digits: Vec<u8> = text.bytes().filter(|&c| c != b'=').map(value).collect();
    let mut out = Vec::with_capacity(digits.len() * 3 / 4);
    for chunk in digits.chunks(4) {
        let bits = chunk.iter().enumerate().fold(0u32, |acc, (i, &d)| acc | (u32::from(d) << (18 - 6 * i)));
        out.extend_from_slice(&bits.to_be_bytes()[1..chunk.len()]);
    }
    out
}

fn main() {
    let mut modes: Vec<String> = std::env::args().skip(1).collect();
    if modes.is_empty() {
        modes.push("regex".into());
    }
    let mut input = BufReader::new(io::stdin().lock());
    let mut out = io::stdout().lock();
    let mut rules = Vec::new();
    let mut line = String::new();
    loop {
        line.clear();
        if input.read_line(&mut line).expect("stdin") == 0 || line.trim_end_matches('\n').is_empty() {
            break;
        }
        let parts: Vec<&str> = line.trim_end_matches('\n').split('\t').collect();
        let pattern = String::from_utf8(base64(parts[0])).expect("pattern is UTF-8");
        let matchers: Vec<Matcher> = modes
            .iter()
            .map(|mode| {
                Matcher::new(mode, &pattern).unwrap_or_else(|e| {
                    eprintln!("{e}");
                    std::process::exit(2);
                })
            })
            .collect();
        rules.push((matchers, parts[1].parse::<usize>().unwrap(), parts[2].parse::<usize>().unwrap()));
    }
    loop {
        line.clear();
        if input.read_line(&mut line).expect("stdin") == 0 {
            break;
        }
        let (index, encoded) = line.trim_end_matches('\n').split_once('\t').expect("index<TAB>value");
        let (matchers, min, max) = &rules[index.parse::<usize>().unwrap()];
        let value = String::from_utf8(base64(encoded)).expect("value is UTF-8");
        let length = value.chars().count();
        let in_bounds = *min <= length && length <= *max;
        let mut answer: Vec<u8> = matchers
            .iter()
            .map(|m| if in_bounds && m.is_match(&value) { b'1' } else { b'0' })
            .collect();
        answer.push(b'\n');
        out.write_all(&answer).unwrap();
        // Answer at once when nothing more is waiting, so a single question never stalls.
        if input.buffer().is_empty() {
            out.flush().unwrap();
        }
    }
    out.flush().unwrap();
}
