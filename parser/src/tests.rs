//! Parser tests.

use super::*;

#[test]
fn parses_hello() {
    let f = parse_file("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hi\")\n}\n", 0, 0).unwrap();
    assert_eq!(f.package.name, "main");
    assert_eq!(f.imports[0].path, "fmt");
}
