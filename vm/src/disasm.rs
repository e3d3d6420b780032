//! A readable listing of a compiled module for `minigo run --disasm`: each function with
//! its registers and constants, then one instruction per line with its pc and source line.

use std::fmt::Write;

use crate::bytecode::{Func, Module};

/// The listing of every function of `module`, standard-library functions last.
pub fn disasm(module: &Module) -> String {
    let mut out = String::new();
    let mut order: Vec<usize> = (0..module.funcs.len()).collect();
    // User code first: `main.` functions, then the rest in index order.
    order.sort_by_key(|&i| (!module.funcs[i].name.starts_with("main."), i));
    for i in order {
        disasm_func(module, i, &mut out);
    }
    out
}

/// The listing of one function.
pub fn disasm_func(module: &Module, index: usize, out: &mut String) {
    let f: &Func = &module.funcs[index];
    let path = module.files.get(f.file as usize).map(|s| s.name.as_str()).unwrap_or("?");
    let file = path.rsplit('/').next().unwrap_or(path);
    let _ = writeln!(out, "func {} (#{index}) params={} results={} regs={}  {file}", f.name, f.nparams, f.nresults, f.nregs);
    for (k, c) in f.consts.iter().enumerate() {
        let _ = writeln!(out, "  const k{k} = {c:?}");
    }
    for (pc, ins) in f.code.iter().enumerate() {
        let line = f.lines.get(pc).copied().unwrap_or(0);
        let _ = writeln!(out, "  {pc:4}  line {line:<4} {ins:?}");
    }
    out.push('\n');
}
