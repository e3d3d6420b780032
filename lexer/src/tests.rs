//! Lexer tests: token kinds, semicolon insertion, literal forms, body braces, errors.

use super::*;
use TokenKind::*;

fn kinds(src: &str) -> Vec<TokenKind> {
    let (toks, errs) = tokenize(src);
    assert!(errs.is_empty(), "unexpected errors for {src:?}: {errs:?}");
    toks.iter().map(|t| t.kind).collect()
}

fn texts(src: &str) -> Vec<&str> {
    let (toks, _) = tokenize(src);
    toks.iter()
        .map(|t| &src[t.lo as usize..t.hi as usize])
        .collect()
}

fn errors(src: &str) -> Vec<(u32, std::string::String)> {
    tokenize(src)
        .1
        .into_iter()
        .map(|e| (e.offset, e.msg))
        .collect()
}

const NL: TokenKind = Semi(SemiKind::Newline);
const EOF: TokenKind = Semi(SemiKind::Eof);

#[test]
fn semicolons_after_statement_enders() {
    assert_eq!(kinds("x\n"), [Ident, NL]);
    assert_eq!(kinds("x"), [Ident, EOF]);
    assert_eq!(
        kinds("1\n'a'\n\"s\"\n`r`\n"),
        [
            Number(NumberKind::Int),
            NL,
            Rune,
            NL,
            String,
            NL,
            String,
            NL
        ]
    );
    assert_eq!(
        kinds("break\ncontinue\nfallthrough\nreturn\n"),
        [Break, NL, Continue, NL, Fallthrough, NL, Return, NL]
    );
    assert_eq!(kinds("x++\ny--\n"), [Ident, Inc, NL, Ident, Dec, NL]);
    assert_eq!(
        kinds("f()\na[0]\n}\n"),
        [
            Ident,
            LParen,
            RParen,
            NL,
            Ident,
            LBrack,
            Number(NumberKind::Int),
            RBrack,
            NL,
            RBrace,
            NL
        ]
    );
}

#[test]
fn no_semicolon_after_other_tokens() {
    assert_eq!(kinds("x +\ny"), [Ident, Add, Ident, EOF]);
    assert_eq!(kinds("f(\n"), [Ident, LParen]);
    assert_eq!(kinds("if\n"), [If]);
    assert_eq!(kinds("x,\n"), [Ident, Comma]);
    assert_eq!(kinds("\n\n"), []);
}

#[test]
fn comments_and_semicolons() {
    assert_eq!(kinds("x // c\ny"), [Ident, NL, Ident, EOF]);
    assert_eq!(kinds("x /* c */ y"), [Ident, Ident, EOF]);
    assert_eq!(kinds("x /* a\nb */ y"), [Ident, NL, Ident, EOF]);
    assert_eq!(kinds("x // c"), [Ident, EOF]);
    assert_eq!(kinds("/* only */"), []);
    // The inserted semicolon is positioned at the newline.
    let (toks, _) = tokenize("x\n");
    assert_eq!((toks[1].lo, toks[1].hi), (1, 2));
    assert_eq!(texts("a;b"), ["a", ";", "b", ""]);
}

#[test]
fn keywords_operators_identifiers() {
    assert_eq!(
        kinds("func chan map struct interface select"),
        [Func, Chan, Map, Struct, Interface, Select]
    );
    assert_eq!(
        kinds("+= -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == != <= >= := ... ~"),
        [
            AddAssign,
            SubAssign,
            MulAssign,
            QuoAssign,
            RemAssign,
            AndAssign,
            OrAssign,
            XorAssign,
            ShlAssign,
            ShrAssign,
            AndNotAssign,
            LAnd,
            LOr,
            Arrow,
            Inc,
            Dec,
            Eql,
            Neq,
            Leq,
            Geq,
            Define,
            Ellipsis,
            Tilde
        ]
    );
    assert_eq!(kinds("a&^b"), [Ident, AndNot, Ident, EOF]);
    assert_eq!(kinds("x<-y"), [Ident, Arrow, Ident, EOF]);
    assert_eq!(
        texts("héllo 世界 _x9 x٣"),
        ["héllo", "世界", "_x9", "x٣", ""]
    );
    assert_eq!(kinds("ifx forx"), [Ident, Ident, EOF]);
}

