//! Go's tokens (the spec's "Tokens" section) as a logos enum, plus the trivia the raw scan
//! produces (newlines, comments) that [`crate::tokenize`] turns into inserted semicolons.

use logos::Logos;

use crate::scan;

/// Where a semicolon came from; Go names an inserted one `newline` or `EOF` in its errors.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SemiKind {
    /// Written `;` in the source.
    Explicit,
    /// Inserted at a newline (or a block comment spanning lines).
    Newline,
    /// Inserted at the end of the file.
    Eof,
}

/// The kind of a numeric literal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NumberKind {
    Int,
    Float,
    Imag,
}

#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[logos(extras = Vec<crate::LexError>)]
#[logos(skip r"[ \t\r]+")]
pub enum TokenKind {
    // Trivia: produced by the raw scan, never present in `tokenize`'s output.
    #[token("\n")]
    Newline,
    /// A comment; `true` when it spans a newline (a block comment over several lines, or
    /// a line comment, which ends at one).
    #[regex(r"//[^\n]*", |_| false)]
    #[token("/*", scan::block_comment)]
    Comment(bool),

    /// Any non-ASCII character continues an identifier, as in Go's scanner, which then
    /// reports those that are not letters or digits.
    #[regex(
        r"[a-zA-Z_\x{80}-\x{10FFFF}][a-zA-Z0-9_\x{80}-\x{10FFFF}]*",
        scan::identifier
    )]
    Ident,
    #[regex(r"[0-9]", |lex| scan::number(lex, false))]
    #[regex(r"\.[0-9]", |lex| scan::number(lex, true))]
    Number(NumberKind),
    #[token("'", scan::rune_lit)]
    Rune,
    #[token("\"", scan::interpreted_string)]
    #[token("`", scan::raw_string)]
    String,

    // Keywords.
    #[token("break")]
    Break,
    #[token("case")]
    Case,
    #[token("chan")]
    Chan,
    #[token("const")]
    Const,
    #[token("continue")]
    Continue,
    #[token("default")]
    Default,
    #[token("defer")]
    Defer,
    #[token("else")]
    Else,
    #[token("fallthrough")]
    Fallthrough,
    #[token("for")]
    For,
    #[token("func")]
    Func,
    #[token("go")]
    Go,
    #[token("goto")]
    Goto,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("interface")]
    Interface,
    #[token("map")]
    Map,
    #[token("package")]
    Package,
    #[token("range")]
    Range,
    #[token("return")]
    Return,
    #[token("select")]
    Select,
    #[token("struct")]
    Struct,
    #[token("switch")]
    Switch,
    #[token("type")]
    Type,
    #[token("var")]
    Var,

    // Operators and punctuation.
    #[token("+")]
    Add,
    #[token("-")]
    Sub,
    #[token("*")]
    Mul,
    #[token("/")]
    Quo,
    #[token("%")]
    Rem,
    #[token("&")]
    And,
    #[token("|")]
    Or,
    #[token("^")]
    Xor,
    #[token("<<")]
    Shl,
    #[token(">>")]
    Shr,
    #[token("&^")]
    AndNot,
    #[token("+=")]
    AddAssign,
    #[token("-=")]
    SubAssign,
    #[token("*=")]
    MulAssign,
    #[token("/=")]
    QuoAssign,
    #[token("%=")]
    RemAssign,
    #[token("&=")]
    AndAssign,
    #[token("|=")]
    OrAssign,
    #[token("^=")]
    XorAssign,
    #[token("<<=")]
    ShlAssign,
    #[token(">>=")]
    ShrAssign,
    #[token("&^=")]
    AndNotAssign,
    #[token("&&")]
    LAnd,
    #[token("||")]
    LOr,
    #[token("<-")]
    Arrow,
    #[token("++")]
    Inc,
    #[token("--")]
    Dec,
    #[token("==")]
    Eql,
    #[token("<")]
    Lss,
    #[token(">")]
    Gtr,
    #[token("=")]
    Assign,
    #[token("!")]
    Not,
    #[token("~")]
    Tilde,
    #[token("!=")]
    Neq,
    #[token("<=")]
    Leq,
    #[token(">=")]
    Geq,
    #[token(":=")]
    Define,
    #[token("...")]
    Ellipsis,
    #[token("(")]
    LParen,
    #[token("[")]
    LBrack,
    #[token("{")]
    LBrace,
    /// The `{` opening the body of an `if`, `for` or `switch` (see [`crate::tokenize`]).
    LBodyBrace,
    #[token(",")]
    Comma,
    #[token(".")]
    Period,
    #[token(")")]
    RParen,
    #[token("]")]
    RBrack,
    #[token("}")]
    RBrace,
    #[token(";", |_| SemiKind::Explicit)]
    Semi(SemiKind),
    #[token(":")]
    Colon,
}

