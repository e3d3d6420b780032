//! Developer tool: type-checks a Go file with no standard library (or with the packages
//! of a directory given as second argument: `<dir>/<path>/*.go` concatenated) and prints
//! the diagnostics as `go build` does. Used to compare against real Go while developing.
use std::collections::HashMap;

use minigo_types::{check, Importer};

struct DirImporter(HashMap<String, String>);

impl Importer for DirImporter {
    fn source(&self, path: &str) -> Option<&str> {
        self.0.get(path).map(|s| s.as_str())
    }
}

fn load(dir: &std::path::Path, prefix: &str, out: &mut HashMap<String, String>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    let mut src = String::new();
    for ent in rd.flatten() {
        let p = ent.path();
        let name = ent.file_name().to_string_lossy().to_string();
        if p.is_dir() {
            let sub = if prefix.is_empty() { name } else { format!("{prefix}/{name}") };
            load(&p, &sub, out);
        } else if name.ends_with(".go") && !name.ends_with("_test.go") {
            let text = std::fs::read_to_string(&p).unwrap_or_default();
            if src.is_empty() {
                src = text;
            } else {
                // Later files: drop their package clause (one source per package).
                let body = text.split_once('\n').map(|(_, b)| b).unwrap_or("");
                src.push('\n');
                src.push_str(body);
            }
        }
    }
    if !src.is_empty() && !prefix.is_empty() {
        out.insert(prefix.to_string(), src);
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: tcheck prog.go [stdlib-dir]");
        std::process::exit(2);
    };
    let src = std::fs::read_to_string(path).expect("read");
    let mut pkgs = HashMap::new();
    if let Some(dir) = args.get(2) {
        load(std::path::Path::new(dir), "", &mut pkgs);
    }
    let shown = format!("./{}", std::path::Path::new(path).file_name().map(|f| f.to_string_lossy().to_string()).unwrap_or_default());
    match check(&shown, &src, &DirImporter(pkgs)) {
        Ok(p) => {
            if args.iter().any(|a| a == "-v") {
                println!("ok: {} files, {} typed nodes", p.files.len(), p.info.types.len());
            }
        }
        Err(ds) => {
            println!("# command-line-arguments");
            for d in ds {
                println!("{d}");
            }
            std::process::exit(1);
        }
    }
}