#[test]
fn number_literals() {
    use NumberKind::*;
    let cases = [
        ("42", Int),
        ("4_2", Int),
        ("0600", Int),
        ("0_600", Int),
        ("0o600", Int),
        ("0O600", Int),
        ("0xBadFace", Int),
        ("0xBad_Face", Int),
        ("0x_67_7a_2f_cc_40_c6", Int),
        ("0b1011", Int),
        ("170141183460469231731687303715884105727", Int),
        ("0.", Float),
        ("72.40", Float),
        ("072.40", Float),
        ("2.71828", Float),
        ("1.e+0", Float),
        ("6.67428e-11", Float),
        ("1E6", Float),
        (".25", Float),
        (".12345E+5", Float),
        ("1_5.", Float),
        ("0.15e+0_2", Float),
        ("0x1p-2", Float),
        ("0x2.p10", Float),
        ("0x1.Fp+0", Float),
        ("0X.8p-0", Float),
        ("0X_1FFFP-16", Float),
        ("0i", Imag),
        ("0123i", Imag),
        ("0o123i", Imag),
        ("0xabci", Imag),
        ("0.i", Imag),
        ("2.71828i", Imag),
        ("1.e+0i", Imag),
        ("6.67428e-11i", Imag),
        ("1E6i", Imag),
        (".25i", Imag),
        (".12345E+5i", Imag),
        ("0x1p-2i", Imag),
        ("089.5", Float),
    ];
    for (src, kind) in cases {
        assert_eq!(kinds(src), [Number(kind), EOF], "{src}");
        assert_eq!(texts(src)[0], src);
    }
    assert_eq!(kinds("x.5"), [Ident, Number(Float), EOF]);
    assert_eq!(kinds("1..2"), [Number(Float), Number(Float), EOF]);
}

#[test]
fn number_errors() {
    assert_eq!(
        errors("0x"),
        [(2, "hexadecimal literal has no digits".to_string())]
    );
    assert_eq!(
        errors("089"),
        [(1, "invalid digit '8' in octal literal".to_string())]
    );
    assert_eq!(
        errors("0b102"),
        [(4, "invalid digit '2' in binary literal".to_string())]
    );
    assert_eq!(
        errors("1__0"),
        [(2, "'_' must separate successive digits".to_string())]
    );
    assert_eq!(
        errors("1_"),
        [(1, "'_' must separate successive digits".to_string())]
    );
    assert_eq!(
        errors("0x_1.0"),
        [(
            6,
            "hexadecimal mantissa requires a 'p' exponent".to_string()
        )]
    );
    assert_eq!(
        errors("0b1.0"),
        [(3, "invalid radix point in binary literal".to_string())]
    );
    assert_eq!(errors("1e"), [(2, "exponent has no digits".to_string())]);
    assert_eq!(errors("0x1e+2"), []);
    assert_eq!(
        errors("0o1e2"),
        [(3, "'e' exponent requires decimal mantissa".to_string())]
    );
    assert_eq!(
        errors("1p2"),
        [(1, "'p' exponent requires hexadecimal mantissa".to_string())]
    );
}

#[test]
fn rune_and_string_literals() {
    for src in [
        r"'a'",
        r"'ä'",
        r"'本'",
        r"'\t'",
        r"'\000'",
        r"'\007'",
        r"'\377'",
        r"'\x07'",
        r"'\xff'",
        r"'\u12e4'",
        r"'\U00101234'",
        r"'\''",
        r"'\a'",
        r"'\b'",
        r"'\f'",
        r"'\n'",
        r"'\r'",
        r"'\v'",
        r"'\\'",
    ] {
        assert_eq!(kinds(src), [Rune, EOF], "{src}");
    }
    for src in [
        r#""""#,
        r#""Hello, world!\n""#,
        r#""日本語""#,
        r#""\u65e5本\U00008a9e""#,
        r#""\xff\u00FF""#,
        r#""\"\\\a\b\f\n\r\t\v\101""#,
        "`abc`",
        "`\\n\n\\n`",
        "`a\r\nb`",
    ] {
        assert_eq!(kinds(src), [String, EOF], "{src}");
        assert_eq!(texts(src)[0], src);
    }
}

