//! A test importer serving the tiny fake standard packages of `testdata/std/<path>/*.go`.
use std::collections::HashMap;
use std::path::Path;

use minigo_types::Importer;

pub struct TestStd(HashMap<String, String>);

impl TestStd {
    pub fn load() -> TestStd {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/std");
        let mut pkgs = HashMap::new();
        for ent in std::fs::read_dir(&root).expect("testdata/std") {
            let dir = ent.expect("entry").path();
            let name = dir.file_name().unwrap().to_string_lossy().to_string();
            let file = dir.join(format!("{name}.go"));
            pkgs.insert(name, std::fs::read_to_string(file).expect("package source"));
        }
        TestStd(pkgs)
    }
}

impl Importer for TestStd {
    fn source(&self, path: &str) -> Option<&str> {
        self.0.get(path).map(|s| s.as_str())
    }
}
