//! Snapshots of the bytecode of small functions (`minigo run --disasm`): they pin down
//! the typed instruction selection (`AddInt` vs `AddFloat` vs `Concat`, narrow-integer
//! `Wrap`, fused loop branches, closures capturing cells, `ReturnResults` with defers).

fn disasm_of(src: &str) -> String {
    let program = minigo_types::check("prog.go", src, &minigo_stdlib::StdImporter).expect("checks");
    let module = minigo_vm::compile(&program, &minigo_stdlib::natives()).expect("compiles");
    minigo_vm::disasm(&module)
}

#[test]
fn typed_arithmetic() {
    insta::assert_snapshot!(disasm_of(
        "package main

func ops(a, b int, x, y float64, s, t string, u uint8) (int, float64, string, uint8, bool) {
	return a*b + a/b, x*y - x, s + t, u + 200, a < b && s < t
}

func main() {
	ops(1, 2, 3, 4, \"a\", \"b\", 5)
}
"
    ));
}

#[test]
fn loops_and_closures() {
    insta::assert_snapshot!(disasm_of(
        "package main

func sum(xs []int) int {
	total := 0
	for i := 0; i < len(xs); i++ {
		total += xs[i]
	}
	return total
}

func adders() []func() int {
	var fs []func() int
	for i := range 3 {
		fs = append(fs, func() int { return i })
	}
	return fs
}

func main() {
	sum(nil)
	adders()
}
"
    ));
}

#[test]
fn defer_and_named_results() {
    insta::assert_snapshot!(disasm_of(
        "package main

func safe(n int) (r int) {
	defer func() {
		if recover() != nil {
			r = -1
		}
	}()
	return 10 / n
}

func main() {
	safe(0)
}
"
    ));
}