impl TokenKind {
    /// Go's automatic semicolon rule: a newline after this token ends the statement.
    pub fn ends_statement(self) -> bool {
        use TokenKind::*;
        matches!(
            self,
            Ident
                | Number(_)
                | Rune
                | String
                | Break
                | Continue
                | Fallthrough
                | Return
                | Inc
                | Dec
                | RParen
                | RBrack
                | RBrace
        )
    }

    /// The token as Go's syntax errors name it: `name`, `literal`, a keyword, an operator,
    /// `newline`, `EOF`. Literal and name tokens need their source text; see
    /// [`crate::Token::describe`].
    pub fn spelling(self) -> &'static str {
        use TokenKind::*;
        match self {
            Newline => "newline",
            Comment(_) => "comment",
            Ident => "name",
            Number(_) | Rune | String => "literal",
            Break => "break",
            Case => "case",
            Chan => "chan",
            Const => "const",
            Continue => "continue",
            Default => "default",
            Defer => "defer",
            Else => "else",
            Fallthrough => "fallthrough",
            For => "for",
            Func => "func",
            Go => "go",
            Goto => "goto",
            If => "if",
            Import => "import",
            Interface => "interface",
            Map => "map",
            Package => "package",
            Range => "range",
            Return => "return",
            Select => "select",
            Struct => "struct",
            Switch => "switch",
            Type => "type",
            Var => "var",
            Add => "+",
            Sub => "-",
            Mul => "*",
            Quo => "/",
            Rem => "%",
            And => "&",
            Or => "|",
            Xor => "^",
            Shl => "<<",
            Shr => ">>",
            AndNot => "&^",
            AddAssign => "+=",
            SubAssign => "-=",
            MulAssign => "*=",
            QuoAssign => "/=",
            RemAssign => "%=",
            AndAssign => "&=",
            OrAssign => "|=",
            XorAssign => "^=",
            ShlAssign => "<<=",
            ShrAssign => ">>=",
            AndNotAssign => "&^=",
            LAnd => "&&",
            LOr => "||",
            Arrow => "<-",
            Inc => "++",
            Dec => "--",
            Eql => "==",
            Lss => "<",
            Gtr => ">",
            Assign => "=",
            Not => "!",
            Tilde => "~",
            Neq => "!=",
            Leq => "<=",
            Geq => ">=",
            Define => ":=",
            Ellipsis => "...",
            LParen => "(",
            LBrack => "[",
            LBrace | LBodyBrace => "{",
            Comma => "comma",
            Period => ".",
            RParen => ")",
            RBrack => "]",
            RBrace => "}",
            Semi(SemiKind::Explicit) => "semicolon",
            Semi(SemiKind::Newline) => "newline",
            Semi(SemiKind::Eof) => "EOF",
            Colon => ":",
        }
    }

    /// True for the `op=` assignment operators.
    pub fn is_assign_op(self) -> bool {
        use TokenKind::*;
        matches!(
            self,
            AddAssign
                | SubAssign
                | MulAssign
                | QuoAssign
                | RemAssign
                | AndAssign
                | OrAssign
                | XorAssign
                | ShlAssign
                | ShrAssign
                | AndNotAssign
        )
    }

    /// True for the keywords.
    pub fn is_keyword(self) -> bool {
        use TokenKind::*;
        matches!(
            self,
            Break
                | Case
                | Chan
                | Const
                | Continue
                | Default
                | Defer
                | Else
                | Fallthrough
                | For
                | Func
                | Go
                | Goto
                | If
                | Import
                | Interface
                | Map
                | Package
                | Range
                | Return
                | Select
                | Struct
                | Switch
                | Type
                | Var
        )
    }
}
