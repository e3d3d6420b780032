//! Compiles `src/grammar.lalrpop` into the parser tables.
fn main() {
    lalrpop::process_src().expect("grammar.lalrpop must compile without conflicts");
}