#[test]
fn rune_and_string_errors() {
    assert_eq!(
        errors("'ab'"),
        [(0, "more than one character in rune literal".to_string())]
    );
    assert_eq!(
        errors("''"),
        [(1, "empty rune literal or unescaped '".to_string())]
    );
    assert_eq!(
        errors("'a"),
        [(0, "rune literal not terminated".to_string())]
    );
    assert_eq!(errors("'a\n"), [(2, "newline in rune literal".to_string())]);
    assert_eq!(errors(r"'\q'"), [(2, "unknown escape".to_string())]);
    assert_eq!(
        errors("'\\400'"),
        [(5, "octal escape value 256 > 255".to_string())]
    );
    assert_eq!(
        errors(r"'\uD800'"),
        [(7, "escape is invalid Unicode code point U+D800".to_string())]
    );
    assert_eq!(
        errors(r"'\x0g'"),
        [(4, "invalid character 'g' in hexadecimal escape".to_string())]
    );
    assert_eq!(
        errors("\"ab\nc\""),
        [
            (3, "newline in string".to_string()),
            (5, "string not terminated".to_string())
        ]
    );
    assert_eq!(errors("\"ab"), [(0, "string not terminated".to_string())]);
    assert_eq!(errors(r#""\'""#), [(2, "unknown escape".to_string())]);
    assert_eq!(errors("`ab"), [(0, "string not terminated".to_string())]);
    assert_eq!(errors("/* x"), [(0, "comment not terminated".to_string())]);
}

#[test]
fn invalid_characters() {
    assert_eq!(
        errors("a @ b"),
        [(2, "invalid character U+0040 '@'".to_string())]
    );
    assert_eq!(
        errors("a $"),
        [(2, "invalid character U+0024 '$'".to_string())]
    );
    assert_eq!(errors("a\0"), [(1, "invalid NUL character".to_string())]);
    // Go drops byte order marks: silently at the start of the file.
    assert_eq!(kinds("\u{FEFF}package p"), [Package, Ident, EOF]);
    assert_eq!(
        errors("a\u{FEFF}"),
        [(1, "invalid BOM in the middle of the file".to_string())]
    );
    assert_eq!(kinds_lossy("a # b"), [Ident, Ident, EOF]);
    // Non-ASCII characters continue an identifier; Go reports those that are no letters.
    assert_eq!(
        errors("x := a⊛b"),
        [(6, "invalid character U+229B '⊛' in identifier".to_string())]
    );
    assert_eq!(kinds_lossy("a⊛b"), [Ident, EOF]);
    assert_eq!(
        errors("٣x"),
        [(
            0,
            "identifier cannot begin with digit U+0663 '٣'".to_string()
        )]
    );
}

fn kinds_lossy(src: &str) -> Vec<TokenKind> {
    tokenize(src).0.iter().map(|t| t.kind).collect()
}

fn braces(src: &str) -> Vec<TokenKind> {
    kinds(src)
        .into_iter()
        .filter(|k| matches!(k, LBrace | LBodyBrace))
        .collect()
}

#[test]
fn body_braces() {
    assert_eq!(braces("if x {}"), [LBodyBrace]);
    assert_eq!(braces("for {}"), [LBodyBrace]);
    assert_eq!(braces("switch {}"), [LBodyBrace]);
    assert_eq!(braces("if x == (T{}) {}"), [LBrace, LBodyBrace]);
    assert_eq!(braces("if x == T{} {}"), [LBodyBrace, LBrace]);
    assert_eq!(
        braces("for _, v := range []int{1, 2} {}"),
        [LBrace, LBodyBrace]
    );
    assert_eq!(
        braces("for k := range map[string]int{} {}"),
        [LBrace, LBodyBrace]
    );
    assert_eq!(
        braces("if v := struct{ a int }{1}; v.a > 0 {}"),
        [LBrace, LBrace, LBodyBrace]
    );
    assert_eq!(braces("for _, b := range []byte(s) {}"), [LBodyBrace]);
    assert_eq!(
        braces("if f := func() bool { return true }; f() {}"),
        [LBrace, LBodyBrace]
    );
    assert_eq!(
        braces("if func() bool { if x { }; return y }() {}"),
        [LBrace, LBodyBrace, LBodyBrace]
    );
    assert_eq!(
        braces("switch x := y.(type) { case T: if a { } }"),
        [LBodyBrace, LBodyBrace]
    );
    assert_eq!(
        braces("for i := 0; i < len(a[i:]); i++ { f(T{}) }"),
        [LBodyBrace, LBrace]
    );
    assert_eq!(braces("if x { } else { }"), [LBodyBrace, LBrace]);
    assert_eq!(braces("f(T{}); g(func() {})"), [LBrace, LBrace]);
    assert_eq!(
        braces("for _, f := range []func(){ f0, f1 } {}"),
        [LBrace, LBodyBrace]
    );
    assert_eq!(
        braces("for k, f := range map[*bool]func(){} { if x {} }"),
        [LBrace, LBodyBrace, LBodyBrace]
    );
}
