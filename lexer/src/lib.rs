//! The Go lexer: source text to tokens with logos, plus automatic semicolon insertion as the
//! Go spec defines it.
